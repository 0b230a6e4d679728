// An order as the Order Form states it (ORD-002): the formula, the options with their
// characteristics, wifi on or off, the initial term, and the Client's size (CON-004). Plain
// values: the CLI and the HTTP layer parse JSON into this, the eligibility rules read it.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace bizline {

// Characteristic values arrive as whole numbers (ipv4BlockSize) or text (dates, names).
using CharacteristicValue = std::variant<std::int64_t, std::string>;

struct OrderOption {
  std::string id;
  std::map<std::string, CharacteristicValue, std::less<>> characteristics;
};

enum class WifiChoice { kUnstated, kOn, kOff };

// CON-008, X-36: the Initial Period is ten months unless the Order Form says otherwise.
inline constexpr int kDefaultInitialTermMonths = 10;
// The longest initial term an Order Form may state: ten years. The contract sets no upper bound
// (CON-008, X-36); anything longer is a typing error, refused when the order is placed rather
// than failing later at activation, when the contract's end date is computed.
inline constexpr int kMaxInitialTermMonths = 120;

struct OrderRequest {
  std::string formula;
  std::vector<OrderOption> options;
  WifiChoice wifi = WifiChoice::kUnstated;
  std::optional<std::int64_t> initial_term_months;  // unset: kDefaultInitialTermMonths
  std::optional<std::string> technology;            // optional; must match the formula (CAT-027)
  std::optional<std::int64_t> customer_employees;
};

// One reason an order cannot be accepted: the rule broken, the order field concerned (in the
// API's spelling, e.g. "options[2].ipv4BlockSize") and a sentence for a sales person.
struct Violation {
  std::string rule;
  std::string field;
  std::string message;

  friend bool operator==(const Violation&, const Violation&) = default;
};

}  // namespace bizline
