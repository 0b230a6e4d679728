#include "http/ordering/order_form_json.h"

#include "domain/ordering/order_form_check.h"
#include "http/core/edge_text.h"

namespace bizline {
namespace {

using json = nlohmann::json;

const std::string kWholeOrder(kWholeOrderField);  // the field of a violation about the whole input

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
  ParsedOrder parsed;
  // The same edge checks as an HTTP body: UTF-8, nesting, no control characters in strings.
  if (auto s = http::CheckJsonBytes(line, "line"); !s) {
    Add(parsed, "ORD-002", kWholeOrder, "The " + s.error().message + ".");
    return parsed;
  }
  json body = json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded()) {
    Add(parsed, "ORD-002", kWholeOrder, "The line is not valid JSON.");
    return parsed;
  }
  if (auto s = http::CheckJsonText(body); !s) {
    Add(parsed, "ORD-002", s.error().field, s.error().message + ".");
    return parsed;
  }
  return ParseOrderJson(body);
}

std::vector<Violation> CheckParsedOrder(const Catalog& catalog, const ParsedOrder& parsed) {
  return CheckOrderForm(catalog, parsed.order, parsed.violations);
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

}  // namespace bizline
