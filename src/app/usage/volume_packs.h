// U-14, USE-004, USE-005, USE-009, X-13: a representative (for its own line) or staff order a
// Volume Pack; it raises the line's cap for the current Brussels month, its charge (paid for
// Internet Essential, free above fair use) is recorded for billing in arrears (BIL-003), and a
// throttle in force lifts at once when the raised cap is above the month's volume (U-13).
#pragma once

#include <vector>

#include "app/core/clock.h"
#include "app/core/storage.h"
#include "domain/catalog/catalog.h"
#include "domain/identity/role.h"
#include "domain/usage/volume_pack.h"

namespace bizline {

struct VolumePackOrdered {
  VolumePack pack;
  bool throttle_lifted = false;
};

class VolumePackService {
 public:
  VolumePackService(Storage& storage, const Catalog& catalog, const Clock& clock)
      : storage_(storage), catalog_(catalog), clock_(clock) {}

  // `by` names the orderer in the record (the user's e-mail or id).
  Result<VolumePackOrdered> Order(const Principal& principal, ProductId line, const std::string& by);

 private:
  Storage& storage_;
  const Catalog& catalog_;
  const Clock& clock_;
};

}  // namespace bizline
