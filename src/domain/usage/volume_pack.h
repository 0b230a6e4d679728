// U-14, USE-004, USE-005, USE-009, X-13: a Volume Pack raises one line's volume for the calendar
// month it is ordered in (Europe/Brussels) by the size its formula's catalog row states. It is
// paid for Internet Essential and its like-for-like, free above a fair-use threshold; its charge
// is recorded with it and billed in arrears (BIL-003) at the price list's amount of that day.
#pragma once

#include <string>

#include "domain/catalog/catalog.h"
#include "domain/core/ids.h"
#include "domain/core/money.h"
#include "domain/core/result.h"
#include "domain/usage/volume.h"

namespace bizline {

struct VolumePackTerms {
  Bytes size;
  VolumePackCharge charge = VolumePackCharge::kNone;
  Cents price;           // 0 when free
  std::string price_id;  // the price list item billed (prices.yaml)
};

// FailedPrecondition naming USE-007 for a formula with unlimited volume, or when the price list
// has no Volume Pack price for the formula.
Result<VolumePackTerms> VolumePackTermsOf(const Catalog& catalog, const Formula& formula);

struct VolumePack {
  std::int64_t id = 0;
  ProductId line;
  CustomerId customer;
  Month month;
  VolumePackTerms terms;
  Instant ordered_at{};
  std::string ordered_by;  // the user's e-mail, for the customer's and the billing staff's history
};

}  // namespace bizline
