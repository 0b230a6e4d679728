// A line's Service Window (U-05): the Incident Handling Window of its formula × SLA tier (T-15),
// as the SLA catalog states it ("Mon-Fri 08:00-22:00, Sat 08:00-16:30, excl. BPH"), for the
// inventory's readers (the portal shows it beside the tier).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "domain/inventory/product.h"
#include "domain/sla/sla_catalog.h"

namespace bizline {

class ServiceWindows {
 public:
  explicit ServiceWindows(std::shared_ptr<const SlaCatalog> sla) : sla_(std::move(sla)) {}
  // Nullopt when the formula has no service level or no SLA catalog is loaded.
  std::optional<std::string> Of(const Product& line) const;

 private:
  std::shared_ptr<const SlaCatalog> sla_;
};

}  // namespace bizline
