#include "app/availability/availability_queries.h"

#include <algorithm>

#include "app/core/permissions.h"
#include "app/inventory/ports.h"
#include "app/inventory/visible_product.h"
#include "app/ticketing/ports.h"
#include "domain/availability/claim_deadline.h"
#include "domain/availability/measurement_period.h"
#include "domain/calendar/brussels_time.h"

namespace bizline {
namespace {

struct LineTickets {
  std::vector<LineIncident> incidents;
  std::vector<std::string> numbers;  // the same order
  // The same incidents as known at `now`: one still open counts as downtime until now, not until
  // the end of the period (the batch front door, auditing a closed period, lets it run on).
  std::vector<LineIncident> so_far;
};

// The line's P1 tickets as Incidents. A Stop-Clock period still running stops the clock until
// `now` (SLA-006). A ticket the desk attributed to the Client, force majeure or a third party is
// left out by the domain (SLA-007).
Result<LineTickets> P1TicketsOf(Transaction& tx, ProductId line, Instant now) {
  TicketFilter filter;
  filter.product_ref = std::to_string(line.value());
  filter.priority = Priority::kP1;
  LineTickets out;
  for (PageRequest page{0, kMaxPageLimit};; page.offset += page.limit) {
    ASSIGN_OR_RETURN(auto tickets, Tickets(tx).List(filter, page));
    for (const Ticket& t : tickets.items) {
      LineIncident incident{Priority::kP1, t.responsibility, t.created_at, t.resolution_date, {}};
      for (const StopClockPeriod& stop : t.stop_clock)
        incident.stop_clock.push_back({stop.start, stop.end.value_or(now)});
      out.so_far.push_back(incident);
      if (!incident.resolved) out.so_far.back().resolved = std::max(now, incident.created);
      out.incidents.push_back(std::move(incident));
      out.numbers.push_back(t.number);
    }
    if (static_cast<std::int64_t>(tickets.items.size()) < page.limit) return out;
  }
}

std::vector<std::string> TicketsCovering(TimeInterval span, const LineTickets& tickets) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < tickets.so_far.size(); ++i) {
    const LineIncident& incident = tickets.so_far[i];
    const Instant end = *incident.resolved;
    if (incident.created < span.to && span.from < end) out.push_back(tickets.numbers[i]);
  }
  return out;
}

}  // namespace

date::year YearOr(std::optional<date::year> wanted, Instant now) {
  return wanted.value_or(date::year_month_day(BrusselsDay(now)).year());
}

Result<LineAvailabilityReport> AvailabilityQueries::LineYear(const Principal& principal, ProductId id,
                                                             std::optional<date::year> wanted) {
  TRY(Require(principal, Operation::kProductRead));
  const Instant now = clock_.Now();
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  ASSIGN_OR_RETURN(const Product line, VisibleProduct(*tx, principal, id));
  return BuildLineReport(*tx, catalog_, *sla_, line, YearOr(wanted, now), now);
}

Result<std::vector<LineAvailabilityReport>> AvailabilityQueries::CustomerYear(const Principal& principal,
                                                                              CustomerId customer,
                                                                              std::optional<date::year> wanted) {
  TRY(Require(principal, Operation::kProductRead));
  if (!principal.CanSee(customer)) return Error::NotFound("no customer with id " + std::to_string(customer.value()));
  const Instant now = clock_.Now();
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  ProductFilter filter;
  filter.customer = customer;
  std::vector<LineAvailabilityReport> out;
  for (PageRequest page{0, kMaxPageLimit};; page.offset += page.limit) {
    ASSIGN_OR_RETURN(auto lines, Products(*tx).List(filter, page));
    for (const Product& line : lines.items) {
      ASSIGN_OR_RETURN(auto report, BuildLineReport(*tx, catalog_, *sla_, line, YearOr(wanted, now), now));
      out.push_back(std::move(report));
    }
    if (static_cast<std::int64_t>(lines.items.size()) < page.limit) return out;
  }
}

Result<LineAvailabilityReport> BuildLineReport(Transaction& tx, const Catalog& catalog, const SlaCatalog& sla,
                                               const Product& line, date::year year, Instant now) {
  LineAvailabilityReport report;
  report.line = line.id;
  report.formula = line.formula;
  report.year = year;
  auto found = sla.Terms(line.formula, line.sla_tier);
  if (!found) {  // a formula the contract states no SLA for: nothing is measured
    report.no_sla = found.error().message;
    return report;
  }
  const SlaTerms* terms = *found;
  ASSIGN_OR_RETURN(const FormulaSla* formula_sla, sla.Formula(line.formula));
  const Formula* formula = catalog.FindFormula(line.formula);
  if (formula == nullptr) return Error::NotFound("the catalog has no formula " + line.formula);
  const SlaTier* default_tier = formula_sla->DefaultTier();
  report.tier = !line.sla_tier.empty() || default_tier == nullptr ? line.sla_tier : default_tier->id;
  report.availability_claim_deadline = ClaimDeadline(year / date::December);  // found at the year's end
  // the SLA applies from activation (credentials come with it here) until termination.
  report.period = MeasurementPeriod(year, SlaApplicability{line.contract_start, std::nullopt, line.terminated_at});
  if (!report.period) return report;
  ASSIGN_OR_RETURN(const LineTickets tickets, P1TicketsOf(tx, line.id, now));

  DowntimeSweep sweep;
  ASSIGN_OR_RETURN(report.availability, MeasureAvailability(sweep, *terms->calendar, *report.period, tickets.so_far));
  report.credit = DecideAvailabilityCredit(AvailabilityTargetOf(*formula), report.availability);
  for (const TimeInterval& span : sweep.merged()) {
    report.downtime.push_back({span, TicketsCovering(span, tickets)});
  }
  for (const MonthPart& m : MonthsOf(*report.period)) {
    ASSIGN_OR_RETURN(Availability month, MeasureAvailability(sweep, *terms->calendar, m.part, tickets.so_far));
    report.months.push_back({m.month, month});
  }
  ASSIGN_OR_RETURN(auto months, RestorationCredits(*terms, formula_sla->missed_p1, tickets.incidents));
  for (MonthlyRestorationCredit& month : months) {
    if (month.month.year() != year) continue;  // the year's report lists the breaches found in it
    RestorationMonth entry{std::move(month), {}, {}};
    for (const RestorationBreach& breach : entry.credit.breaches)
      entry.tickets.push_back(tickets.numbers[breach.incident]);
    entry.claim_deadline = ClaimDeadline(entry.credit.month);
    report.restoration.push_back(std::move(entry));
  }
  return report;
}

}  // namespace bizline
