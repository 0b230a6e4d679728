// Service Credit claims on SQLite and PostgreSQL (issue 13 item 3): a representative claims a
// month with a P1 restored late (SLA-010, SLA-044); the claim reaches the operator in time up to
// and including the deadline day (SLA-011); one claim per line and month holds it (SLA-044's
// cap), also when two requests file at once; staff approve it with the eligibility computed then,
// recorded once for the next invoice (U-22), or refuse it with a reason — and two decisions at
// once record one.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <thread>

#include "app/availability/credit_claims.h"
#include "app/ticketing/ports.h"
#include "catalog/sla_file.h"
#include "domain/calendar/iso8601.h"
#include "usage_fixture.h"

namespace bizline::testing {
namespace {

Instant At(const std::string& text) { return *ParseIso8601(text, "at"); }

class CreditClaims : public UsageFixture {
 protected:
  void SetUp() override {
    UsageFixture::SetUp();
    if (IsSkipped()) return;
    const char* dir = std::getenv("BIZLINE_SOURCE_DIR");
    auto sla = LoadSlaFile(std::filesystem::path(dir != nullptr ? dir : ".") / "catalog" / "sla.yaml");
    ASSERT_TRUE(sla.ok()) << sla.error().message;
    sla_ = std::make_shared<const SlaCatalog>(std::move(*sla));
    service_ = std::make_unique<CreditClaimService>(*storage_, catalog_, sla_, clock_);
    clock_.Set(At("2026-03-20T10:00:00+01:00"));
  }

  // An Internet Pro+ line (P1 due the next business day, SLA-020) with a P1 open from Tuesday 3
  // March 10:00 to Thursday 5 March 12:00: restored late, a breach found in March 2026.
  ProductId LineWithMarchBreach(const std::string& user) {
    const ProductId line = NewLine("internet-pro-plus", user);
    auto tx = Begin();
    Ticket t;
    t.customer_id = *customer_;
    t.product_ref = std::to_string(line.value());
    t.description = "line down";
    t.severity = "Critical";
    t.ticket_type = "incident";
    t.priority = Priority::kP1;
    t.status = TicketStatus::kResolved;
    t.sla_formula = "internet-pro-plus";
    t.created_at = t.last_update = t.status_change_date = At("2026-03-03T10:00:00+01:00");
    t.resolution_date = At("2026-03-05T12:00:00+01:00");
    auto id = Tickets(*tx).Insert(t);
    EXPECT_TRUE(id.ok()) << id.error().message;
    EXPECT_TRUE(Tickets(*tx).AssignNumber(*id, "BZ-2026-" + user).ok());
    EXPECT_TRUE(tx->Commit().ok());
    return line;
  }

  Result<ClaimView> File(ProductId line, const std::string& period = "2026-03") {
    return service_->File(RepOf(), line, *ParseClaimedBreach(ClaimKind::kRestoration, period, "period"), "rep");
  }
  Principal RepOf() const { return Principal{UserId(7), Role::kCustomerRep, *customer_}; }
  std::vector<ServiceCredit> Credits() {
    auto tx = Begin(TxMode::kRead);
    return *bizline::CreditClaims(*tx).UnbilledCredits(*customer_);
  }

  std::shared_ptr<const SlaCatalog> sla_;
  std::unique_ptr<CreditClaimService> service_;
  const Principal billing_{UserId(2), Role::kBilling, {}};
};

TEST_P(CreditClaims, AClaimedMonthIsApprovedWithItsCreditRecordedOnce_SLA010_SLA044_U22) {
  const ProductId line = LineWithMarchBreach("c-1");
  auto filed = File(line);
  ASSERT_TRUE(filed.ok()) << filed.error().message;
  const CreditClaim& claim = filed->claim;
  EXPECT_EQ(claim.state, ClaimState::kPending);
  EXPECT_EQ(FormatCivilDay(claim.deadline), "2026-06-30");  // SLA-011
  EXPECT_EQ(claim.eligibility.rate, kOneMonthOfFee);        // SLA-044
  EXPECT_EQ(claim.eligibility.monthly_fee, Cents(9900));    // U-22: Pro+ monthly fee
  EXPECT_EQ(claim.eligibility.amount, Cents(9900));
  EXPECT_EQ(filed->tickets, std::vector<std::string>{"BZ-2026-c-1"});
  EXPECT_TRUE(Credits().empty()) << "SLA-010: nothing is credited before staff approve";

  // SLA-044: one month of fee per month at most: a second claim for March is refused.
  auto again = File(line);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kAlreadyExists);
  // A month without a late P1 has nothing to claim.
  auto february = File(line, "2026-02");
  ASSERT_FALSE(february.ok());
  EXPECT_EQ(february.error().rule, "SLA-044");

  // The representative cannot decide its own claim.
  auto self = service_->Decide(RepOf(), claim.id, ClaimDecision::kApprove, "", "rep");
  ASSERT_FALSE(self.ok());
  EXPECT_EQ(self.error().code, ErrorCode::kPermissionDenied);

  auto approved = service_->Decide(billing_, claim.id, ClaimDecision::kApprove, "", "billing");
  ASSERT_TRUE(approved.ok()) << approved.error().message;
  EXPECT_EQ(approved->claim.state, ClaimState::kApproved);
  const auto credits = Credits();
  ASSERT_EQ(credits.size(), 1U);
  EXPECT_EQ(credits[0].amount, Cents(9900));
  EXPECT_EQ(credits[0].breach.PeriodText(), "2026-03");
  // Decided once: a second decision is refused and records nothing.
  EXPECT_FALSE(service_->Decide(billing_, claim.id, ClaimDecision::kApprove, "", "billing").ok());
  EXPECT_EQ(Credits().size(), 1U);
  EXPECT_FALSE(File(line).ok()) << "an approved claim keeps holding its month (SLA-044)";
}

TEST_P(CreditClaims, TheDeadlineDayIsInTimeAndTheDayAfterIsRefused_SLA011) {
  const ProductId on_time = LineWithMarchBreach("c-2");
  const ProductId late = LineWithMarchBreach("c-3");
  clock_.Set(At("2026-06-30T23:59:59+02:00"));  // the last second of the deadline day, Brussels
  auto filed = File(on_time);
  EXPECT_TRUE(filed.ok()) << filed.error().message;
  clock_.Set(At("2026-07-01T00:00:00+02:00"));
  auto refused = File(late);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().rule, "SLA-011");
  EXPECT_NE(refused.error().message.find("2026-06-30"), std::string::npos) << refused.error().message;
  auto tx = Begin(TxMode::kRead);
  ClaimFilter filter;
  filter.line = late;
  EXPECT_EQ(bizline::CreditClaims(*tx).List(filter, {0, 10})->total, 0) << "a refused filing stores nothing";
}

TEST_P(CreditClaims, ARefusalNamesItsReasonAndFreesTheMonth_SLA010) {
  const ProductId line = LineWithMarchBreach("c-4");
  auto filed = File(line);
  ASSERT_TRUE(filed.ok()) << filed.error().message;
  auto no_reason = service_->Decide(billing_, filed->claim.id, ClaimDecision::kRefuse, "  ", "billing");
  ASSERT_FALSE(no_reason.ok());
  EXPECT_EQ(no_reason.error().field, "reason");
  auto refused =
      service_->Decide(billing_, filed->claim.id, ClaimDecision::kRefuse, "Duplicate of the phone claim", "billing");
  ASSERT_TRUE(refused.ok()) << refused.error().message;
  EXPECT_EQ(refused->claim.state, ClaimState::kRefused);
  EXPECT_EQ(refused->claim.refusal_reason, "Duplicate of the phone claim");
  EXPECT_TRUE(Credits().empty());
  EXPECT_TRUE(File(line).ok()) << "a refused claim no longer holds the month";
}

// A year's availability is found at its end: it may be claimed from 1 January only.
TEST_P(CreditClaims, AnAvailabilityYearIsClaimableOnceItHasEnded_X24) {
  // 26 h of window downtime (Tue 10-20, Wed 8-20, Thu 8-12) over 2 February to 31 December:
  // 99.6745 %, below 99.7 % (SLA-050).
  const ProductId line = LineWithMarchBreach("c-5");
  auto year = *ParseClaimedBreach(ClaimKind::kAvailability, "2026", "period");
  auto early = service_->File(RepOf(), line, year, "rep");
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().rule, "X-24");
  clock_.Set(At("2027-01-04T09:00:00+01:00"));
  auto filed = service_->File(RepOf(), line, year, "rep");
  ASSERT_TRUE(filed.ok()) << filed.error().message;
  EXPECT_EQ(filed->claim.eligibility.rate.basis_points(), 150);    // SLA-050: 1.5 %
  EXPECT_EQ(filed->claim.eligibility.amount, Cents(149));          // U-22: 1.5 % of 99.00 = 1.485, half up
  EXPECT_EQ(FormatCivilDay(filed->claim.deadline), "2027-03-31");  // SLA-011, X-24
}

// Two representatives filing the same month at once: one claim holds it (SLA-044). On PostgreSQL
// the second insert waits on the unique index until the first commits; on SQLite on the writer.
TEST_P(CreditClaims, TwoFilingsAtOnceMakeOneClaim_SLA044) {
  const ProductId line = LineWithMarchBreach("c-6");
  auto first = Begin();
  CreditClaim claim;
  claim.line = line;
  claim.customer = *customer_;
  claim.breach = *ParseClaimedBreach(ClaimKind::kRestoration, "2026-03", "period");
  claim.filed_at = clock_.Now();
  claim.filed_by = "rep";
  claim.deadline = CivilDay(date::year(2026) / date::June / 30);
  claim.eligibility.rate = kOneMonthOfFee;
  ASSERT_TRUE(bizline::CreditClaims(*first).Insert(claim).ok());
  std::optional<Result<ClaimView>> second;
  std::thread other([&] { second = File(line); });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the second is under way
  ASSERT_TRUE(first->Commit().ok());
  other.join();
  ASSERT_TRUE(second.has_value());
  ASSERT_FALSE(second->ok());
  EXPECT_EQ(second->error().code, ErrorCode::kAlreadyExists) << second->error().message;
}

// Two staff approving the same claim at once: one approval, one credit. On PostgreSQL the second
// update finds the version changed; on SQLite it reads the claim already approved.
TEST_P(CreditClaims, TwoDecisionsAtOnceRecordOneCredit_SLA010) {
  const ProductId line = LineWithMarchBreach("c-7");
  auto filed = File(line);
  ASSERT_TRUE(filed.ok()) << filed.error().message;
  auto first = Begin();
  CreditClaim claim = **bizline::CreditClaims(*first).Find(filed->claim.id);
  ASSERT_TRUE(Decide(claim, ClaimDecision::kApprove, filed->now, "", "billing", clock_.Now()).ok());
  ASSERT_TRUE(bizline::CreditClaims(*first).Update(claim).ok());
  ASSERT_TRUE(bizline::CreditClaims(*first).RecordCredit(claim).ok());
  std::optional<Result<ClaimView>> second;
  std::thread other([&] { second = service_->Decide(billing_, claim.id, ClaimDecision::kApprove, "", "billing"); });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  ASSERT_TRUE(first->Commit().ok());
  other.join();
  ASSERT_TRUE(second.has_value());
  EXPECT_FALSE(second->ok());
  EXPECT_EQ(Credits().size(), 1U);
}

INSTANTIATE_TEST_SUITE_P(Backends, CreditClaims, ::testing::Values(Backend::kSqlite, Backend::kPostgres), ParamName);

}  // namespace
}  // namespace bizline::testing
