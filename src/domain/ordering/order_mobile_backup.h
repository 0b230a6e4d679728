// Indoor coverage of the mobile backup option found during implementation (CAT-086 to
// CAT-089). A positive pre-sales feasibility study does not guarantee indoor coverage (CAT-087):
// staff may record that it is not assured; Proximus may then install indoor antennas as a paid
// option at the price-list amount (CAT-088, T-20 #15); when the antennas do not give coverage
// the mobile backup option leaves the order, so the line is activated without it, and Proximus
// owes no compensation (CAT-089): the antennas stay charged, nothing is credited.
#pragma once

#include <string_view>

#include "domain/catalog/option_ids.h"
#include "domain/core/result.h"
#include "domain/ordering/order.h"

namespace bizline {

inline constexpr std::string_view kIndoorAntennaPriceId = "indoor-antenna";

bool HasMobileBackup(const ProductOrder& order);

// CAT-088: indoor coverage is not assured at the Site.
Status RecordCoverageNotAssured(ProductOrder& order, Instant now);
// CAT-088: `count` more antennas installed at `unit_price` each (the price list's amount).
Status InstallIndoorAntennas(ProductOrder& order, int count, Cents unit_price, Instant now);
// CAT-088, CAT-089: what the antennas gave: kCoveredByAntennas, or kNotCovered, which removes
// the mobile backup option from the order.
Status RecordAntennaResult(ProductOrder& order, IndoorCoverage result, Instant now);

}  // namespace bizline
