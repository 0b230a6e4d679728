// GET /api/v1/line/{id}/availability over HTTP (issue 13 item 4): the representative's own
// Internet Pro+ line has a report with its availability level (SLA-049); a bad year or an unknown
// parameter is a 400 naming it; another customer's line is not found.
#include <gtest/gtest.h>

#include <algorithm>

#include "api_fixture.h"

namespace bizline::testing {
namespace {

using AvailabilityApi = ApiTest;

TEST_F(AvailabilityApi, ARepresentativeReadsItsLinesYearAndNobodyElses_SLA_046_SLA_049) {
  const std::string token = GlobexToken();
  const std::string line = LineOf(token, "internet-pro-plus");
  ASSERT_FALSE(line.empty());
  auto report = client().Get("/api/v1/line/" + line + "/availability?year=2026", token);
  ASSERT_EQ(report.status, 200) << report.body;
  const auto body = report.Json();
  EXPECT_EQ(body["formula"], "internet-pro-plus");
  EXPECT_EQ(body["year"], 2026);
  ASSERT_TRUE(body["slaApplies"].get<bool>()) << report.body;
  EXPECT_GT(body["totalSeconds"].get<std::int64_t>(), 0);
  const std::string percent = body["availabilityPercent"].get<std::string>();
  EXPECT_EQ(percent.size() - percent.find('.'), 5U) << percent;  // SLA-046: 4 decimals, e.g. "99.9999"
  EXPECT_NE(body["availabilityCredit"]["outcome"], "noTarget");  // SLA-049: Pro+ has a level
  EXPECT_TRUE(body["downtime"].is_array());
  EXPECT_TRUE(body["restorationBreaches"].is_array());

  auto bad_year = client().Get("/api/v1/line/" + line + "/availability?year=26", token);
  EXPECT_EQ(bad_year.status, 400);
  EXPECT_EQ(bad_year.Json()["field"], "year") << bad_year.body;
  auto unknown = client().Get("/api/v1/line/" + line + "/availability?month=2026-01", token);
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.Json()["field"], "month") << unknown.body;
  auto other = client().Get("/api/v1/line/" + line + "/availability?year=2026", AcmeToken());
  EXPECT_EQ(other.status, 404) << other.body;
}

// Per customer (issue 13 item 4): every line of the representative's customer, as JSON and as
// CSV, one row per line; another customer's report is not found.
TEST_F(AvailabilityApi, ACustomersLinesComeAsJsonAndAsCsv_SLA_046) {
  const std::string token = GlobexToken();
  const std::string customer = client().Get(std::string(kCustomerPath), token).Json()[0]["id"].get<std::string>();
  auto json_report = client().Get("/api/v1/customer/" + customer + "/availability?year=2026", token);
  ASSERT_EQ(json_report.status, 200) << json_report.body;
  const auto lines = json_report.Json()["lines"];
  ASSERT_TRUE(lines.is_array() && !lines.empty()) << json_report.body;
  auto csv = client().Get("/api/v1/customer/" + customer + "/availability?year=2026&format=csv", token);
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.body.rfind("line,formula,tier,period_from,", 0), 0U) << csv.body;
  EXPECT_EQ(static_cast<std::size_t>(std::count(csv.body.begin(), csv.body.end(), '\n')), lines.size() + 1);
  EXPECT_EQ(client().Get("/api/v1/customer/" + customer + "/availability?format=xml", token).status, 400);
  EXPECT_EQ(client().Get("/api/v1/customer/" + customer + "/availability?year=2026", AcmeToken()).status, 404);
}

}  // namespace
}  // namespace bizline::testing
