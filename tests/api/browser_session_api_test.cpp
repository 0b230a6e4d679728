// Browser sessions (issue 10): the HttpOnly SameSite=Strict cookie, its CSRF token on every unsafe
// request, logout, the security headers on every answer, and the embedded portal's files.
#include "api_fixture.h"

namespace bizline::testing {
namespace {

using BrowserSessionApi = ApiTest;

struct BrowserLogin {
  std::string cookie;  // "bizline_session=<token>", as a browser sends it back
  std::string csrf;
  HttpResult answer;
};

BrowserLogin LogIn(const HttpClient& client, const std::string& email,
                   const std::map<std::string, std::string>& extra = {}) {
  std::map<std::string, std::string> headers{{"Content-Type", "application/json"}};
  headers.insert(extra.begin(), extra.end());
  BrowserLogin login;
  login.answer = client.Request("POST", "/auth/session", R"({"email":")" + email + R"(","password":"demo"})", headers);
  const std::string set_cookie = login.answer.headers["set-cookie"];
  login.cookie = set_cookie.substr(0, set_cookie.find(';'));
  if (login.answer.status == 200) login.csrf = login.answer.Json()["csrfToken"].get<std::string>();
  return login;
}

TEST_F(BrowserSessionApi, LoginSetsAnHttpOnlyStrictCookieAndAnswersTheCsrfToken) {
  auto login = LogIn(client(), "rep@acme.example");
  ASSERT_EQ(login.answer.status, 200) << login.answer.body;
  const std::string set_cookie = login.answer.headers["set-cookie"];
  EXPECT_EQ(set_cookie.rfind("bizline_session=", 0), 0u) << set_cookie;
  EXPECT_NE(set_cookie.find("; HttpOnly"), std::string::npos) << set_cookie;
  EXPECT_NE(set_cookie.find("; SameSite=Strict"), std::string::npos) << set_cookie;
  EXPECT_NE(set_cookie.find("; Path=/"), std::string::npos) << set_cookie;
  EXPECT_NE(set_cookie.find("; Max-Age="), std::string::npos) << set_cookie;
  EXPECT_EQ(set_cookie.find("Secure"), std::string::npos) << "plain HTTP on loopback: " << set_cookie;
  auto body = login.answer.Json();
  EXPECT_EQ(body["user"]["role"], "customer-rep");
  EXPECT_FALSE(body.contains("token")) << "the session token stays in the cookie";
  EXPECT_GE(login.csrf.size(), 32u);
  EXPECT_EQ(login.answer.body.find(login.cookie.substr(login.cookie.find('=') + 1)), std::string::npos);
}

TEST_F(BrowserSessionApi, BehindTlsTheCookieIsSecure) {
  auto login = LogIn(client(), "rep@acme.example", {{"X-Forwarded-Proto", "https"}});
  ASSERT_EQ(login.answer.status, 200);
  EXPECT_NE(login.answer.headers["set-cookie"].find("; Secure"), std::string::npos);
}

TEST_F(BrowserSessionApi, TheCookieAuthenticatesAndAReloadRecoversTheCsrfToken) {
  auto login = LogIn(client(), "rep@acme.example");
  auto tickets = client().Request("GET", "/tmf-api/troubleTicket/v4/troubleTicket", "", {{"Cookie", login.cookie}});
  EXPECT_EQ(tickets.status, 200) << tickets.body;
  auto session = client().Request("GET", "/auth/session", "", {{"Cookie", "theme=dark; " + login.cookie}});
  ASSERT_EQ(session.status, 200) << session.body;
  EXPECT_EQ(session.Json()["csrfToken"], login.csrf);
  EXPECT_EQ(session.Json()["user"]["email"], "rep@acme.example");
  EXPECT_EQ(client().Request("GET", "/auth/session", "", {{"Cookie", "bizline_session=forged"}}).status, 401);
}

TEST_F(BrowserSessionApi, AnUnsafeRequestWithTheCookieNeedsItsCsrfToken) {
  auto login = LogIn(client(), "agent@bizline.example");
  const std::string body =
      R"({"name":"Csrf Test","characteristic":[{"name":"enterpriseNumber","value":"0477.123.123"}]})";
  const std::map<std::string, std::string> json{{"Content-Type", "application/json"}, {"Cookie", login.cookie}};
  auto without = client().Request("POST", kCustomerPath, body, json);
  EXPECT_EQ(without.status, 403) << without.body;
  EXPECT_EQ(without.Json()["code"], "CsrfTokenInvalid");
  auto with_other = json;
  with_other["X-CSRF-Token"] = LogIn(client(), "agent@bizline.example").csrf;  // another session's token
  EXPECT_EQ(client().Request("POST", kCustomerPath, body, with_other).status, 403);
  EXPECT_TRUE(CustomerIdNamed("Csrf Test").empty()) << "a refused request changes nothing";
  auto with = json;
  with["X-CSRF-Token"] = login.csrf;
  auto created = client().Request("POST", kCustomerPath, body, with);
  EXPECT_NE(created.status, 403) << created.body;
  EXPECT_NE(created.Json().value("code", ""), "CsrfTokenInvalid");
}

TEST_F(BrowserSessionApi, ALoginPostedFromAnotherSiteIsRefused) {
  auto foreign = LogIn(client(), "rep@acme.example", {{"Origin", "https://evil.example"}});
  EXPECT_EQ(foreign.answer.status, 403);
  EXPECT_TRUE(foreign.answer.headers["set-cookie"].empty());
  const std::string own = "http://127.0.0.1:" + std::to_string(server_->port());
  EXPECT_EQ(LogIn(client(), "rep@acme.example", {{"Origin", own}, {"Host", own.substr(7)}}).answer.status, 200);
}

TEST_F(BrowserSessionApi, LogoutEndsTheSessionAndClearsTheCookie) {
  auto login = LogIn(client(), "rep@acme.example");
  std::map<std::string, std::string> headers{{"Cookie", login.cookie}};
  EXPECT_EQ(client().Request("DELETE", "/auth/session", "", headers).status, 403) << "logout needs the CSRF token";
  headers["X-CSRF-Token"] = login.csrf;
  auto out = client().Request("DELETE", "/auth/session", "", headers);
  EXPECT_EQ(out.status, 204) << out.body;
  EXPECT_NE(out.headers["set-cookie"].find("bizline_session=; Max-Age=0"), std::string::npos);
  EXPECT_EQ(client().Request("GET", "/auth/session", "", {{"Cookie", login.cookie}}).status, 401);
}

TEST_F(BrowserSessionApi, EveryAnswerCarriesTheSecurityHeaders) {
  for (const std::string target : {"/", "/healthz", "/auth/session", "/tmf-api/troubleTicket/v4/troubleTicket"}) {
    auto answer = client().Get(target);
    const std::string csp = answer.headers["content-security-policy"];
    EXPECT_NE(csp.find("default-src 'self'"), std::string::npos) << target;
    EXPECT_NE(csp.find("script-src 'self'"), std::string::npos) << target;
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << target;
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << target;
    EXPECT_EQ(answer.headers["x-content-type-options"], "nosniff") << target;
    EXPECT_EQ(answer.headers["x-frame-options"], "DENY") << target;
    EXPECT_EQ(answer.headers["referrer-policy"], "no-referrer") << target;
  }
  EXPECT_EQ(client().Get("/healthz").headers["cache-control"], "no-store");
  // The server's clock, which the console's countdown corrects the browser's by.
  const std::string date = client().Get("/healthz").headers["date"];
  EXPECT_EQ(date.size(), 29u) << date;
  EXPECT_NE(date.find(" GMT"), std::string::npos) << date;
}

TEST_F(BrowserSessionApi, ThePortalIsServedFromTheBinaryCompressedAndRevalidated) {
  auto page = client().Get("/");
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.headers["content-type"], "text/html; charset=utf-8");
  EXPECT_NE(page.body.find("/assets/app.js"), std::string::npos);
  EXPECT_EQ(page.body.find("<script>"), std::string::npos) << "no inline script: the CSP forbids it";
  auto script = client().Get("/assets/app.js");
  ASSERT_EQ(script.status, 200);
  EXPECT_EQ(script.headers["content-type"], "text/javascript; charset=utf-8");
  auto gzipped = client().Request("GET", "/assets/app.js", "", {{"Accept-Encoding", "gzip, br"}});
  EXPECT_EQ(gzipped.headers["content-encoding"], "gzip");
  EXPECT_LT(gzipped.body.size(), script.body.size());
  const std::string etag = script.headers["etag"];
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(client().Request("GET", "/assets/app.js", "", {{"If-None-Match", etag}}).status, 304);
  EXPECT_EQ(client().Get("/assets/index.html").status, 404);
  EXPECT_EQ(client().Get("/assets/..%2Fbizline").status, 404);
}

TEST_F(BrowserSessionApi, TheServiceDeskContactsArePublishedForTheP1Refusal_DESK_011) {
  auto desk = client().Get("/api/v1/serviceDesk", AcmeToken());
  ASSERT_EQ(desk.status, 200);
  auto body = desk.Json();
  ASSERT_EQ(body["phones"].size(), 4u);
  EXPECT_EQ(body["phones"][0]["language"], "nl");  // DESK-011
  EXPECT_EQ(body["phones"][0]["number"], "0800 22 200");
  EXPECT_EQ(body["phones"][1]["number"], "0800 33 200");
  EXPECT_EQ(body["phones"][3]["number"], "0800 55 200");
  EXPECT_EQ(body["email"], "ict-servicedesk@proximus.com");
}

}  // namespace
}  // namespace bizline::testing
