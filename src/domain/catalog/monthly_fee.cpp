#include "domain/catalog/monthly_fee.h"

#include <algorithm>

namespace bizline {
namespace {

Cents RecurringOf(const Catalog& catalog, const std::string& offering, const std::string& formula) {
  Cents sum;
  for (const PriceItem* price : catalog.PricesFor(offering)) {
    if (price->type != PriceType::kRecurring) continue;
    const auto& only = price->for_formulas;
    if (!only.empty() && std::find(only.begin(), only.end(), formula) == only.end()) continue;
    sum = sum + price->amount;
  }
  return sum;
}

}  // namespace

Cents MonthlyFee(const Catalog& catalog, const std::string& formula, const std::vector<std::string>& options) {
  Cents fee = RecurringOf(catalog, formula, formula);
  for (const std::string& option : options) fee = fee + RecurringOf(catalog, option, formula);
  return fee;
}

}  // namespace bizline
