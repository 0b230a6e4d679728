// U-22: a line's monthly fee is the sum of the recurring prices of its formula and of its options
// (BIL-002), excluding VAT, one-off fees and usage charges. It is the base of every Service Credit
// (SLA-044, SLA-050) and of what billing charges each month.
#pragma once

#include <string>
#include <vector>

#include "domain/catalog/catalog.h"
#include "domain/core/money.h"

namespace bizline {

// An option price limited to other formulas (PriceItem::for_formulas) does not apply.
Cents MonthlyFee(const Catalog& catalog, const std::string& formula, const std::vector<std::string>& options);

}  // namespace bizline
