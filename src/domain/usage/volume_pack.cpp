#include "domain/usage/volume_pack.h"

#include <algorithm>

namespace bizline {

Result<VolumePackTerms> VolumePackTermsOf(const Catalog& catalog, const Formula& formula) {
  const Volume& volume = formula.volume;
  if (volume.policy == VolumePolicy::kUnlimited || volume.volume_pack == VolumePackCharge::kNone ||
      volume.pack_gb <= 0) {
    return Error::Precondition(formula.name + " has unlimited volume: it needs no Volume Pack", "USE-007");
  }
  for (const PriceItem* price : catalog.PricesFor("volume-pack")) {
    const auto& only = price->for_formulas;
    if (!only.empty() && std::find(only.begin(), only.end(), formula.id) == only.end()) continue;
    VolumePackTerms terms;
    terms.size = Bytes{static_cast<std::uint64_t>(volume.pack_gb) * kGigabyte};
    terms.charge = volume.volume_pack;
    // free above a fair-use threshold whatever the price list says, paid otherwise.
    terms.price = volume.volume_pack == VolumePackCharge::kFree ? Cents(0) : price->amount;
    terms.price_id = price->id;
    return terms;
  }
  return Error::Precondition("the price list has no Volume Pack price for " + formula.name, "USE-009");
}

}  // namespace bizline
