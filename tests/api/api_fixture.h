// One real bizline server (SQLite, demo data) per test suite, and the demo logins.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "support/http_client.h"
#include "support/server_process.h"

namespace bizline::testing {

inline constexpr const char* kCustomerPath = "/tmf-api/customerManagement/v4/customer";

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new ServerProcess(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }

  HttpClient client() const { return HttpClient(server_->port()); }
  std::string AdminToken() const { return client().Login("admin@bizline.example"); }
  std::string AgentToken() const { return client().Login("agent@bizline.example"); }
  std::string AcmeToken() const { return client().Login("rep@acme.example"); }
  std::string GlobexToken() const { return client().Login("rep@globex.example"); }

  // The id of a demo customer, looked up by name as staff.
  std::string CustomerIdNamed(const std::string& name) const {
    std::string encoded;
    for (char c : name) encoded += c == ' ' ? std::string("%20") : std::string(1, c);
    auto result = client().Get(std::string(kCustomerPath) + "?name=" + encoded, AgentToken());
    auto body = result.Json();
    if (!body.is_array() || body.empty()) return {};
    return body[0]["id"].get<std::string>();
  }

  // The id of the caller's first active line on `formula` (TMF637), as a representative sees it.
  std::string LineOf(const std::string& token, const std::string& formula) const {
    auto lines = client().Get("/tmf-api/productInventory/v4/product?status=active&limit=1000", token).Json();
    if (!lines.is_array()) return {};
    for (const auto& line : lines) {
      if (line["productOffering"]["id"] == formula) return line["id"].get<std::string>();
    }
    return {};
  }

  // The caller's first active line (a representative's token: its own customer's).
  std::string FirstLineOf(const std::string& token) const {
    auto lines = client().Get("/tmf-api/productInventory/v4/product?status=active", token).Json();
    return lines.is_array() && !lines.empty() ? lines[0]["id"].get<std::string>() : std::string();
  }

  static nlohmann::json CustomerBody(const std::string& name, const std::string& number, int employees = 25) {
    return {
        {"name", name},
        {"characteristic",
         {{{"name", "enterpriseNumber"}, {"value", number}}, {{"name", "numberOfEmployees"}, {"value", employees}}}},
        {"contactMedium",
         {{{"mediumType", "postalAddress"},
           {"characteristic", {{"street1", "Main street 1"}, {"postCode", "2000"}, {"city", "Antwerpen"}}}}}}};
  }

  static ServerProcess* server_;
};

inline ServerProcess* ApiTest::server_ = nullptr;

}  // namespace bizline::testing
