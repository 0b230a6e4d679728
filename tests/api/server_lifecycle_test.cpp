// Process-level behaviour: graceful stop, keep-alive, metrics, request ids, and the CLI.
#include <gtest/gtest.h>
#include <signal.h>

#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <set>
#include <sstream>
#include <thread>

#include "api_fixture.h"

namespace bizline::testing {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

TEST(ServerLifecycle, SigtermStopsCleanlyWithExitCodeZero) {
  ServerProcess server;
  ASSERT_EQ(HttpClient(server.port()).Get("/healthz").status, 200);
  EXPECT_EQ(server.Stop(), 0);
}

TEST(ServerLifecycle, SigtermClosesIdleKeepAliveConnections) {
  ServerProcess server;
  asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), server.port()));
  bhttp::request<bhttp::empty_body> req(bhttp::verb::get, "/healthz", 11);
  req.set(bhttp::field::host, "x");
  bhttp::write(stream, req);
  beast::flat_buffer buffer;
  bhttp::response<bhttp::string_body> res;
  bhttp::read(stream, buffer, res);
  ASSERT_TRUE(res.keep_alive());  // the connection stays open and idle
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(server.Stop(), 0);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(15));  // not the idle timeout
}

TEST(ServerLifecycle, KeepAliveServesSeveralRequestsOnOneConnection) {
  ServerProcess server;
  asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), server.port()));
  beast::flat_buffer buffer;
  for (int i = 0; i < 3; ++i) {
    bhttp::request<bhttp::empty_body> req(bhttp::verb::get, "/healthz", 11);
    req.set(bhttp::field::host, "x");
    bhttp::write(stream, req);
    bhttp::response<bhttp::string_body> res;
    bhttp::read(stream, buffer, res);
    EXPECT_EQ(res.result_int(), 200u);
    EXPECT_FALSE(res["X-Request-Id"].empty());
  }
}

TEST(ServerLifecycle, MetricsCountRequestsByRouteAndStatus) {
  ServerProcess server;
  HttpClient client(server.port());
  std::string token = client.Login("agent@bizline.example");
  client.Get("/tmf-api/customerManagement/v4/customer", token);
  client.Get("/tmf-api/customerManagement/v4/customer/424242", token);
  auto metrics = client.Get("/metrics", token);
  ASSERT_EQ(metrics.status, 200);
  EXPECT_NE(metrics.body.find(R"(route="/tmf-api/customerManagement/v4/customer/{id}",status="404"} 1)"),
            std::string::npos)
      << metrics.body;
  EXPECT_NE(metrics.body.find("bizline_http_request_duration_seconds_bucket"), std::string::npos);
}

TEST(ServerLifecycle, RequestIdIsEchoedOrMade) {
  ServerProcess server;
  HttpClient client(server.port());
  auto given = client.Request("GET", "/healthz", "", {{"X-Request-Id", "abc-123"}});
  EXPECT_EQ(given.headers["x-request-id"], "abc-123");
  EXPECT_FALSE(client.Get("/healthz").headers["x-request-id"].empty());
}

TEST(Cli, VersionMigrateDemoAndUserAdd) {
  TempDir dir;
  std::string db = dir.SqliteUrl();
  EXPECT_NE(RunBizline({"version"}).out.find("bizline"), std::string::npos);
  auto first = RunBizline({"migrate", "--db", db});
  EXPECT_EQ(first.exit_code, 0);
  EXPECT_EQ(first.out.find("applied 0"), std::string::npos) << first.out;
  EXPECT_NE(RunBizline({"migrate", "--db", db}).out.find("applied 0"), std::string::npos);  // idempotent
  EXPECT_NE(RunBizline({"demo", "--db", db}).out.find("demo data loaded"), std::string::npos);
  EXPECT_NE(RunBizline({"demo", "--db", db}).out.find("already present"), std::string::npos);
  auto added = RunBizline({"user", "add", "--db", db, "--email", "bill@bizline.example", "--name", "Bill", "--password",
                           "secret", "--role", "billing"});
  EXPECT_EQ(added.exit_code, 0);
  auto bad_role = RunBizline({"user", "add", "--db", db, "--email", "x@bizline.example", "--name", "X", "--password",
                              "secret", "--role", "wizard"});
  EXPECT_NE(bad_role.exit_code, 0);
}

TEST(Cli, BadDatabaseUrlIsAClearError) {
  auto result = RunBizline({"migrate", "--db", "mysql://nope"});
  EXPECT_NE(result.exit_code, 0);
}

}  // namespace
}  // namespace bizline::testing

namespace bizline::testing {
namespace {

// The domain tools of the CLI answer the same as the domain functions (see the unit tiers);
// here we check the wiring: arguments, JSON lines in and out, exit codes.
TEST(Cli, SlaDueForOneTicketAndABatch) {
  // Internet Pro P1 created Monday 19:00 -> Tuesday 10:00 (SLA examples of the issue).
  auto one = RunBizline({"sla", "due", "--formula", "internet-pro", "--tier", "default", "--priority", "P1",
                         "--created", "2026-11-23T19:00:00+01:00"});
  EXPECT_EQ(one.exit_code, 0);
  EXPECT_EQ(one.out, "2026-11-24T10:00:00+01:00\n");
  auto batch = RunBizline(
      {"sla", "due", "--batch"},
      R"({"id":"a","formula":"internet-pro","tier":"default","priority":"P1","created":"2026-12-24T20:00:00+01:00","stopClock":[]})"
      "\n"
      R"({"id":"b","formula":"internet-essential","tier":"default","priority":"P1","created":"2026-12-24T20:00:00+01:00","stopClock":[]})"
      "\n");
  EXPECT_EQ(batch.exit_code, 0);
  EXPECT_NE(batch.out.find(R"("id":"a")"), std::string::npos);
  EXPECT_NE(batch.out.find("2026-12-26T11:00:00+01:00"), std::string::npos);  // Christmas is closed
  EXPECT_NE(batch.out.find(R"("due":null)"), std::string::npos);              // best effort: no due instant
}

// The reported defect: a line holding invalid UTF-8 aborted the batch (exit 134) and dropped the
// lines after it. Each bad line now gets an error line and the batch goes on.
TEST(Cli, BatchToolsAnswerHostileLinesWithAnErrorLineAndGoOn) {
  const std::string good =
      R"({"id":"ok","formula":"internet-pro","tier":"default","priority":"P1","created":"2026-11-23T19:00:00+01:00"})";
  const std::string hostile = std::string(R"({"id":"bad","formula":"internet-pro)") + "\xFF\xFE" +
                              R"(","priority":"P1","created":"2026-11-23T19:00:00+01:00"})";
  const std::string escaped_nul = R"({"id":"nul","formula":"internet-pro\u0000","priority":"P1","created":"x"})";
  auto sla = RunBizline({"sla", "due", "--batch"}, hostile + "\n" + escaped_nul + "\n" + good + "\n");
  EXPECT_EQ(sla.exit_code, 0);
  std::vector<nlohmann::json> lines;
  std::istringstream out(sla.out);
  for (std::string line; std::getline(out, line);) lines.push_back(nlohmann::json::parse(line, nullptr, false));
  ASSERT_EQ(lines.size(), 3u) << sla.out;
  EXPECT_EQ(lines[0]["error"]["field"], "line");
  EXPECT_NE(lines[0]["error"]["message"].get<std::string>().find("not valid UTF-8"), std::string::npos);
  EXPECT_EQ(lines[1]["error"]["field"], "formula");
  EXPECT_EQ(lines[2]["id"], "ok");
  EXPECT_EQ(lines[2]["due"], "2026-11-24T10:00:00+01:00");

  auto order = RunBizline({"order", "check", "--batch"}, "{\"id\":\"\xC0\xAF\"}\n{\"id\":\"next\"}\n");
  EXPECT_EQ(order.exit_code, 0);
  std::istringstream verdicts(order.out);
  std::string first, second;
  std::getline(verdicts, first);
  std::getline(verdicts, second);
  EXPECT_NE(first.find("not valid UTF-8"), std::string::npos) << order.out;
  EXPECT_NE(second.find(R"("id":"next")"), std::string::npos) << order.out;
}

TEST(Cli, OrderCheckBatchGivesOneVerdictPerLine) {
  auto result = RunBizline(
      {"order", "check", "--batch"},
      R"({"id":"x","formula":"internet-essential","options":[],"characteristics":{"wifi":"on"},"customer":{"employees":5}})"
      "\nnot json\n");
  EXPECT_EQ(result.exit_code, 0);
  auto first_line = result.out.substr(0, result.out.find('\n'));
  auto verdict = nlohmann::json::parse(first_line);
  EXPECT_EQ(verdict["valid"], false);
  std::set<std::string> rules;
  for (const auto& v : verdict["violations"]) rules.insert(v["rule"].get<std::string>());
  EXPECT_TRUE(rules.contains("CON-004"));                                // CON-004: more than nine employees
  EXPECT_EQ(std::count(result.out.begin(), result.out.end(), '\n'), 2);  // the malformed line still answers
}

}  // namespace
}  // namespace bizline::testing
