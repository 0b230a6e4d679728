#include "api_fixture.h"

namespace bizline::testing {
namespace {

using CustomerApi = ApiTest;

TEST_F(CustomerApi, CreateGetPatchAndList) {
  std::string token = AgentToken();
  auto created = client().Post(kCustomerPath, CustomerBody("Initech SA", "0417.497.106"), token);
  ASSERT_EQ(created.status, 201) << created.body;
  auto body = created.Json();
  std::string id = body["id"];
  EXPECT_EQ(created.headers["location"], std::string(kCustomerPath) + "/" + id);
  EXPECT_EQ(body["href"], std::string(kCustomerPath) + "/" + id);
  EXPECT_EQ(body["status"], "active");

  auto got = client().Get(std::string(kCustomerPath) + "/" + id, token);
  EXPECT_EQ(got.Json()["name"], "Initech SA");

  auto patched = client().Patch(std::string(kCustomerPath) + "/" + id, {{"name", "Initech NV"}}, token);
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.Json()["name"], "Initech NV");
  EXPECT_EQ(patched.Json()["characteristic"][1]["value"], 25);  // untouched fields stay

  auto missing = client().Get(std::string(kCustomerPath) + "/999999", token);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.Json()["code"], "NotFound");
}

TEST_F(CustomerApi, CON_004_AClientHasMoreThanNineEmployees) {
  auto result = client().Post(kCustomerPath, CustomerBody("Tiny BV", "0400.378.485", 9), AgentToken());
  ASSERT_EQ(result.status, 400);
  EXPECT_EQ(result.Json()["rule"], "CON-004");  // CON-004
  EXPECT_EQ(result.Json()["field"], "numberOfEmployees");
}

TEST_F(CustomerApi, DuplicateEnterpriseNumberIsAConflict) {
  auto result = client().Post(kCustomerPath, CustomerBody("Acme again", "BE 0403.170.701"), AgentToken());
  EXPECT_EQ(result.status, 409);
  EXPECT_EQ(result.Json()["field"], "enterpriseNumber");
}

TEST_F(CustomerApi, ListPagesWithTotalsAndSelectsFields) {
  std::string token = AgentToken();
  auto page = client().Get(std::string(kCustomerPath) + "?offset=1&limit=1&fields=name", token);
  ASSERT_EQ(page.status, 200);
  EXPECT_GE(std::stoi(page.headers["x-total-count"]), 2);
  EXPECT_EQ(page.headers["x-result-count"], "1");
  auto body = page.Json();
  ASSERT_EQ(body.size(), 1u);
  EXPECT_EQ(body[0].size(), 1u);  // exactly the fields asked for
  EXPECT_TRUE(body[0].contains("name"));

  EXPECT_EQ(client().Get(std::string(kCustomerPath) + "?limit=0", token).Json()["field"], "limit");
  EXPECT_EQ(client().Get(std::string(kCustomerPath) + "?offset=-1", token).Json()["field"], "offset");
  EXPECT_EQ(client().Get(std::string(kCustomerPath) + "?status=sleeping", token).Json()["field"], "status");
}

TEST_F(CustomerApi, SitesAndRepresentativesOfACustomer) {
  std::string token = AgentToken();
  std::string acme = CustomerIdNamed("Acme NV");
  auto sites = client().Get("/api/v1/customer/" + acme + "/site", token);
  ASSERT_EQ(sites.status, 200);
  const auto before = sites.Json().size();
  EXPECT_GE(before, 2u);  // the demo sites of Acme
  auto added =
      client().Post("/api/v1/customer/" + acme + "/site",
                    {{"name", "Liège office"},
                     {"address", {{"street1", "Place Saint-Lambert 1"}, {"postCode", "4000"}, {"city", "Liège"}}}},
                    token);
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(added.Json()["address"]["country"], "BE");
  auto after = client().Get("/api/v1/customer/" + acme + "/site", token).Json();
  ASSERT_EQ(after.size(), before + 1);
  EXPECT_EQ(after.back()["name"], "Liège office");

  auto bad_rep =
      client().Post("/api/v1/customer/" + acme + "/representative",
                    {{"name", "No Phone"}, {"email", "np@acme.example"}, {"phone", ""}, {"role", "IT"}}, token);
  EXPECT_EQ(bad_rep.status, 400);
  EXPECT_EQ(bad_rep.Json()["rule"], "DESK-012");  // DESK-012: callers are checked by phone and e-mail
}

}  // namespace
}  // namespace bizline::testing
