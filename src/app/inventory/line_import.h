// `bizline line import` (issue 11 item 3): stores the lines of an operator's previous system, read
// and checked row by row in the domain (domain/inventory/line_import.h), in one transaction: all
// rows or none. A customer is found by its enterprise number or created; a site by its address
// or created; a line whose User-Name is already there is left as it is, so running the same file
// twice imports it once. Lines are provisioned like an activated order (addresses from IPAM)
// without the activation notice, which the customer had from the previous system.
#pragma once

#include <span>
#include <vector>

#include "app/core/clock.h"
#include "app/core/storage.h"
#include "app/inventory/provisioning_service.h"
#include "domain/inventory/line_import.h"

namespace bizline {

struct LineImportReport {
  int imported = 0;
  int already_present = 0;  // same User-Name, same customer: nothing to do
  int customers_created = 0;
  int sites_created = 0;
};

class LineImporter {
 public:
  LineImporter(Storage& storage, const ProvisioningService& provisioning, const Clock& clock)
      : storage_(storage), provisioning_(provisioning), clock_(clock) {}

  // The day rows are checked against (ReadLineImportRow): today in Brussels.
  CivilDay Today() const;

  // Commits only when no row has a problem; otherwise `problems` says which rows and why, and
  // nothing is stored. An error is a failure of the database, not of a row.
  Result<LineImportReport> Import(std::span<const ImportedLine> lines, std::vector<RowProblem>& problems);

 private:
  Storage& storage_;
  const ProvisioningService& provisioning_;
  const Clock& clock_;
};

}  // namespace bizline
