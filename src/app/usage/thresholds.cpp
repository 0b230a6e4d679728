#include "app/usage/thresholds.h"

#include <map>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "app/inventory/ports.h"
#include "app/usage/ports.h"
#include "app/usage/throttling.h"
#include "domain/usage/usage_level.h"
#include "domain/usage/usage_notice.h"
#include "domain/usage/volume_cap.h"

namespace bizline {
namespace {

// One line's month at `volume` against `cap`: the notices of the thresholds reached for the
// first time (once per threshold and month) and, at 100 %, the throttle until the month ends.
Status ActOnLine(Transaction& tx, const Catalog& catalog, const Clock& clock, SmsNotices sms, const Product& line,
                 Month month, Bytes volume, const VolumeCap& cap, ThresholdOutcome& outcome) {
  if (cap.kind == CapKind::kUnlimited) return Ok{};  // USE-007
  const int level = UsageLevel(volume, cap);
  const std::string subject = "product/" + std::to_string(line.id.value());
  for (int threshold : kUsageThresholds) {
    if (level < threshold) break;
    ASSIGN_OR_RETURN(bool first, Usage(tx).RecordNotice(line.id, month, threshold, clock.Now()));
    if (!first) continue;
    const UsageNoticeText notice =
        UsageNotice(threshold, line.name + " (" + line.radius_user_name + ")", month, volume, cap);
    TRY(NotifyRepresentatives(tx, line.customer_id, notice.kind, subject, notice.subject, notice.body, clock.Now()));
    TRY(NotifyRepresentativesBySms(tx, sms, line.customer_id, notice.kind, subject,
                                   UsageSmsText(threshold, line.name, line.radius_user_name, month, cap), clock.Now()));
    ++outcome.notices;
  }
  ASSIGN_OR_RETURN(bool throttled, ThrottleWhenOverCap(tx, catalog, line, month, volume, cap, clock.Now()));
  if (throttled) ++outcome.throttled;
  return Ok{};
}

}  // namespace

Result<ThresholdOutcome> ActOnThresholds(Transaction& tx, const Catalog& catalog, const Clock& clock, SmsNotices sms,
                                         const std::set<std::pair<std::string, Month>>& touched) {
  ThresholdOutcome outcome;
  for (const auto& [user_name, month] : touched) {
    ASSIGN_OR_RETURN(Bytes volume, Usage(tx).MonthVolume(user_name, month));
    if (BelowEveryThreshold(catalog, volume)) continue;  // most users, most of the month
    auto line = Products(tx).FindByRadiusUserName(user_name);
    if (!line) {
      if (line.error().code == ErrorCode::kNotFound) continue;  // unmatched: nobody to tell
      return line.error();
    }
    ASSIGN_OR_RETURN(const VolumeCap cap, MonthCap(tx, catalog, *line, month));  // U-14: with its packs
    if (cap.kind == CapKind::kUnlimited) continue;
    TRY(ActOnLine(tx, catalog, clock, sms, *line, month, volume, cap, outcome));
  }
  return outcome;
}

Result<ThresholdOutcome> ActOnThresholdsInBulk(Transaction& tx, const Catalog& catalog, const Clock& clock,
                                               SmsNotices sms, const std::set<std::pair<std::string, Month>>& touched) {
  struct MonthFacts {
    std::unordered_set<std::string> users;                  // touched in the month
    std::unordered_map<std::string, Bytes> volumes;         // every user's month
    std::map<std::int64_t, std::vector<VolumePack>> packs;  // by line
  };
  std::map<Month, MonthFacts> months;
  for (const auto& [user_name, month] : touched) months[month].users.insert(user_name);
  for (auto& [month, facts] : months) {
    ASSIGN_OR_RETURN(auto volumes, Usage(tx).MonthVolumes(month));
    for (UserMonthVolume& v : volumes) {
      if (facts.users.count(v.user_name) != 0) facts.volumes.emplace(std::move(v.user_name), v.bytes);
    }
    ASSIGN_OR_RETURN(auto packs, Enforcement(tx).VolumePacksOf(month));
    for (VolumePack& p : packs) facts.packs[p.line.value()].push_back(std::move(p));
  }
  // Lines below 80 % of their cap have nothing to be told: only the others are kept.
  struct Reached {
    Product line;
    Month month;
    Bytes volume;
    VolumeCap cap;
  };
  std::vector<Reached> reached;
  TRY(Products(tx).ForEachLine([&](const Product& line) -> Status {
    for (const auto& [month, facts] : months) {
      auto volume = facts.volumes.find(line.radius_user_name);
      if (volume == facts.volumes.end()) continue;
      auto packs = facts.packs.find(line.id.value());
      const VolumeCap cap =
          CapWithPacks(catalog, line, packs == facts.packs.end() ? std::span<const VolumePack>() : packs->second);
      if (cap.kind != CapKind::kUnlimited && UsageLevel(volume->second, cap) >= kUsageThresholds.front()) {
        reached.push_back({line, month, volume->second, cap});
      }
    }
    return Ok{};
  }));
  ThresholdOutcome outcome;
  for (const Reached& r : reached) TRY(ActOnLine(tx, catalog, clock, sms, r.line, r.month, r.volume, r.cap, outcome));
  return outcome;
}

}  // namespace bizline
