#include "app/inventory/service_windows.h"

namespace bizline {

std::optional<std::string> ServiceWindows::Of(const Product& line) const {
  if (!sla_) return std::nullopt;
  auto terms = sla_->Terms(line.formula, line.sla_tier);
  if (!terms || (*terms)->calendar == nullptr) return std::nullopt;
  return ToString((*terms)->calendar->window());
}

}  // namespace bizline
