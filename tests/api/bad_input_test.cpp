// Bad input always gets a clear 4xx naming the problem, and changes nothing.
#include "api_fixture.h"

namespace bizline::testing {
namespace {

class BadInput : public ApiTest {
 protected:
  void SetUp() override {
    token_ = AgentToken();
    before_ = CustomerCount();
  }
  void TearDown() override { EXPECT_EQ(CustomerCount(), before_) << "bad input changed the customer list"; }

  int CustomerCount() const { return std::stoi(client().Get(kCustomerPath, AgentToken()).headers["x-total-count"]); }

  HttpResult PostRaw(const std::string& body, const std::string& type = "application/json") const {
    return client().Request("POST", kCustomerPath, body,
                            {{"Authorization", "Bearer " + token_}, {"Content-Type", type}});
  }

  std::string token_;
  int before_ = 0;
};

TEST_F(BadInput, MalformedJsonIs400) {
  auto result = PostRaw(R"({"name": "Acme", )");
  EXPECT_EQ(result.status, 400);
  EXPECT_EQ(result.Json()["field"], "body");
  EXPECT_EQ(result.Json()["status"], "400");
  EXPECT_FALSE(result.Json()["message"].get<std::string>().empty());
}

TEST_F(BadInput, NonObjectJsonIs400) { EXPECT_EQ(PostRaw("[1,2,3]").status, 400); }

TEST_F(BadInput, WrongContentTypeIs415) {
  auto result = PostRaw(CustomerBody("Form BV", "0400.378.485").dump(), "application/x-www-form-urlencoded");
  EXPECT_EQ(result.status, 415);
  EXPECT_EQ(result.Json()["field"], "Content-Type");
}

TEST_F(BadInput, OversizeBodyIs413) {
  std::string huge = R"({"name":")" + std::string(2 * 1024 * 1024, 'x') + R"("})";
  EXPECT_EQ(PostRaw(huge).status, 413);
}

TEST_F(BadInput, OversizeHeaderIs431) {
  std::string raw = "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(64 * 1024, 'a') + "\r\n\r\n";
  EXPECT_NE(client().Raw(raw).find("431"), std::string::npos);
}

TEST_F(BadInput, GarbageRequestLineIs400) {
  EXPECT_NE(client().Raw("HELLO THERE\r\n\r\n").find("400"), std::string::npos);
}

TEST_F(BadInput, UnknownRouteIs404AndWrongMethodIs405) {
  EXPECT_EQ(client().Get("/no/such/thing", token_).status, 404);
  auto wrong = client().Request("DELETE", kCustomerPath, "", {{"Authorization", "Bearer " + token_}});
  EXPECT_EQ(wrong.status, 405);
  EXPECT_EQ(wrong.headers["allow"], "GET, POST");  // RFC 9110: what the resource does allow
}

TEST_F(BadInput, KnownFieldOfTheWrongTypeNamesTheField) {
  auto body = CustomerBody("Typed BV", "0400.378.485");
  body["name"] = 42;
  auto result = PostRaw(body.dump());
  EXPECT_EQ(result.status, 400);
  EXPECT_EQ(result.Json()["field"], "name");

  body = CustomerBody("Typed BV", "0400.378.485");
  body["characteristic"][1]["value"] = "many";
  EXPECT_EQ(PostRaw(body.dump()).Json()["field"], "numberOfEmployees");

  body = CustomerBody("Typed BV", "0400.378.485");
  body["contactMedium"] = "street";
  EXPECT_EQ(PostRaw(body.dump()).Json()["field"], "contactMedium");
}

TEST_F(BadInput, UnknownFieldsAreRefusedByName) {
  auto body = CustomerBody("Extra BV", "0400.378.485");
  body["creditLimit"] = {{"amount", "lots"}};
  auto result = PostRaw(body.dump());
  EXPECT_EQ(result.status, 400);
  EXPECT_EQ(result.Json()["field"], "creditLimit");
}

TEST_F(BadInput, InvalidEnterpriseNumberIs400) {
  auto result = PostRaw(CustomerBody("Check BV", "0400.378.486").dump());
  EXPECT_EQ(result.status, 400);
  EXPECT_EQ(result.Json()["field"], "enterpriseNumber");
}

TEST_F(BadInput, PatchWithBadTypeChangesNothing) {
  std::string acme = CustomerIdNamed("Acme NV");
  auto result = client().Patch(std::string(kCustomerPath) + "/" + acme, {{"name", "Renamed"}, {"status", 7}}, token_);
  EXPECT_EQ(result.status, 400);
  EXPECT_EQ(client().Get(std::string(kCustomerPath) + "/" + acme, token_).Json()["name"], "Acme NV");
}

TEST_F(BadInput, MalformedPathIdIs404) {
  EXPECT_EQ(client().Get(std::string(kCustomerPath) + "/abc", token_).status, 404);
  EXPECT_EQ(client().Get(std::string(kCustomerPath) + "/%zz", token_).status, 400);
}

// SQL metacharacters are data: stored and returned verbatim, never executed.
class SqlMetacharacters : public ApiTest {};

TEST_F(SqlMetacharacters, AreStoredVerbatim) {
  const std::string nasty = "Bobby'); DROP TABLE customer;-- \" % _ \\";
  auto created = client().Post(kCustomerPath, CustomerBody(nasty, "0403.199.702"), AgentToken());
  ASSERT_EQ(created.status, 201) << created.body;
  auto id = created.Json()["id"].get<std::string>();
  EXPECT_EQ(client().Get(std::string(kCustomerPath) + "/" + id, AgentToken()).Json()["name"], nasty);
  auto filtered = client().Get(std::string(kCustomerPath) + "?name=" + "x%27%20OR%20%271%27%3D%271", AgentToken());
  EXPECT_EQ(filtered.headers["x-total-count"], "0");  // the injection matches nothing
  EXPECT_EQ(client().Get(kCustomerPath, AgentToken()).status, 200);
}

}  // namespace
}  // namespace bizline::testing
