#include "app/usage/volume_packs.h"

#include "app/core/permissions.h"
#include "app/inventory/visible_product.h"
#include "app/usage/ports.h"
#include "app/usage/throttling.h"

namespace bizline {

Result<VolumePackOrdered> VolumePackService::Order(const Principal& principal, ProductId id, const std::string& by) {
  const Instant now = clock_.Now();
  const Month month = MonthOf(now);
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  ASSIGN_OR_RETURN(auto line, VisibleProduct(*tx, principal, id));
  TRY(Require(principal, Operation::kVolumePackOrder));
  if (line.status != ProductStatus::kActive) {
    return Error::Precondition("line " + std::to_string(id.value()) + " is not active", "U-14");
  }
  const Formula* formula = catalog_.FindFormula(line.formula);
  if (formula == nullptr) return Error::Precondition("the line's formula is no longer in the catalog");
  ASSIGN_OR_RETURN(auto terms, VolumePackTermsOf(catalog_, *formula));

  VolumePackOrdered out;
  out.pack.line = line.id;
  out.pack.customer = line.customer_id;
  out.pack.month = month;
  out.pack.terms = terms;
  out.pack.ordered_at = now;
  out.pack.ordered_by = by;
  ASSIGN_OR_RETURN(out.pack.id, Enforcement(*tx).InsertVolumePack(out.pack));

  ASSIGN_OR_RETURN(const VolumeCap cap, MonthCap(*tx, catalog_, line, month));
  ASSIGN_OR_RETURN(Bytes volume, Usage(*tx).MonthVolume(line.radius_user_name, month));
  auto lifted = LiftWhenUnderCap(*tx, line.id, month, volume, cap, now);
  if (!lifted) {
    // The enforcer changed the throttle meanwhile: nothing was stored; the caller may retry.
    if (lifted.error().code == ErrorCode::kStale) return Error::Aborted("the line's throttle changed; retry");
    return lifted.error();
  }
  out.throttle_lifted = *lifted;
  TRY(tx->Commit());
  return out;
}

}  // namespace bizline
