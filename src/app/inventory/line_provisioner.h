// The inventory's side of the ordering seam: ProvisioningLineProvisioner implements the
// ordering capability's LineProvisioner port (app/ordering/ports.h) with ProvisioningService, so
// an activated order builds its line inside the order's own transaction.
#pragma once

#include "app/inventory/provisioning_service.h"
#include "app/ordering/ports.h"

namespace bizline {

class ProvisioningLineProvisioner final : public LineProvisioner {
 public:
  explicit ProvisioningLineProvisioner(const ProvisioningService& service) : service_(service) {}
  Result<ProductId> ProvisionLine(Transaction& tx, const LineSpec& spec, Instant activated_at) override {
    return service_.ProvisionLine(tx, spec, activated_at);
  }

 private:
  const ProvisioningService& service_;
};

}  // namespace bizline
