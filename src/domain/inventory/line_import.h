// Lines moved from another system (issue 11 item 3, `bizline line import FILE.csv`): each row of
// the file is an existing line with its RADIUS User-Name, its customer and site, its formula and
// options and the day it was activated. A row is read and checked here, purely: its text, the
// customer's identity (enterprise number mod-97, CON-004), the site address, and the catalog as an
// order would be (CheckOrderEligibility) except stop-sell, which lines sold before it may have
// (CAT-005). The use case (app/inventory/line_import.h) stores the rows or none of them.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/catalog/catalog.h"
#include "domain/core/time_text.h"
#include "domain/ordering/order_request.h"
#include "domain/party/customer.h"

namespace bizline {

inline constexpr std::string_view kLineImportHeader =
    "user_name,enterprise_number,customer_name,employees,site_address,formula,options,activation_date";

// RFC 2865 §5: an attribute's value holds at most 253 bytes; a longer User-Name never arrives.
inline constexpr std::size_t kMaxRadiusUserNameBytes = 253;

struct ImportedLine {
  std::size_t row = 0;    // the file's line number; the header is row 1
  std::string user_name;  // the RADIUS User-Name: the import's key, unique among lines
  Customer customer;      // name, canonical enterprise number, employees; its address is the site's
  PostalAddress site;
  OrderRequest order;  // formula, options, wifi off (the file does not say), the customer's size
  CivilDay activation_day{};
};

// One reason a row cannot be imported: its row number, the column, the rule when one applies.
struct RowProblem {
  std::size_t row = 0;
  std::string field;
  std::string rule;
  std::string message;

  friend bool operator==(const RowProblem&, const RowProblem&) = default;
};

// Reads one data row; appends every problem found to `problems` and returns the line only when
// the row has none. `today` (Brussels) is the latest activation day an existing line can have.
std::optional<ImportedLine> ReadLineImportRow(const Catalog& catalog, CivilDay today, std::size_t row,
                                              std::string_view record, std::vector<RowProblem>& problems);

// Problems between rows: a User-Name twice in the file, an enterprise number given two names.
std::vector<RowProblem> CheckImportedLinesTogether(std::span<const ImportedLine> lines);

// "Rue de la Loi 16, 1000 Brussel" -> street, four-digit Belgian post code, city.
std::optional<PostalAddress> ParseSiteAddress(std::string_view text);

// "fixed-ipv4;ip-pack(ipv4BlockSize=8)": option ids separated by `;`, each optionally followed by
// characteristics in parentheses (`name=value`, several separated by `,`: then quote the field).
// Whole numbers become numbers, anything else text.
std::optional<std::vector<OrderOption>> ParseImportedOptions(std::string_view text);

}  // namespace bizline
