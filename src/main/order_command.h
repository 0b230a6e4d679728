// `bizline order check`: order eligibility (src/domain/ordering/) for Order Forms given as JSON,
// one per line with --batch. Also the JSON -> OrderRequest parsing, as free functions the HTTP
// layer can reuse (and later move to src/http/order_json.*): a malformed field becomes a
// violation naming that field, and the rest of the order is still checked.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
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

// Parse problems plus eligibility violations. Where a field is malformed, the parse violation
// stands alone: eligibility findings on the same field (or inside it) are dropped.
std::vector<Violation> CheckParsedOrder(const Catalog& catalog, const ParsedOrder& parsed);

// {"id", "valid", "violations": [{"rule", "field", "message"}]}; rule is null when none applies.
nlohmann::ordered_json EligibilityJson(const nlohmann::json& id, const std::vector<Violation>& violations);

// Adds the `order` command group. `catalog_dir` is called when a command runs and names the
// directory holding offer.yaml and prices.yaml. A failing command throws CLI::RuntimeError
// carrying the exit code (2 for a bad catalog or input, 1 otherwise) after printing to stderr.
void AddOrderCommand(CLI::App& app, std::function<std::string()> catalog_dir);

}  // namespace bizline
