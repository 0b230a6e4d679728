// Loads the offer-as-data files (catalog/offer.yaml and catalog/prices.yaml) into the domain
// Catalog. Every problem is reported with its place in the file ("offer.yaml:12:7: ..."), all
// at once, so a product owner editing the catalog can fix it in one pass: YAML syntax, unknown
// keys and ids, bad DEF/OPT cells, duplicate ids, negative prices, and the catalog's own rules
// (CheckCatalogConsistency: ORD-037, CAT-090, CAT-055, CFG-034, BIL-001...).
#pragma once

#include <filesystem>
#include <string>

#include "domain/catalog/catalog.h"
#include "domain/core/result.h"

namespace bizline {

inline constexpr const char* kOfferFileName = "offer.yaml";
inline constexpr const char* kPricesFileName = "prices.yaml";

// Reads <dir>/offer.yaml and <dir>/prices.yaml. A missing file is NotFound; any content problem
// is InvalidArgument whose message lists every problem, one per line, and whose field is the
// location of the first one.
Result<Catalog> LoadCatalogDir(const std::filesystem::path& dir);

// The same from text already in memory; the names only label the locations in messages.
Result<Catalog> ParseCatalog(const std::string& offer_text, const std::string& offer_name,
                             const std::string& prices_text, const std::string& prices_name);

}  // namespace bizline
