// Service Credit claims over HTTP (issue 13 item 3): Acme's representative claims the month its
// demo Internet Pro line had a P1 restored late (SLA-010, SLA-044) and sees the eligibility with
// its deadline (SLA-011); bad input is a 400 naming the field and stores nothing; another
// customer sees nothing of it; the month is claimed once; the desk agent may file but not decide;
// an admin approves it and the representative is told (every decision notifies).
#include <date/date.h>
#include <gtest/gtest.h>

#include "api_fixture.h"

namespace bizline::testing {
namespace {

using nlohmann::json;

const std::string kClaims = "/api/v1/serviceCreditClaim";

class CreditClaimApi : public ApiTest {
 protected:
  // Acme's demo line with the P1 restored late, and the month it was found in.
  std::pair<std::string, std::string> Breach() {
    const std::string token = AcmeToken();
    const std::string line = LineOf(token, "internet-pro");
    const int year =
        static_cast<int>(date::year_month_day(date::floor<date::days>(std::chrono::system_clock::now())).year());
    for (int y : {year, year - 1}) {
      auto report = client().Get("/api/v1/line/" + line + "/availability?year=" + std::to_string(y), token).Json();
      for (const json& month : report.value("restorationBreaches", json::array())) {
        if (month.contains("claimDeadline")) return {line, month["month"]};
      }
    }
    ADD_FAILURE() << "no claimable breach in the demo data";
    return {line, ""};
  }
};

TEST_F(CreditClaimApi, ARepresentativeClaimsALateRestorationAndAnAdminApprovesIt_SLA010_SLA011_SLA044) {
  const auto [line, month] = Breach();
  const std::string rep = AcmeToken();
  // Bad input: named field, nothing stored.
  for (const auto& [body, field] : std::vector<std::pair<json, std::string>>{
           {{{"lineId", line}, {"kind", "outage"}, {"period", month}}, "kind"},
           {{{"lineId", line}, {"kind", "restoration"}, {"period", "2026-13"}}, "period"},
           {{{"lineId", line}, {"kind", "availability"}, {"period", month}}, "period"},
           {{{"lineId", "x1"}, {"kind", "restoration"}, {"period", month}}, "lineId"},
           {{{"lineId", line}, {"kind", "restoration"}, {"period", month}, {"amount", 5}}, "amount"},
       }) {
    auto bad = client().Post(kClaims, body, rep);
    EXPECT_EQ(bad.status, 400) << body.dump() << " " << bad.body;
    EXPECT_EQ(bad.Json().value("field", ""), field) << bad.body;
  }
  EXPECT_EQ(client().Get(kClaims, rep).Json().size(), 0U) << "bad input stored nothing";
  // A month with no late P1: 422 naming SLA-044.
  auto nothing = client().Post(kClaims, {{"lineId", line}, {"kind", "restoration"}, {"period", "2020-01"}}, rep);
  EXPECT_EQ(nothing.status, 422) << nothing.body;

  auto filed = client().Post(kClaims, {{"lineId", line}, {"kind", "restoration"}, {"period", month}}, rep);
  ASSERT_EQ(filed.status, 201) << filed.body;
  const json claim = filed.Json();
  ASSERT_TRUE(claim.contains("id")) << filed.body;
  const std::string id = claim["id"];
  EXPECT_EQ(filed.headers["location"], kClaims + "/" + id);
  EXPECT_EQ(claim["state"], "pending");
  EXPECT_EQ(claim["eligibility"]["creditPercent"], 100);  // SLA-044: one month of service fee
  EXPECT_EQ(claim["eligibility"]["rule"], "SLA-044");
  EXPECT_EQ(claim["eligibility"]["credit"]["value"], claim["eligibility"]["monthlyFee"]["value"]);  // U-22
  EXPECT_FALSE(claim["claimDeadline"].get<std::string>().empty());                                  // SLA-011
  EXPECT_EQ(claim["tickets"].size(), 1U);

  // SLA-044: the month is claimed once.
  auto again = client().Post(kClaims, {{"lineId", line}, {"kind", "restoration"}, {"period", month}}, rep);
  EXPECT_EQ(again.status, 409) << again.body;
  // Another customer sees nothing of it.
  const std::string globex = GlobexToken();
  EXPECT_EQ(client().Get(kClaims + "/" + id, globex).status, 404);
  EXPECT_EQ(client().Get(kClaims, globex).Json().size(), 0U);
  EXPECT_EQ(client().Post(kClaims, {{"lineId", line}, {"kind", "restoration"}, {"period", month}}, globex).status, 404);
  // The desk agent files for customers but does not decide (SLA-010).
  auto agent = client().Patch(kClaims + "/" + id, {{"state", "approved"}}, AgentToken());
  EXPECT_EQ(agent.status, 403) << agent.body;
  EXPECT_EQ(client().Get(kClaims + "?state=bogus", AdminToken()).status, 400);
  auto unknown = client().Get(kClaims + "?status=pending", AdminToken());
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.Json().value("field", ""), "status");

  // The staff's queue shows it with the eligibility computed now.
  auto queue = client().Get(kClaims + "?state=pending", AdminToken()).Json();
  ASSERT_EQ(queue.size(), 1U);
  EXPECT_EQ(queue[0]["currentEligibility"]["creditPercent"], 100);

  auto refused_without_reason = client().Patch(kClaims + "/" + id, {{"state", "refused"}}, AdminToken());
  EXPECT_EQ(refused_without_reason.status, 400);
  EXPECT_EQ(refused_without_reason.Json().value("field", ""), "refusalReason");
  auto approved = client().Patch(kClaims + "/" + id, {{"state", "approved"}}, AdminToken());
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(approved.Json()["state"], "approved");
  EXPECT_EQ(client().Patch(kClaims + "/" + id, {{"state", "refused"}, {"refusalReason", "x"}}, AdminToken()).status,
            422);

  // Every step told the representatives: received, then approved.
  std::vector<std::string> kinds;
  for (const json& n : client().Get("/api/v1/notification?limit=1000", rep).Json()) {
    if (n["reference"] == "creditClaim/" + id) kinds.push_back(n["kind"]);
  }
  EXPECT_NE(std::find(kinds.begin(), kinds.end(), "creditClaim.pending"), kinds.end());
  EXPECT_NE(std::find(kinds.begin(), kinds.end(), "creditClaim.approved"), kinds.end());
}

}  // namespace
}  // namespace bizline::testing
