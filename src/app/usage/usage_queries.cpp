#include "app/usage/usage_queries.h"

#include "app/core/permissions.h"
#include "app/inventory/ports.h"
#include "app/inventory/visible_product.h"
#include "app/usage/throttling.h"

namespace bizline {

Result<std::vector<LineMonthUsage>> UsageQueries::MonthReport(Month month) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  ASSIGN_OR_RETURN(auto volumes, Usage(*tx).MonthVolumes(month));
  std::vector<LineMonthUsage> out;
  for (const UserMonthVolume& v : volumes) {
    auto line = Products(*tx).FindByRadiusUserName(v.user_name);
    if (!line) {
      if (line.error().code == ErrorCode::kNotFound) continue;  // unmatched: see Unmatched()
      return line.error();
    }
    ASSIGN_OR_RETURN(const VolumeCap cap, MonthCap(*tx, catalog_, *line, month));
    out.push_back(
        {v.user_name, line->id, line->customer_id, month, v.bytes, cap, UsageLevel(v.bytes, cap), {}, {}, {}});
  }
  return out;
}

Result<std::vector<UserMonthVolume>> UsageQueries::Unmatched(Month month) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  ASSIGN_OR_RETURN(auto volumes, Usage(*tx).MonthVolumes(month));
  std::vector<UserMonthVolume> out;
  for (UserMonthVolume& v : volumes) {
    auto line = Products(*tx).FindByRadiusUserName(v.user_name);
    if (line) continue;
    if (line.error().code != ErrorCode::kNotFound) return line.error();
    out.push_back(std::move(v));
  }
  return out;
}

Result<LineMonthUsage> UsageQueries::LineMonth(const Principal& principal, ProductId id, std::optional<Month> wanted) {
  const Month month = wanted.value_or(MonthOf(clock_.Now()));
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  ASSIGN_OR_RETURN(auto line, VisibleProduct(*tx, principal, id));
  TRY(Require(principal, Operation::kProductRead));
  ASSIGN_OR_RETURN(const VolumeCap cap, MonthCap(*tx, catalog_, line, month));
  LineMonthUsage out{line.radius_user_name, line.id, line.customer_id, month, Bytes{}, cap, 0, {}, {}, {}};
  if (!line.radius_user_name.empty()) {
    ASSIGN_OR_RETURN(out.days, Usage(*tx).DailyVolumes(line.radius_user_name, month));
  }
  ASSIGN_OR_RETURN(out.packs, Enforcement(*tx).VolumePacks(line.id, month));
  ASSIGN_OR_RETURN(out.throttle, Enforcement(*tx).OpenThrottle(line.id, month));
  for (const DailyVolume& d : out.days) out.volume += d.bytes;
  out.level = UsageLevel(out.volume, out.cap);
  if (const Formula* formula = catalog_.FindFormula(line.formula); formula && cap.kind != CapKind::kUnlimited) {
    if (auto terms = VolumePackTermsOf(catalog_, *formula)) out.pack_offer = *terms;
    if (!formula->volume.throttle.profile.empty()) out.throttle_speed = formula->volume.throttle;
  }
  return out;
}

Result<std::vector<Throttle>> UsageQueries::Throttles(const Principal& principal, Month month) {
  TRY(Require(principal, Operation::kUsageOversee));
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  return Enforcement(*tx).ThrottlesOf(month);
}

Result<std::vector<UserMonthVolume>> UsageQueries::Unmatched(const Principal& principal, Month month) {
  TRY(Require(principal, Operation::kUsageOversee));
  return Unmatched(month);
}

Result<Page<LineDayVolume>> UsageQueries::LineDays(const Principal& principal, LineDayFilter filter, PageRequest page) {
  TRY(Require(principal, Operation::kProductRead));
  if (!principal.IsStaff()) filter.only = principal.customer_id;
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  return Usage(*tx).LineDays(filter, page);
}

}  // namespace bizline
