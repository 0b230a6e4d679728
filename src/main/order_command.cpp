#include "main/order_command.h"

#include <filesystem>
#include <iostream>
#include <memory>
#include <utility>

#include "catalog/offer_file.h"
#include "domain/ordering/eligibility.h"

namespace bizline {
namespace {

Catalog LoadOrExit(const std::function<std::string()>& catalog_dir) {
  auto loaded = LoadCatalogDir(std::filesystem::path(catalog_dir()));
  if (!loaded) {
    std::cerr << "error: the catalog cannot be loaded:\n" << loaded.error().message << "\n";
    throw CLI::RuntimeError(loaded.error().code == ErrorCode::kInvalidArgument ? 2 : 1);
  }
  return std::move(loaded).value();
}

// One JSON line out per line in, in order; empty lines are skipped. Returns the number of
// orders with at least one violation.
std::size_t CheckBatch(const Catalog& catalog, std::istream& in, std::ostream& out) {
  std::size_t invalid = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ParsedOrder parsed = ParseOrderLine(line);
    auto violations = CheckParsedOrder(catalog, parsed);
    invalid += violations.empty() ? 0 : 1;
    out << EligibilityJson(parsed.id, violations).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
        << '\n';
  }
  out.flush();
  return invalid;
}

}  // namespace

void AddOrderCommand(CLI::App& app, std::function<std::string()> catalog_dir) {
  auto* order = app.add_subcommand("order", "order tools over the catalog (catalog/offer.yaml)");
  order->require_subcommand(1);
  auto* check = order->add_subcommand(
      "check", "check Order Forms against the catalog: every violation with its rule ID (ORD-002, CAT-*, CON-004)");
  struct Options {
    bool batch = false;
    std::string order_json;
  };
  auto options = std::make_shared<Options>();
  check->add_flag("--batch", options->batch,
                  "read one JSON order per line on stdin, write one JSON result per line on stdout");
  check->add_option("order", options->order_json, "one order as JSON (without --batch)");
  check->callback([options, catalog_dir = std::move(catalog_dir)] {
    if (options->batch == !options->order_json.empty()) {
      std::cerr << "error: give either --batch (JSON lines on stdin) or one order as JSON\n";
      throw CLI::RuntimeError(2);
    }
    const Catalog catalog = LoadOrExit(catalog_dir);
    if (options->batch) {
      CheckBatch(catalog, std::cin, std::cout);
      return;
    }
    ParsedOrder parsed = ParseOrderLine(options->order_json);
    auto violations = CheckParsedOrder(catalog, parsed);
    std::cout
        << EligibilityJson(parsed.id, violations).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
        << '\n';
    if (!violations.empty()) throw CLI::RuntimeError(1);
  });
}

}  // namespace bizline
