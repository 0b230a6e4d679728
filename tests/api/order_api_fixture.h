// Shared by the TMF622 order API tests: the Order Form as a create body, Acme's ids, and the
// steps that bring an order to its installation with the real clock of the server: the Client's
// contact and Annex 1 checklist, and an approved out-of-hours quote (ORD-007) so an appointment
// a few seconds ahead is allowed at any hour of the day.
#pragma once

#include <chrono>
#include <ctime>
#include <thread>

#include "api_fixture.h"

namespace bizline::testing {

using json = nlohmann::json;
using OrderApi = ApiTest;

inline const std::string kOrders = "/tmf-api/productOrderingManagement/v4/productOrder";

// The Order Form (the shape `bizline order check` reads) as a TMF622 create body.
inline json TmfBody(const json& form, const std::string& customer, const std::string& site) {
  json characteristics = json::array();
  if (form.contains("characteristics")) {
    for (const auto& [name, value] : form["characteristics"].items()) {
      characteristics.push_back({{"name", name}, {"value", value}});
    }
  }
  characteristics.push_back({{"name", "compatibleLine"}, {"value", true}});
  json options = json::array();
  for (const json& option : form.value("options", json::array())) {
    json option_characteristics = json::array();
    for (const auto& [name, value] : option.items()) {
      if (name != "id") option_characteristics.push_back({{"name", name}, {"value", value}});
    }
    options.push_back({{"action", "add"},
                       {"productOffering", {{"id", option["id"]}}},
                       {"product", {{"productCharacteristic", option_characteristics}}}});
  }
  json item{{"action", "add"},
            {"product",
             {{"place", {{{"id", site}, {"role", "installationSite"}}}}, {"productCharacteristic", characteristics}}},
            {"productOrderItem", options}};
  if (form.contains("formula")) item["productOffering"] = {{"id", form["formula"]}};
  return {{"relatedParty", {{{"id", customer}, {"role", "customer"}}}}, {"productOrderItem", {item}}};
}

class OrderApiTest : public OrderApi {
 protected:
  static inline const json kAllSiteItems = {
      "buildingEntryAccessible", "cat5eCabling",   "lanConnectionPoint", "lanIpAddress", "powerSockets",
      "telephoneLinePoint",      "systemBackedUp", "softwareCompatible"};

  static json Contact() {
    return {{"role", "implementationContact"}, {"name", "Ann Peeters"}, {"phone", "+32 2 123 45 67"}};
  }

  // The Client's contact and every Annex 1 item, then an out-of-hours quote it approves.
  void PrepareForAnyTimeAppointment(const std::string& path, const json& site_items = kAllSiteItems) {
    auto client_part = client().Patch(
        path, {{"relatedParty", {Contact()}}, {"siteReadiness", {{"confirmed", site_items}}}}, AcmeToken());
    ASSERT_EQ(client_part.status, 200) << client_part.body;
    auto quote = client().Patch(
        path, {{"quote", {{"kind", "outOfHoursImplementation"}, {"amountCents", 30000}, {"reason", "any hour"}}}},
        AdminToken());
    ASSERT_EQ(quote.status, 200) << quote.body;
    const std::string id = quote.Json()["quote"].back()["id"];
    auto approved = client().Patch(path, {{"quoteAnswer", {{"id", id}, {"decision", "approved"}}}}, AcmeToken());
    ASSERT_EQ(approved.status, 200) << approved.body;
  }

  static json AppointmentIn(std::chrono::seconds ahead) {
    auto at = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()) + ahead;
    std::time_t t = std::chrono::system_clock::to_time_t(at);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return {{"state", "inProgress"}, {"milestone", "appointmentSet"}, {"appointmentDate", text}};
  }

  // ORD-010: installation is refused before the appointment; retries until it is due.
  HttpResult InstallWhenDue(const std::string& path) {
    const json installed{{"state", "inProgress"}, {"milestone", "installed"}};
    for (int attempt = 0;; ++attempt) {
      auto result = client().Patch(path, installed, AdminToken());
      bool early = result.status == 422 && result.Json().value("rule", "") == "ORD-010";
      if (!early || attempt == 50) return result;
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
  }

  void SetUp() override {
    acme_ = CustomerIdNamed("Acme NV");
    ASSERT_FALSE(acme_.empty());
    acme_site_ = client().Get("/api/v1/customer/" + acme_ + "/site", AgentToken()).Json()[0]["id"];
  }

  json ProPlus() const {
    return TmfBody({{"formula", "internet-pro-plus"},
                    {"characteristics", {{"wifi", "on"}, {"initialTermMonths", 12}}},
                    {"options", {{{"id", "ip-pack"}, {"ipv4BlockSize", 8}}}}},
                   acme_, acme_site_);
  }

  std::string acme_;
  std::string acme_site_;
};

}  // namespace bizline::testing
