// The seam between ordering and provisioning: when an order reaches "configured and activated"
// (ORD-012 to ORD-016) the order use case asks for the line to be built, inside its own
// transaction, so the order step and the new product commit or roll back together.
// ProvisioningService (app/provisioning_service.h) does the work; ProvisioningLineProvisioner
// adapts it, and app tests substitute a recording double.
#pragma once

#include "app/ports/repositories.h"
#include "app/provisioning_service.h"

namespace bizline {

class LineProvisioner {
 public:
  virtual ~LineProvisioner() = default;
  virtual Result<ProductId> ProvisionLine(Transaction& tx, const LineSpec& spec, Instant activated_at) = 0;
};

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
