// Rules the catalog itself must obey, whoever edits catalog/offer.yaml: a Temporary formula
// always has mobile backup (CAT-090), Rush Provisioning exists only on Temporary lines
// (ORD-037), the IP cells agree with T-09 (CAT-055), port 23 is never opened (CFG-034), every
// formula has an activation fee and a monthly fee (BIL-001)... The loader reports each issue at
// the place in the file it comes from.
#pragma once

#include <string>
#include <vector>

#include "domain/catalog/catalog.h"

namespace bizline {

struct CatalogIssue {
  std::string formula;  // the formula concerned, empty for catalog-wide issues
  std::string subject;  // a component id or an attribute ("ip", "speed", "ports", "prices"...)
  std::string message;
  std::string rule;
};

// Returns every issue found, in catalog order; empty when the catalog is consistent.
std::vector<CatalogIssue> CheckCatalogConsistency(const Catalog& catalog);

}  // namespace bizline
