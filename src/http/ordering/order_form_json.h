// An Order Form as JSON -> OrderRequest, shared by `bizline order check` and `POST productOrder`
// so that both give the same verdict on the same order: a malformed field becomes a violation
// naming that field, and the rest of the order is still checked (CheckOrderForm).
// Order Form fields: formula, options[i].id / options[i].<characteristic>,
// characteristics.{wifi, initialTermMonths, technology}, customer.employees.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "domain/catalog/catalog.h"
#include "domain/ordering/order_request.h"

namespace bizline {

// An order read from JSON: what could be understood, and what could not.
struct ParsedOrder {
  nlohmann::json id;                  // echoed back as given; null when absent
  OrderRequest order;                 // malformed parts are left empty
  std::vector<Violation> violations;  // one per malformed field
};

// Reads {"id", "formula", "options": [{"id": ..., <characteristic>: ...}],
// "characteristics": {"wifi": "on"|"off", "initialTermMonths": N, "technology": ...},
// "customer": {"employees": N}}. Never throws.
ParsedOrder ParseOrderJson(const nlohmann::json& body);

// The same from one line of text; a line that is not a JSON object is one violation.
ParsedOrder ParseOrderLine(std::string_view line);

// Parse problems plus eligibility violations (CheckOrderForm).
std::vector<Violation> CheckParsedOrder(const Catalog& catalog, const ParsedOrder& parsed);

// {"id", "valid", "violations": [{"rule", "field", "message"}]}; rule is null when none applies.
nlohmann::ordered_json EligibilityJson(const nlohmann::json& id, const std::vector<Violation>& violations);

}  // namespace bizline
