// The tenant boundary: with Acme's representative token, every endpoint of the API (read
// from /openapi.json, so new endpoints join the sweep by themselves) is called against
// Globex's resources. The answer is always 403 or 404 and never carries Globex's data.
#include <date/date.h>

#include "api_fixture.h"

namespace bizline::testing {
namespace {

using TenantIsolation = ApiTest;

// Facts about Globex that must never reach Acme.
const std::vector<std::string> kGlobexSecrets{"Globex", "0202.239.951", "rep@globex.example", "Kouter"};

std::string Upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

TEST_F(TenantIsolation, EveryEndpointRefusesAnotherCustomersResources) {
  const std::string acme = AcmeToken();
  const std::string globex_id = CustomerIdNamed("Globex BV");
  ASSERT_FALSE(globex_id.empty());
  ASSERT_FALSE(acme.empty());
  // A ticket Globex's representative opened through the portal (its text names Globex).
  const std::string globex_ticket =
      client()
          .Post("/tmf-api/troubleTicket/v4/troubleTicket",
                {{"description", "Globex Kouter campus line down"},
                 {"severity", "Major"},
                 {"ticketType", "incident"},
                 {"relatedEntity", {{{"id", FirstLineOf(GlobexToken())}, {"role", "affectedProduct"}}}}},
                GlobexToken())
          .Json()
          .value("id", "");
  ASSERT_FALSE(globex_ticket.empty());
  // A product order Globex's representative placed for its Gent site (its reference names Globex).
  const std::string globex_site =
      client().Get("/api/v1/customer/" + globex_id + "/site", GlobexToken()).Json()[0].value("id", "");
  const nlohmann::json globex_order_body{
      {"externalId", "Globex Kouter PO-1"},
      {"productOrderItem",
       {{{"productOffering", {{"id", "internet-pro-plus"}}},
         {"product",
          {{"place", {{{"id", globex_site}, {"role", "installationSite"}}}},
           {"productCharacteristic",
            {{{"name", "wifi"}, {"value", "on"}}, {{"name", "compatibleLine"}, {"value", true}}}}}}}}}};
  const std::string globex_order =
      client()
          .Post("/tmf-api/productOrderingManagement/v4/productOrder", globex_order_body, GlobexToken())
          .Json()
          .value("id", "");
  ASSERT_FALSE(globex_order.empty());

  // One of Globex's active lines from the demo data (`bizline demo` provisions two).
  const auto globex_products =
      client().Get("/tmf-api/productInventory/v4/product?relatedParty.id=" + globex_id, AgentToken()).Json();
  ASSERT_TRUE(globex_products.is_array() && !globex_products.empty());
  const std::string globex_product = globex_products[0].value("id", "");
  // A RIPE-488 request of Globex's: the provisioning desk adds an IP Pack above /27 to its
  // Internet Pro+ line (IP-008).
  auto ripe =
      client().Post("/tmf-api/productInventory/v4/product/" + globex_product + "/option",
                    {{"option", {{"id", "ip-pack"}, {"characteristics", {{"ipv4BlockSize", 64}}}}}}, AdminToken());
  ASSERT_EQ(ripe.status, 200) << ripe.body;
  const auto globex_ripes = client().Get("/api/v1/ripeRequest?status=pending", AdminToken()).Json();
  ASSERT_TRUE(globex_ripes.is_array() && !globex_ripes.empty());
  const std::string globex_ripe = globex_ripes[0].value("id", "");

  // A Service Credit claim of Globex's on its demo line's late restoration (SLA-044).
  std::string globex_claim;
  {
    const std::string line = LineOf(GlobexToken(), "internet-pro-plus");
    const int year =
        static_cast<int>(date::year_month_day(date::floor<date::days>(std::chrono::system_clock::now())).year());
    for (int y : {year, year - 1}) {
      auto report =
          client().Get("/api/v1/line/" + line + "/availability?year=" + std::to_string(y), GlobexToken()).Json();
      for (const nlohmann::json& month : report.value("restorationBreaches", nlohmann::json::array())) {
        if (!month.contains("claimDeadline") || !globex_claim.empty()) continue;
        auto filed =
            client().Post("/api/v1/serviceCreditClaim",
                          {{"lineId", line}, {"kind", "restoration"}, {"period", month["month"]}}, GlobexToken());
        ASSERT_EQ(filed.status, 201) << filed.body;
        globex_claim = filed.Json()["id"];
      }
    }
    ASSERT_FALSE(globex_claim.empty()) << "the demo data has no claimable breach of Globex's";
  }

  // Which Globex-owned id fills the {id} of each templated path. A new templated endpoint
  // must be added here, or the sweep fails and says so.
  auto globex_resource = [&](const std::string& path) -> std::optional<std::string> {
    if (path.find("/customer") != std::string::npos) return globex_id;
    // TMF621 tickets and the native escalation and outage-link endpoints on them.
    if (path.find("/troubleTicket") != std::string::npos) return globex_ticket;
    if (path.find("/productOrder") != std::string::npos) return globex_order;
    if (path.find("/productInventory") != std::string::npos) return globex_product;
    if (path.find("/ripeRequest") != std::string::npos) return globex_ripe;
    if (path.find("/serviceCreditClaim") != std::string::npos) return globex_claim;
    // A line's usage (native and TMF635: <product id>-<YYYYMMDD>).
    if (path.find("/api/v1/line/") != std::string::npos) return globex_product;
    if (path.find("/usageManagement/v4/usage/") != std::string::npos) return globex_product + "-20260301";
    if (path.find("/usageSpecification/") != std::string::npos) return std::string("unknown-specification");
    // The catalog belongs to no tenant: an id that is not in it must answer 404 like any other.
    if (path.find("/productCatalogManagement") != std::string::npos) return std::string("unknown-offering");
    return std::nullopt;
  };

  auto doc = client().Get("/openapi.json").Json();
  int swept = 0;
  for (const auto& [path, item] : doc["paths"].items()) {
    if (path == "/auth/logout" || path == "/auth/session") continue;  // would end the sweep's own session
    for (const auto& [method, op] : item.items()) {
      if (method == "parameters") continue;
      std::string target = path;
      bool templated = target.find("{id}") != std::string::npos;
      if (templated) {
        auto id = globex_resource(path);
        ASSERT_TRUE(id) << "add a Globex-owned resource for " << path << " to the tenant sweep";
        target.replace(target.find("{id}"), 4, *id);
      }
      std::map<std::string, std::string> headers{{"Authorization", "Bearer " + acme},
                                                 {"Content-Type", "application/json"}};
      // Each write is sent with the documented example body, so that the tenant boundary is
      // the only reason left to refuse it.
      std::string body;
      if (op.contains("requestBody")) {
        const auto& content = op["requestBody"]["content"];
        const auto& media =
            content.contains("application/json") ? content["application/json"] : content.begin().value();
        ASSERT_TRUE(media.contains("example")) << "document an example request body for " << method << " " << path;
        body = media["example"].dump();
      }
      auto result = client().Request(Upper(method), target, body, headers);
      SCOPED_TRACE(Upper(method) + " " + target + " -> " + std::to_string(result.status) + " " + result.body);
      if (templated) {
        EXPECT_TRUE(result.status == 403 || result.status == 404);
      } else {
        EXPECT_TRUE(result.status < 300 || result.status == 401 || result.status == 403 || result.status == 404);
      }
      for (const auto& secret : kGlobexSecrets) EXPECT_EQ(result.body.find(secret), std::string::npos) << secret;
      ++swept;
    }
  }
  EXPECT_GE(swept, 12);
}

TEST_F(TenantIsolation, ARepresentativeListsOnlyItsOwnCustomer) {
  auto result = client().Get(kCustomerPath, AcmeToken());
  ASSERT_EQ(result.status, 200);
  auto body = result.Json();
  ASSERT_EQ(body.size(), 1u);
  EXPECT_EQ(body[0]["name"], "Acme NV");
  EXPECT_EQ(result.headers["x-total-count"], "1");
}

TEST_F(TenantIsolation, ARepresentativeReadsButDoesNotChangeItsCustomerRecord) {
  std::string acme_id = CustomerIdNamed("Acme NV");
  EXPECT_EQ(client().Get(std::string(kCustomerPath) + "/" + acme_id, AcmeToken()).status, 200);
  EXPECT_EQ(client().Patch(std::string(kCustomerPath) + "/" + acme_id, {{"name", "Hacked"}}, AcmeToken()).status, 403);
}

TEST_F(TenantIsolation, U_15_ARepresentativeMaintainsItsOwnRepresentativeList) {
  std::string acme_id = CustomerIdNamed("Acme NV");
  auto added = client().Post(
      "/api/v1/customer/" + acme_id + "/representative",
      {{"name", "New Person"}, {"email", "new@acme.example"}, {"phone", "+32 2 000"}, {"role", "CFO"}}, AcmeToken());
  EXPECT_EQ(added.status, 201) << added.body;  // U-15
}

}  // namespace
}  // namespace bizline::testing
