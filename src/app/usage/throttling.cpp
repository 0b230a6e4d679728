#include "app/usage/throttling.h"

#include "app/usage/ports.h"
#include "domain/usage/throttle.h"
#include "domain/usage/volume_cap.h"

namespace bizline {

Result<VolumeCap> MonthCap(Transaction& tx, const Catalog& catalog, const Product& line, Month month) {
  const Formula* formula = catalog.FindFormula(line.formula);
  if (formula == nullptr) return VolumeCap{};
  if (CapOf(formula->volume, line.options).kind == CapKind::kUnlimited) return VolumeCap{};
  ASSIGN_OR_RETURN(auto packs, Enforcement(tx).VolumePacks(line.id, month));
  return CapWithPacks(catalog, line, packs);
}

VolumeCap CapWithPacks(const Catalog& catalog, const Product& line, std::span<const VolumePack> packs) {
  const Formula* formula = catalog.FindFormula(line.formula);
  if (formula == nullptr) return VolumeCap{};
  const VolumeCap cap = CapOf(formula->volume, line.options);
  if (cap.kind == CapKind::kUnlimited) return cap;
  Bytes added;
  for (const VolumePack& p : packs) added += p.terms.size;
  return WithPacks(cap, added);
}

Result<bool> ThrottleWhenOverCap(Transaction& tx, const Catalog& catalog, const Product& line, Month month,
                                 Bytes volume, const VolumeCap& cap, Instant now) {
  // A month already over is not throttled after the fact (records imported late, U-13).
  if (UsageLevel(volume, cap) < 100 || month != MonthOf(now) || line.status != ProductStatus::kActive) return false;
  const Formula* formula = catalog.FindFormula(line.formula);
  if (formula == nullptr || formula->volume.throttle.profile.empty()) return false;
  ASSIGN_OR_RETURN(auto open, Enforcement(tx).OpenThrottle(line.id, month));
  if (open) return false;
  Throttle t;
  t.line = line.id;
  t.user_name = line.radius_user_name;
  t.month = month;
  t.profile = formula->volume.throttle.profile;
  t.lift_profile = formula->id;
  ASSIGN_OR_RETURN(auto target, Enforcement(tx).LatestSession(line.radius_user_name));
  if (target && !target->nas_address.empty()) {
    t.nas_address = target->nas_address;
    t.session_id = target->session_id;
    t.state = ThrottleState::kPending;
  } else {
    t.state = ThrottleState::kUnreachable;
    t.last_error = "no NAS is known for this user: its volume came from a file";
  }
  t.created_at = now;
  t.next_attempt_at = now;
  ASSIGN_OR_RETURN(auto inserted, Enforcement(tx).InsertThrottle(t));
  return inserted.has_value();  // else a concurrent transaction throttled the line first
}

Result<bool> LiftWhenUnderCap(Transaction& tx, ProductId line, Month month, Bytes volume, const VolumeCap& cap,
                              Instant now) {
  if (UsageLevel(volume, cap) >= 100) return false;
  ASSIGN_OR_RETURN(auto open, Enforcement(tx).OpenThrottle(line, month));
  if (!open) return false;
  Throttle t = *open;
  if (t.nas_address.empty()) {
    t.state = ThrottleState::kLifted;  // nothing was ever sent: nothing to undo
    t.lifted_at = now;
  } else {
    t.state = ThrottleState::kLiftPending;
    t.attempts = 0;
    t.next_attempt_at = now;
  }
  TRY(Enforcement(tx).UpdateThrottle(t));
  return true;
}

}  // namespace bizline
