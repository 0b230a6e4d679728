// A line's availability report for a calendar year (issue 13 item 4): its measurement period
// (the year ∩ the time the SLA applies, X-45), net downtime and availability (SLA-046..048), the
// availability credit it may claim (SLA-049/050) and the restoration breaches month by month
// (SLA-044/045), each with its claim deadline (SLA-011). Read from the line's P1 tickets as they
// stand now, so an incident edited after the fact (a resolution time corrected, a Stop-Clock
// added) changes the report at once. A representative sees its own lines only.
#pragma once

#include <date/date.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/core/clock.h"
#include "app/core/storage.h"
#include "domain/availability/availability.h"
#include "domain/availability/availability_credit.h"
#include "domain/availability/restoration_credit.h"
#include "domain/catalog/catalog.h"
#include "domain/core/ids.h"
#include "domain/identity/role.h"
#include "domain/inventory/product.h"
#include "domain/sla/sla_catalog.h"

namespace bizline {

struct DowntimeSpan {
  TimeInterval span{};               // 24x7, merged across overlapping incidents
  std::vector<std::string> tickets;  // the numbers of the P1 tickets covering part of it
};

struct RestorationMonth {
  MonthlyRestorationCredit credit;
  std::vector<std::string> tickets;  // the breaching tickets, in the order of credit.breaches
  CivilDay claim_deadline{};
};

struct MonthAvailability {
  date::year_month month{};
  Availability availability{};  // over the month's part of the period
};

struct LineAvailabilityReport {
  ProductId line;
  std::string formula;
  std::string tier;
  date::year year{};
  std::string no_sla;                  // why the line has no SLA at all, else empty
  std::optional<TimeInterval> period;  // nullopt: no SLA, or it did not apply at any instant of the year
  Availability availability{};
  AvailabilityCredit credit{};
  std::vector<MonthAvailability> months;   // the running monthly report (U-21 calendar months)
  CivilDay availability_claim_deadline{};  // SLA-011, X-24: found at the end of the year
  std::vector<DowntimeSpan> downtime;
  std::vector<RestorationMonth> restoration;
};

// One line's report for `year`, read inside `tx` as the tickets stand at `now` (the claims
// compute their eligibility from it too).
Result<LineAvailabilityReport> BuildLineReport(Transaction& tx, const Catalog& catalog, const SlaCatalog& sla,
                                               const Product& line, date::year year, Instant now);

// The year the caller asked for, else the current year in Brussels.
date::year YearOr(std::optional<date::year> wanted, Instant now);

class AvailabilityQueries {
 public:
  AvailabilityQueries(Storage& storage, const Catalog& catalog, std::shared_ptr<const SlaCatalog> sla,
                      const Clock& clock)
      : storage_(storage), catalog_(catalog), sla_(std::move(sla)), clock_(clock) {}

  // `year` nullopt: the current year in Brussels.
  Result<LineAvailabilityReport> LineYear(const Principal& principal, ProductId line, std::optional<date::year> year);
  // Every line of the customer, in id order (a representative: its own customer only).
  Result<std::vector<LineAvailabilityReport>> CustomerYear(const Principal& principal, CustomerId customer,
                                                           std::optional<date::year> year);

 private:
  Storage& storage_;
  const Catalog& catalog_;
  std::shared_ptr<const SlaCatalog> sla_;
  const Clock& clock_;
};

}  // namespace bizline
