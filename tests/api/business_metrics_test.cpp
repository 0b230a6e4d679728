// The business metrics of GET /metrics (issue 14 item 6): what a NOC alerts on, read from the
// demo data — tickets by priority and status, SLA breaches and tickets due within the hour,
// outbox backlog and failures by channel, orders by state and late orders, lines and
// activations, failed logins — and the whole output passes `promtool check metrics` (Debian's
// prometheus package, installed by scripts/deps.sh test).
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>

#include "api_fixture.h"
#include "support/temp_dir.h"

namespace bizline::testing {
namespace {

using BusinessMetrics = ApiTest;

// The value of the sample `series` (name and labels exactly as served), or -1 when absent.
long long Sample(const std::string& body, const std::string& series) {
  std::istringstream lines(body);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind(series + " ", 0) == 0) return std::stoll(line.substr(series.size() + 1));
  }
  return -1;
}

TEST_F(BusinessMetrics, TheNocSeesTicketsBreachesOutboxOrdersLinesAndFailedLogins) {
  const std::string admin = AdminToken();
  auto before = client().Get("/metrics", admin);
  ASSERT_EQ(before.status, 200);
  const long long failures = Sample(before.body, "bizline_login_failures_total");
  ASSERT_GE(failures, 0) << before.body;
  EXPECT_EQ(client().Post("/auth/login", {{"email", "admin@bizline.example"}, {"password", "wrong"}}).status, 401);

  auto after = client().Get("/metrics", admin);
  ASSERT_EQ(after.status, 200);
  const std::string& body = after.body;
  EXPECT_EQ(Sample(body, "bizline_login_failures_total"), failures + 1);
  // The demo data: Acme's P1 phoned in three days ago is in progress, long past due (SLA-026).
  EXPECT_GE(Sample(body, R"(bizline_tickets{priority="P1",status="inProgress"})"), 1) << body;
  EXPECT_GE(Sample(body, R"(bizline_tickets_breached{priority="P1"})"), 1) << body;
  EXPECT_GE(Sample(body, R"(bizline_tickets_due_within_hour{priority="P1"})"), 0);
  EXPECT_EQ(Sample(body, "bizline_tickets_up"), 1);
  EXPECT_GE(Sample(body, R"(bizline_outbox_backlog{channel="email"})"), 0);
  EXPECT_GE(Sample(body, R"(bizline_outbox_failed{channel="sms"})"), 0);
  EXPECT_GE(Sample(body, R"(bizline_orders{state="acknowledged"})"), 1) << body;  // the demo orders
  EXPECT_EQ(Sample(body, R"(bizline_orders{state="completed"})"), 0);
  EXPECT_GE(Sample(body, "bizline_orders_late"), 0);
  EXPECT_GE(Sample(body, R"(bizline_lines{status="active"})"), 4) << body;
  EXPECT_GE(Sample(body, "bizline_line_activations_total"), Sample(body, R"(bizline_lines{status="active"})"));

  TempDir dir;
  const auto file = dir.path() / "metrics.txt";
  std::ofstream(file) << body;
  const auto report = dir.path() / "promtool.txt";
  const std::string command = "promtool check metrics < '" + file.string() + "' > '" + report.string() + "' 2>&1";
  const int status = std::system(command.c_str());
  std::ifstream read(report);
  const std::string said((std::istreambuf_iterator<char>(read)), std::istreambuf_iterator<char>());
  EXPECT_EQ(status, 0) << said;
}

// The README's example alert rules are valid Prometheus rules on these metrics.
TEST(BusinessMetricsRules, TheExampleAlertRulesPassPromtool) {
  const char* source = std::getenv("BIZLINE_SOURCE_DIR");
  const std::string rules = std::string(source != nullptr ? source : ".") + "/ops/prometheus/bizline-alerts.yml";
  const std::string command = "promtool check rules '" + rules + "' > /dev/null 2>&1";
  EXPECT_EQ(std::system(command.c_str()), 0) << command;
}

}  // namespace
}  // namespace bizline::testing
