#include "main/order_command.h"

#include <filesystem>
#include <iostream>
#include <memory>
#include <utility>

#include "catalog/offer_file.h"
#include "domain/ordering/eligibility.h"

namespace bizline {
namespace {

using json = nlohmann::json;

constexpr const char* kWholeOrder = "order";  // the field of a violation about the whole input

void Add(ParsedOrder& parsed, std::string rule, std::string field, std::string message) {
  parsed.violations.push_back({std::move(rule), std::move(field), std::move(message)});
}

std::string Describe(const json& value) {
  switch (value.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "true/false";
    case json::value_t::number_float: return "a decimal number";
    case json::value_t::array: return "a list";
    case json::value_t::object: return "an object";
    default: return value.dump();
  }
}

void ParseOption(const json& item, std::size_t index, ParsedOrder& parsed) {
  const std::string field = "options[" + std::to_string(index) + "]";
  OrderOption option;
  if (!item.is_object()) {
    Add(parsed, "ORD-002", field,
        "Each option is an object such as {\"id\": \"fixed-ipv4\"}, not " + Describe(item) + ".");
    parsed.order.options.push_back(option);  // keeps the indices of the later options
    return;
  }
  for (const auto& [name, value] : item.items()) {
    if (name == "id") {
      if (value.is_string()) {
        option.id = value.get<std::string>();
      } else {
        Add(parsed, "ORD-002", field + ".id",
            "The option id is a text such as \"ip-pack\", not " + Describe(value) + ".");
      }
      continue;
    }
    if (value.is_number_integer()) {
      option.characteristics[name] = value.get<std::int64_t>();
    } else if (value.is_string()) {
      option.characteristics[name] = value.get<std::string>();
    } else {
      Add(parsed, "ORD-002", field + "." + name,
          name + " must be a whole number or a text, not " + Describe(value) + ".");
    }
  }
  parsed.order.options.push_back(std::move(option));
}

void ParseOptions(const json& options, ParsedOrder& parsed) {
  if (!options.is_array()) {
    Add(parsed, "ORD-002", "options", "options is a list of objects, not " + Describe(options) + ".");
    return;
  }
  for (std::size_t i = 0; i < options.size(); ++i) ParseOption(options[i], i, parsed);
}

void ParseCharacteristics(const json& characteristics, ParsedOrder& parsed) {
  if (!characteristics.is_object()) {
    Add(parsed, "ORD-002", "characteristics", "characteristics is an object such as {\"wifi\": \"off\"}.");
    return;
  }
  for (const auto& [name, value] : characteristics.items()) {
    const std::string field = "characteristics." + name;
    if (name == "wifi") {
      if (value == "on") {
        parsed.order.wifi = WifiChoice::kOn;
      } else if (value == "off") {
        parsed.order.wifi = WifiChoice::kOff;
      } else {
        Add(parsed, "ORD-002", field, "wifi is \"on\" or \"off\", not " + Describe(value) + ".");
      }
    } else if (name == "initialTermMonths") {
      if (value.is_number_integer()) {
        parsed.order.initial_term_months = value.get<std::int64_t>();
      } else {
        Add(parsed, "ORD-002", field, "initialTermMonths is a whole number of months, not " + Describe(value) + ".");
      }
    } else if (name == "technology") {
      if (value.is_string()) {
        parsed.order.technology = value.get<std::string>();
      } else {
        Add(parsed, "CAT-027", field, "technology is \"copper\" or \"fiber\", not " + Describe(value) + ".");
      }
    } else {
      Add(parsed, "ORD-002", field,
          "'" + name + "' is not an order characteristic (wifi, initialTermMonths, technology).");
    }
  }
}

void ParseCustomer(const json& customer, ParsedOrder& parsed) {
  if (!customer.is_object()) {
    Add(parsed, "CON-004", "customer", "customer is an object such as {\"employees\": 25}.");
    return;
  }
  auto employees = customer.find("employees");
  if (employees == customer.end()) return;  // eligibility says it is required
  if (!employees->is_number_integer() || employees->get<std::int64_t>() < 0) {
    Add(parsed, "CON-004", "customer.employees", "employees is a whole number, not " + Describe(*employees) + ".");
    return;
  }
  parsed.order.customer_employees = employees->get<std::int64_t>();
}

// True when `field` is `prefix` or lies inside it ("options[1].id" inside "options[1]").
bool Within(const std::string& field, const std::string& prefix) {
  if (field.compare(0, prefix.size(), prefix) != 0) return false;
  return field.size() == prefix.size() || field[prefix.size()] == '.' || field[prefix.size()] == '[';
}

}  // namespace

ParsedOrder ParseOrderJson(const json& body) {
  ParsedOrder parsed;
  if (!body.is_object()) {
    Add(parsed, "ORD-002", kWholeOrder, "An order is one JSON object, not " + Describe(body) + ".");
    return parsed;
  }
  for (const auto& [name, value] : body.items()) {
    if (name == "id") {
      parsed.id = value;
    } else if (name == "formula") {
      if (value.is_string()) {
        parsed.order.formula = value.get<std::string>();
      } else {
        Add(parsed, "CAT-002", "formula",
            "formula is a formula id such as \"internet-pro\", not " + Describe(value) + ".");
      }
    } else if (name == "options") {
      ParseOptions(value, parsed);
    } else if (name == "characteristics") {
      ParseCharacteristics(value, parsed);
    } else if (name == "customer") {
      ParseCustomer(value, parsed);
    } else {
      Add(parsed, "ORD-002", name,
          "'" + name + "' is not part of an order (id, formula, options, characteristics, customer).");
    }
  }
  return parsed;
}

ParsedOrder ParseOrderLine(std::string_view line) {
  json body = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded()) {
    ParsedOrder parsed;
    Add(parsed, "ORD-002", kWholeOrder, "The line is not valid JSON.");
    return parsed;
  }
  return ParseOrderJson(body);
}

std::vector<Violation> CheckParsedOrder(const Catalog& catalog, const ParsedOrder& parsed) {
  std::vector<Violation> all = parsed.violations;
  for (const Violation& p : parsed.violations) {
    if (p.field == kWholeOrder) return all;  // nothing was understood: nothing more to say
  }
  for (Violation& v : CheckOrderEligibility(catalog, parsed.order)) {
    bool explained = false;
    for (const Violation& p : parsed.violations) explained = explained || Within(v.field, p.field);
    if (!explained) all.push_back(std::move(v));
  }
  return all;
}

nlohmann::ordered_json EligibilityJson(const json& id, const std::vector<Violation>& violations) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const Violation& v : violations) {
    list.push_back({{"rule", v.rule.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(v.rule)},
                    {"field", v.field},
                    {"message", v.message}});
  }
  return {{"id", id}, {"valid", violations.empty()}, {"violations", std::move(list)}};
}

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
    out << EligibilityJson(parsed.id, violations).dump() << '\n';
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
    std::cout << EligibilityJson(parsed.id, violations).dump(2) << '\n';
    if (!violations.empty()) throw CLI::RuntimeError(1);
  });
}

}  // namespace bizline
