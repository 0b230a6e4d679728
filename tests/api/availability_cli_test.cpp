// `bizline availability --batch` against the real binary (issue 13 item 5): JSON lines in, one
// answer per line out, with the catalog's windows and availability levels (SLA-046..SLA-050);
// hostile or wrong lines are answered with an error naming the field, and the batch goes on.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "support/server_process.h"

namespace bizline::testing {
namespace {

std::vector<nlohmann::json> Answers(const CommandResult& result) {
  std::vector<nlohmann::json> answers;
  std::istringstream out(result.out);
  for (std::string line; std::getline(out, line);) answers.push_back(nlohmann::json::parse(line, nullptr, false));
  return answers;
}

// One line of 2026 with one P1 Incident from Monday 15 June 08:00 (Brussels) to `resolved`.
std::string Line2026(const std::string& id, const std::string& formula, const std::string& tier,
                     const std::string& resolved, const std::string& extra_incidents = "") {
  return R"({"id":")" + id + R"(","formula":")" + formula + R"(","tier":")" + tier +
         R"(","from":"2026-01-01T00:00:00+01:00","to":"2027-01-01T00:00:00+01:00","incidents":[)" +
         R"({"priority":"P1","created":"2026-06-15T08:00:00+02:00","resolved":")" + resolved + R"(","stopClock":[]})" +
         extra_incidents + "]}\n";
}

TEST(AvailabilityCli, AnswersEachLineWithDowntimeTotalPercentAndCredit_SLA_046_SLA_050) {
  // Basic window Mon-Fri 08:00-20:00: Monday and Tuesday 12 h each, then Wednesday 2:16:48 makes
  // 94,608 s, exactly 99.7000 % of 2026's 31,536,000 s; one second more is below it.
  std::string input = Line2026("met", "internet-pro-plus", "basic", "2026-06-17T10:16:48+02:00");
  input += Line2026("below", "internet-pro-plus", "basic", "2026-06-17T10:16:49+02:00");
  // A P2 and a P1 under Stop-Clock for its whole life add nothing (SLA-047, SLA-006).
  input += Line2026("ignored", "internet-pro-plus", "basic", "2026-06-17T10:16:49+02:00",
                    R"(,{"priority":"P2","created":"2026-07-01T08:00:00+02:00","resolved":null},)"
                    R"({"priority":"P1","created":"2026-07-01T08:00:00+02:00","resolved":"2026-07-01T12:00:00+02:00",)"
                    R"("stopClock":[["2026-07-01T07:00:00+02:00","2026-07-01T13:00:00+02:00"]]})");
  // Open since 1 December: far below 99.5 % on Pro+ Essential's Premium window.
  input +=
      R"({"id":"open","formula":"internet-pro-plus-essential","tier":"premium","from":"2026-01-01T00:00:00+01:00",)"
      R"("to":"2027-01-01T00:00:00+01:00","incidents":[{"priority":"P1","created":"2026-12-01T00:00:00+01:00"}]})"
      "\n";
  // FullFiber has no availability level (SLA-049, X-23); the tier defaults to the DEF one.
  input +=
      R"({"id":7,"formula":"fullfiber","from":"2026-01-01T00:00:00+01:00","to":"2027-01-01T00:00:00+01:00",)"
      R"("incidents":[{"priority":"P1","created":"2026-06-15T08:00:00+02:00","resolved":"2026-06-15T09:00:00+02:00"}]})"
      "\n";
  auto result = RunBizline({"availability", "--batch"}, input);
  ASSERT_EQ(result.exit_code, 0) << result.out;
  const auto answers = Answers(result);
  ASSERT_EQ(answers.size(), 5u) << result.out;

  EXPECT_EQ(result.out.substr(0, result.out.find('\n')),
            R"({"id":"met","netDowntimeSeconds":94608,"totalSeconds":31536000,"availabilityPercent":"99.7000",)"
            R"("creditPercent":0})");
  EXPECT_EQ(answers[1]["netDowntimeSeconds"], 94609);
  EXPECT_EQ(answers[1]["availabilityPercent"], "99.6999");  // truncated, not rounded
  EXPECT_EQ(answers[1]["creditPercent"], 1.5);              // SLA-050
  EXPECT_EQ(answers[2]["netDowntimeSeconds"], 94609);       // SLA-047, SLA-006
  EXPECT_EQ(answers[3]["id"], "open");
  EXPECT_GT(answers[3]["netDowntimeSeconds"].get<std::int64_t>(), 157680);
  EXPECT_EQ(answers[3]["creditPercent"], 5);  // SLA-050: 5 %, not cumulative (X-24)
  EXPECT_EQ(answers[4]["id"], 7);
  EXPECT_EQ(answers[4]["netDowntimeSeconds"], 3600);
  EXPECT_TRUE(answers[4]["creditPercent"].is_null());  // SLA-049
}

TEST(AvailabilityCli, BadLinesGetAnErrorNamingTheFieldAndTheBatchGoesOn) {
  const std::string period = R"("from":"2026-01-01T00:00:00+01:00","to":"2027-01-01T00:00:00+01:00")";
  const std::string good = R"({"id":"ok","formula":"internet-pro",)" + period + R"(,"incidents":[]})";
  std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"id":"f","formula":"internet-mega",)" + period + R"(,"incidents":[]})", "formula"},
      {R"({"id":"t","formula":"internet-pro","tier":"gold",)" + period + R"(,"incidents":[]})", "tier"},
      {R"({"id":"x25","formula":"business-internet-copper",)" + period + R"(,"incidents":[]})", "formula"},
      {std::string(R"({"id":"utf8","formula":"internet-pro)") + "\xC0\xAF" + R"(",)" + period + R"(,"incidents":[]})",
       "line"},
      {R"({"id":"nul","formula":"internet-pro\u0000",)" + period + R"(,"incidents":[]})", "formula"},
      {R"({"id":"deep","formula":"internet-pro",)" + period + R"(,"incidents":[],"x":)" + std::string(40, '[') +
           std::string(40, ']') + "}",
       "line"},
      {"not json", "line"},
      {R"({"id":"missing","formula":"internet-pro",)" + period + "}", "incidents"},
      {R"({"id":"prio","formula":"internet-pro",)" + period +
           R"(,"incidents":[{"priority":"P9","created":"2026-06-15T08:00:00+02:00"}]})",
       "incidents[0].priority"},
      {R"({"id":"when","formula":"internet-pro",)" + period +
           R"(,"incidents":[{"priority":"P1","created":"yesterday"}]})",
       "incidents[0].created"},
      {R"({"id":"stop","formula":"internet-pro",)" + period +
           R"(,"incidents":[{"priority":"P1","created":"2026-06-15T08:00:00+02:00","stopClock":)"
           R"([["2026-06-15T10:00:00+02:00","2026-06-15T09:00:00+02:00"]]}]})",
       "incidents[0].stopClock[0]"},
      {R"({"id":"empty","formula":"internet-pro","from":"2026-01-01T00:00:00+01:00","to":"2026-01-01T00:00:00+01:00",)"
       R"("incidents":[]})",
       "to"},
      {R"({"id":"years","formula":"internet-pro","from":"1999-01-01T00:00:00+01:00","to":"2000-01-01T00:00:00+01:00",)"
       R"("incidents":[]})",
       "from"},
      {R"({"id":"huge","formula":"internet-pro",)" + period + R"(,"incidents":[],"pad":")" +
           std::string(std::size_t{2} << 20, 'a') + R"("})",
       "line"},
  };
  std::string input;
  for (const auto& [line, field] : cases) input += line + "\n" + good + "\n";
  auto result = RunBizline({"availability", "--batch"}, input);
  EXPECT_EQ(result.exit_code, 0);
  const auto answers = Answers(result);
  ASSERT_EQ(answers.size(), 2 * cases.size()) << result.out.substr(0, 2000);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const auto& answer = answers[2 * i];
    EXPECT_EQ(answer["error"]["field"], cases[i].second) << answer.dump();
    EXPECT_FALSE(answer["error"]["message"].get<std::string>().empty());
    EXPECT_EQ(answers[2 * i + 1]["id"], "ok") << "the line after a bad one is still answered";
    EXPECT_EQ(answers[2 * i + 1]["availabilityPercent"], "100.0000");
    EXPECT_TRUE(answers[2 * i + 1]["creditPercent"].is_null());  // Internet Pro: no level (SLA-049)
  }
  EXPECT_EQ(answers[0]["id"], "f");
  EXPECT_EQ(answers[4]["error"]["rule"], "X-25");
  EXPECT_EQ(answers[20]["error"]["rule"], "SLA-006");
}

// The batch reads plain lines by a fast path and every other line by the reference path (escapes,
// members named twice, ids other than strings and integers, ...): however a line is written, its
// answer is the same, byte for byte.
TEST(AvailabilityCli, EveryWayOfWritingALineGetsTheSameAnswer) {
  const std::string period = R"("from":"2026-01-01T00:00:00+01:00","to":"2027-01-01T00:00:00+01:00")";
  const std::string incidents =
      R"("incidents":[{"priority":"P1","created":"2026-06-15T08:00:00+02:00","resolved":"2026-06-17T10:16:49+02:00",)"
      R"("stopClock":[["2026-06-15T07:00:00+02:00","2026-06-15T08:00:00+02:00"]]}])";
  const std::string answer =
      R"("netDowntimeSeconds":94609,"totalSeconds":31536000,"availabilityPercent":"99.6999","creditPercent":1.5})";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"id":"a","formula":"internet-pro-plus","tier":"basic",)" + period + "," + incidents + "}", R"("a")"},
      {R"({"id":"b","formula":"internet-pro-plu\u0073","tier":"basic",)" + period + "," + incidents + "}", R"("b")"},
      {R"({"id":"c\u00e9\t","formula":"internet-pro-plus",)" + period + "," + incidents + "}", "\"c\xC3\xA9\\t\""},
      {"\t{ \"id\" : 7 ,\"formula\":\"internet-pro-plus\", " + period + " , " + incidents + " }\r", "7"},
      {R"({"formula":"fullfiber","formula":"internet-pro-plus","id":-0,)" + period + "," + incidents + "}", "0"},
      {R"({"id":1.50,"formula":"internet-pro-plus","x":{"y":[1,2.5e3,true,null,"z",{}]},)" + period + "," + incidents +
           "}",
       "1.5"},
      {R"({"id":[1,{"k":"v"}],"formula":"internet-pro-plus","tier":null,)" + period + "," + incidents + "}",
       R"([1,{"k":"v"}])"},
      {R"({"formula":"internet-pro-plus",)" + period + "," + incidents + "}", "null"},
  };
  std::string input;
  for (const auto& [line, id] : cases) input += line + "\n";
  auto result = RunBizline({"availability", "--batch"}, input);
  ASSERT_EQ(result.exit_code, 0);
  std::istringstream out(result.out);
  for (const auto& [line, id] : cases) {
    std::string got;
    ASSERT_TRUE(std::getline(out, got)) << line;
    EXPECT_EQ(got, R"({"id":)" + id + "," + answer) << line;
  }
}

TEST(AvailabilityCli, WithoutBatchItSaysHowToUseIt) { EXPECT_NE(RunBizline({"availability"}).exit_code, 0); }

}  // namespace
}  // namespace bizline::testing
