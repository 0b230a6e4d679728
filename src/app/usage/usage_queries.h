// What metering counted, read back (issue 11 items 2, 4, 5): the month's volume of every line
// against its cap from the catalog (USE-003..USE-007) with the highest threshold reached (U-12),
// the users no line carries (unmatched, listed rather than dropped), and one line's month with
// its daily series for the portal and `/api/v1/line/{id}/usage`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/core/clock.h"
#include "app/core/storage.h"
#include "app/usage/ports.h"
#include "domain/catalog/catalog.h"
#include "domain/identity/role.h"
#include "domain/inventory/product.h"
#include "domain/usage/usage_level.h"

namespace bizline {

struct LineMonthUsage {
  std::string user_name;
  ProductId line;
  CustomerId customer;
  Month month;
  Bytes volume;
  VolumeCap cap;
  int level = 0;                     // 0, 80 or 100
  std::vector<DailyVolume> days;     // filled for one line's query only
  std::vector<VolumePack> packs;     // U-14: the month's packs (one line's query only); `cap` includes them
  std::optional<Throttle> throttle;  // U-13: the month's throttle in force (one line's query only)
  // What ordering a Volume Pack would bring and cost (U-14, X-13) and the speed a throttle
  // reduces the line to (U-13), from the catalog; nullopt for an unlimited line (USE-007).
  std::optional<VolumePackTerms> pack_offer{};
  std::optional<ThrottleProfile> throttle_speed{};
};

class UsageQueries {
 public:
  UsageQueries(Storage& storage, const Catalog& catalog, const Clock& clock)
      : storage_(storage), catalog_(catalog), clock_(clock) {}

  // Every line with volume in `month`, by RADIUS user name (the CLI's report; staff only).
  Result<std::vector<LineMonthUsage>> MonthReport(Month month);
  // The month's volume of users no line carries.
  Result<std::vector<UserMonthVolume>> Unmatched(Month month);
  // One line's month (nullopt: the current Brussels month) with its days; a representative sees
  // only its customer's lines.
  Result<LineMonthUsage> LineMonth(const Principal& principal, ProductId line, std::optional<Month> month);

  Month CurrentMonth() const { return MonthOf(clock_.Now()); }

  // Staff: every throttle of the month (newest first) and the users no line carries (U-13).
  Result<std::vector<Throttle>> Throttles(const Principal& principal, Month month);
  Result<std::vector<UserMonthVolume>> Unmatched(const Principal& principal, Month month);

  // TMF635: daily usage of lines; a representative sees only its customer's.
  Result<Page<LineDayVolume>> LineDays(const Principal& principal, LineDayFilter filter, PageRequest page);

 private:
  Storage& storage_;
  const Catalog& catalog_;
  const Clock& clock_;
};

}  // namespace bizline
