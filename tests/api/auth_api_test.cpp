#include "api_fixture.h"

namespace bizline::testing {
namespace {

using AuthApi = ApiTest;

TEST_F(AuthApi, HealthzAndOpenApiArePublic) {
  EXPECT_EQ(client().Get("/healthz").status, 200);
  auto doc = client().Get("/openapi.json");
  EXPECT_EQ(doc.status, 200);
  EXPECT_EQ(doc.Json()["openapi"], "3.0.3");
}

TEST_F(AuthApi, LoginReturnsAnOpaqueTokenAndTheUser) {
  auto result = client().Post("/auth/login", {{"email", "Agent@Bizline.example"}, {"password", "demo"}});
  ASSERT_EQ(result.status, 200) << result.body;
  auto body = result.Json();
  EXPECT_GE(body["token"].get<std::string>().size(), 40u);
  EXPECT_EQ(body["user"]["role"], "agent-l1");
  EXPECT_FALSE(body["user"].contains("password_hash"));
  auto me = client().Get("/auth/me", body["token"]);
  EXPECT_EQ(me.Json()["email"], "agent@bizline.example");
}

TEST_F(AuthApi, WrongPasswordAndUnknownUserGetTheSame401) {
  auto wrong = client().Post("/auth/login", {{"email", "agent@bizline.example"}, {"password", "nope"}});
  auto unknown = client().Post("/auth/login", {{"email", "ghost@bizline.example"}, {"password", "demo"}});
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(wrong.Json()["message"], unknown.Json()["message"]);
}

TEST_F(AuthApi, EveryProtectedEndpointNeedsAValidToken) {
  auto doc = client().Get("/openapi.json").Json();
  int checked = 0;
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [method, op] : item.items()) {
      if (method == "parameters") continue;
      bool is_public = op.contains("security") && op["security"].empty();
      if (is_public) continue;
      std::string target = path;
      if (auto at = target.find("{id}"); at != std::string::npos) target.replace(at, 4, "1");
      std::string upper = method;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      for (const std::string& token : {std::string(), std::string("not-a-real-token")}) {
        std::map<std::string, std::string> headers{{"Content-Type", "application/json"}};
        if (!token.empty()) headers["Authorization"] = "Bearer " + token;
        auto result = client().Request(upper, target, upper == "GET" ? "" : "{}", headers);
        EXPECT_EQ(result.status, 401) << upper << " " << target << " answered " << result.body;
        EXPECT_EQ(result.headers["www-authenticate"], "Bearer");
      }
      ++checked;
    }
  }
  EXPECT_GE(checked, 8);
}

TEST_F(AuthApi, LogoutRevokesTheToken) {
  std::string token = AgentToken();
  ASSERT_EQ(client().Get(kCustomerPath, token).status, 200);
  EXPECT_EQ(client().Post("/auth/logout", nlohmann::json::object(), token).status, 204);
  EXPECT_EQ(client().Get(kCustomerPath, token).status, 401);
}

TEST_F(AuthApi, OnlyAnAdminCreatesUsers) {
  nlohmann::json user{
      {"email", "l2@bizline.example"}, {"name", "Lee Two"}, {"password", "secret"}, {"role", "agent-l2"}};
  EXPECT_EQ(client().Post("/api/v1/user", user, AgentToken()).status, 403);
  auto created = client().Post("/api/v1/user", user, AdminToken());
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_FALSE(client().Login("l2@bizline.example", "secret").empty());
  EXPECT_EQ(client().Post("/api/v1/user", user, AdminToken()).status, 409);
}

TEST_F(AuthApi, ARepresentativeIsBoundToExactlyOneCustomer) {
  nlohmann::json rep{{"email", "x@acme.example"}, {"name", "X"}, {"password", "secret"}, {"role", "customer-rep"}};
  auto missing = client().Post("/api/v1/user", rep, AdminToken());
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(missing.Json()["field"], "customer");
}

}  // namespace
}  // namespace bizline::testing
