// A line's availability report for a year (issue 13 item 4), from its P1 tickets as they stand:
// net downtime inside the Service Window with overlaps counted once and Stop-Clock left out
// (SLA-046..SLA-048), the availability credit (SLA-049, SLA-050) and restoration breaches by month
// (SLA-044) with claim deadlines (SLA-011); an edited ticket changes the report; a representative
// sees its own lines only; a year before activation has no period.
#include <gtest/gtest.h>

#include <cstdlib>

#include "app/availability/availability_queries.h"
#include "app/ticketing/ports.h"
#include "app_fixture.h"
#include "catalog/offer_file.h"
#include "catalog/sla_file.h"
#include "domain/calendar/iso8601.h"

namespace bizline::testing {
namespace {

Instant At(const std::string& text) { return *ParseIso8601(text, "at"); }

class AvailabilityReport : public AppTest {
 protected:
  void SetUp() override {
    AppTest::SetUp();
    const char* source = std::getenv("BIZLINE_SOURCE_DIR");
    const std::filesystem::path dir = std::filesystem::path(source != nullptr ? source : ".") / "catalog";
    auto offer = LoadCatalogDir(dir);
    ASSERT_TRUE(offer.ok()) << offer.error().message;
    catalog_ = std::move(*offer);
    auto sla = LoadSlaFile(dir / "sla.yaml");
    ASSERT_TRUE(sla.ok()) << sla.error().message;
    sla_ = std::make_shared<const SlaCatalog>(std::move(*sla));
    clock_.Set(At("2025-07-01T12:00:00+02:00"));  // the line is activated on 1 June 2025
    customer_ = NewCustomer("Globex", "0403170701").id;
    line_ = AddLine(customer_, "internet-pro-plus", "");  // DEF basic: Mon-Fri 08:00-20:00, P1 next BD
    clock_.Set(At("2027-01-15T12:00:00+01:00"));
    queries_ = std::make_unique<AvailabilityQueries>(*storage_, catalog_, sla_, clock_);
  }

  TicketId AddP1(const std::string& number, Instant created, std::optional<Instant> resolved,
                 std::vector<StopClockPeriod> stops = {}, Responsibility responsibility = Responsibility::kOperator) {
    auto tx = storage_->Begin(TxMode::kWrite);
    Ticket t;
    t.customer_id = customer_;
    t.product_ref = std::to_string(line_.value());
    t.description = "line down";
    t.severity = "Critical";
    t.ticket_type = "incident";
    t.priority = Priority::kP1;
    t.status = resolved ? TicketStatus::kResolved : TicketStatus::kInProgress;
    t.sla_formula = "internet-pro-plus";
    t.created_at = t.last_update = t.status_change_date = created;
    t.resolution_date = resolved;
    t.stop_clock = std::move(stops);
    t.responsibility = responsibility;
    if (responsibility != Responsibility::kOperator) t.responsibility_reason = "power cut at the Client's site";
    auto id = Tickets(**tx).Insert(t);
    EXPECT_TRUE(id.ok()) << id.error().message;
    EXPECT_TRUE(Tickets(**tx).AssignNumber(*id, number).ok());
    EXPECT_TRUE((*tx)->Commit().ok());
    return *id;
  }

  LineAvailabilityReport Report(std::optional<date::year> year = date::year(2026)) {
    auto report = queries_->LineYear(kAgent, line_, year);
    EXPECT_TRUE(report.ok()) << report.error().message;
    return report.ok() ? *report : LineAvailabilityReport{};
  }

  Catalog catalog_;
  std::shared_ptr<const SlaCatalog> sla_;
  CustomerId customer_;
  ProductId line_;
  std::unique_ptr<AvailabilityQueries> queries_;
};

TEST_F(AvailabilityReport, NetDowntimeCreditAndBreachesComeFromTheLinesP1Tickets_SLA_046_SLA_050_SLA_044) {
  // Tuesday 10 March 2026, 08:00-20:00: the whole day's window (12 h); a second P1 inside it
  // counts once (SLA-047).
  AddP1("BZ-2026-000001", At("2026-03-10T08:00:00+01:00"), At("2026-03-10T20:00:00+01:00"));
  AddP1("BZ-2026-000002", At("2026-03-10T10:00:00+01:00"), At("2026-03-10T12:00:00+01:00"));
  // Monday 1 to Friday 5 June: five window days (60 h) less Wednesday's Stop-Clock day (12 h).
  const TicketId june =
      AddP1("BZ-2026-000003", At("2026-06-01T08:00:00+02:00"), At("2026-06-05T20:00:00+02:00"),
            {{StopClockReason::kCustomer, At("2026-06-03T08:00:00+02:00"), At("2026-06-04T08:00:00+02:00")}});
  const LineAvailabilityReport r = Report();
  ASSERT_TRUE(r.period);
  EXPECT_EQ(r.availability.total.count(), 365 * 86400);                   // SLA-048: the year 24x7
  EXPECT_EQ(r.availability.net_downtime.count(), 12 * 3600 + 48 * 3600);  // SLA-047
  EXPECT_EQ(FormatAvailabilityPercent(r.availability), "99.3150");        // SLA-046, truncated
  EXPECT_EQ(r.credit.outcome, AvailabilityOutcome::kBelowLowerTier);      // SLA-050: below 99.5 %: 5 %
  EXPECT_EQ(r.credit.rate.basis_points(), 500);
  EXPECT_EQ(FormatCivilDay(r.availability_claim_deadline), "2027-03-31");  // SLA-011, X-24
  // The running monthly report: twelve Brussels months whose parts add up to the year.
  ASSERT_EQ(r.months.size(), 12U);
  EXPECT_EQ(r.months[2].availability.net_downtime.count(), 12 * 3600);   // March
  EXPECT_EQ(r.months[2].availability.total.count(), 31 * 86400 - 3600);  // 30 March: 23 h (DST)
  EXPECT_EQ(r.months[5].availability.net_downtime.count(), 48 * 3600);   // June
  std::int64_t net = 0, total = 0;
  for (const MonthAvailability& m : r.months) {
    net += m.availability.net_downtime.count();
    total += m.availability.total.count();
  }
  EXPECT_EQ(net, r.availability.net_downtime.count());  // splitting the period changes nothing
  EXPECT_EQ(total, r.availability.total.count());
  // March's two tickets as one span; June's cut in two by its Stop-Clock day.
  ASSERT_EQ(r.downtime.size(), 3U);
  EXPECT_EQ(r.downtime[0].tickets, (std::vector<std::string>{"BZ-2026-000001", "BZ-2026-000002"}));
  EXPECT_EQ(r.downtime[1].span.to, At("2026-06-03T08:00:00+02:00"));
  EXPECT_EQ(r.downtime[2].tickets, std::vector<std::string>{"BZ-2026-000003"});
  // June's P1 was due the next business day (SLA-020): a breach found in June, one month of fee.
  ASSERT_EQ(r.restoration.size(), 1U);
  EXPECT_EQ(r.restoration[0].credit.month, date::year(2026) / date::June);
  EXPECT_EQ(r.restoration[0].tickets, std::vector<std::string>{"BZ-2026-000003"});
  EXPECT_EQ(r.restoration[0].credit.rate.basis_points(), 10000);             // SLA-044
  EXPECT_EQ(FormatCivilDay(r.restoration[0].claim_deadline), "2026-09-30");  // SLA-011

  // The resolution corrected after the fact to Monday noon: 4 h of window, on time; the report
  // follows at once (issue 13 item 4).
  {
    auto tx = storage_->Begin(TxMode::kWrite);
    Ticket t = *Tickets(**tx).Get(june);
    t.resolution_date = At("2026-06-01T12:00:00+02:00");
    ASSERT_TRUE(Tickets(**tx).Update(t).ok());
    ASSERT_TRUE((*tx)->Commit().ok());
  }
  const LineAvailabilityReport edited = Report();
  EXPECT_EQ(edited.availability.net_downtime.count(), 16 * 3600);
  EXPECT_EQ(edited.credit.outcome, AvailabilityOutcome::kMet);  // 57,600 s of 31,536,000: 99.8173 %
  EXPECT_TRUE(edited.restoration.empty());
}

TEST_F(AvailabilityReport, AYearBeforeActivationHasNoPeriodAndOthersLinesAreHidden_X45) {
  const LineAvailabilityReport before = Report(date::year(2024));
  EXPECT_FALSE(before.period);  // the SLA applies from activation (1 June 2025)
  const LineAvailabilityReport partial = Report(date::year(2025));
  ASSERT_TRUE(partial.period);
  EXPECT_EQ(partial.period->from, At("2025-06-01T12:00:00+02:00"));
  const CustomerId other = NewCustomer("Acme", "0202239951").id;
  auto hidden = queries_->LineYear(RepOf(other), line_, date::year(2026));
  ASSERT_FALSE(hidden.ok());
  EXPECT_EQ(hidden.error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(queries_->LineYear(RepOf(customer_), line_, date::year(2026)).ok());
}

TEST_F(AvailabilityReport, AnIncidentTheDeskAttributedToTheClientCountsForNothing_SLA_007) {
  AddP1("BZ-2026-000010", At("2026-03-10T08:00:00+01:00"), At("2026-03-12T20:00:00+01:00"), {},
        Responsibility::kClient);
  const LineAvailabilityReport r = Report();
  EXPECT_EQ(r.availability.net_downtime.count(), 0);  // SLA-007: not the operator's
  EXPECT_TRUE(r.restoration.empty());
  EXPECT_EQ(r.credit.outcome, AvailabilityOutcome::kMet);
}

// An Incident still open is downtime until now, not until the end of the year: the running report
// says what is known so far (SLA-047; issue 13 item 4).
TEST_F(AvailabilityReport, AnOpenP1IsDowntimeUntilNow_SLA_047) {
  AddP1("BZ-2026-000009", At("2026-03-10T08:00:00+01:00"), std::nullopt);  // Tuesday, still open
  clock_.Set(At("2026-03-11T12:00:00+01:00"));                             // Wednesday noon
  const LineAvailabilityReport r = Report();
  EXPECT_EQ(r.availability.net_downtime.count(), (12 + 4) * 3600);  // Tue 08-20, Wed 08-12
  ASSERT_EQ(r.downtime.size(), 1U);
  EXPECT_EQ(r.downtime[0].span.to, At("2026-03-11T12:00:00+01:00"));
  EXPECT_TRUE(r.restoration.empty()) << "an open P1 is not a restoration breach until it is resolved (X-45)";
}

}  // namespace
}  // namespace bizline::testing
