#include "domain/ordering/eligibility.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <string>

#include "domain/party/customer.h"

namespace bizline {
namespace {

using Violations = std::vector<Violation>;

std::string OptionField(std::size_t index, std::string_view name) {
  return "options[" + std::to_string(index) + "]." + std::string(name);
}

// "YYYY-MM-DD" naming a real calendar day.
bool IsIsoDate(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  int y = std::stoi(text.substr(0, 4));
  unsigned m = static_cast<unsigned>(std::stoi(text.substr(5, 2)));
  unsigned d = static_cast<unsigned>(std::stoi(text.substr(8, 2)));
  return std::chrono::year_month_day(std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)).ok();
}

std::string ListValues(const std::vector<std::int64_t>& values) {
  std::string text;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) text += i + 1 == values.size() ? " or " : ", ";
    text += std::to_string(values[i]);
  }
  return text;
}

void CheckCustomer(const OrderRequest& order, Violations& out) {
  if (!order.customer_employees) {
    out.push_back({"CON-004", "customer.employees",
                   "State the customer's number of employees: the offer is for Clients with more than nine."});
    return;
  }
  if (*order.customer_employees < kMinimumClientEmployees) {
    out.push_back({"CON-004", "customer.employees",
                   "The customer has " + std::to_string(*order.customer_employees) +
                       " employees; the offer is only for Clients with more than nine employees."});
  }
}

// Returns the formula when it exists, even if it cannot be ordered, so that its options can
// still be checked and every problem reported at once.
const Formula* CheckFormula(const Catalog& catalog, const OrderRequest& order, Violations& out) {
  if (order.formula.empty()) {
    out.push_back({"CAT-002", "formula", "Choose a service formula: the Order Form must name one."});
    return nullptr;
  }
  const Formula* formula = catalog.FindFormula(order.formula);
  if (formula == nullptr) {
    out.push_back({"CAT-002", "formula", "'" + order.formula + "' is not a service formula of the catalog."});
    return nullptr;
  }
  if (formula->status == FormulaStatus::kStopSell) {
    out.push_back({"CAT-005", "formula", formula->name + " is in stop-sell: it takes no new orders."});
  }
  if (formula->status == FormulaStatus::kPending) {
    out.push_back(
        {"X-25", "formula", formula->name + " cannot be ordered yet: the contract does not define it completely."});
  }
  if (order.technology && *order.technology != ToString(formula->technology)) {
    out.push_back({"CAT-027", "characteristics.technology",
                   formula->name + " is delivered on " + std::string(ToString(formula->technology)) + ", not on " +
                       *order.technology + "."});
  }
  return formula;
}

void CheckTerm(const OrderRequest& order, Violations& out) {
  if (order.initial_term_months &&
      (*order.initial_term_months < 1 || *order.initial_term_months > kMaxInitialTermMonths)) {
    out.push_back({"ORD-002", "characteristics.initialTermMonths",
                   "The initial term is a whole number of months from 1 to " + std::to_string(kMaxInitialTermMonths) +
                       " (10 when not stated)."});
  }
}

void CheckIntegerValue(const CharacteristicDef& def, std::int64_t value, const std::string& field,
                       const std::string& option_name, Violations& out) {
  const auto& allowed = def.allowed_values;
  if (allowed.empty() || std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return;
  std::int64_t largest = *std::max_element(allowed.begin(), allowed.end());
  if (value > largest && !def.above_range_rule.empty()) {
    out.push_back({def.above_range_rule, field,
                   option_name + " offers at most " + std::to_string(largest) + " for " + def.name +
                       "; a larger assignment needs the RIPE-488 request path, not this option."});
    return;
  }
  out.push_back({def.rule, field, option_name + " " + def.name + " must be " + ListValues(allowed) + "."});
}

std::string ListTexts(const std::vector<std::string>& texts) {
  std::string text;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    if (i > 0) text += i + 1 == texts.size() ? " or " : ", ";
    text += "\"" + texts[i] + "\"";
  }
  return text;
}

// A word from a closed list (e.g. feasibilityStudy: positive or negative). A word outside the
// list is malformed; a listed word that is not accepted refuses the option (CAT-086: a negative
// study), except where the formula includes the option anyway (DEF, CAT-090).
void CheckTextValue(const CharacteristicDef& def, const std::string& value, const std::string& field,
                    const ComponentDef& option, ComponentAvailability availability, Violations& out) {
  const auto& allowed = def.allowed_texts;
  if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
    out.push_back({def.rule, field, option.name + " " + def.name + " must be " + ListTexts(allowed) + "."});
    return;
  }
  const auto& accepted = def.accepted_texts;
  if (accepted.empty() || availability == ComponentAvailability::kDefault) return;
  if (std::find(accepted.begin(), accepted.end(), value) != accepted.end()) return;
  out.push_back({def.rule, field,
                 option.name + " cannot be ordered with " + def.name + " \"" + value + "\"; it needs " +
                     ListTexts(accepted) + "."});
}

bool Required(const CharacteristicDef& def, ComponentAvailability availability) {
  switch (def.requirement) {
    case CharacteristicRequirement::kRequired: return true;
    case CharacteristicRequirement::kOptional: return false;
    case CharacteristicRequirement::kRequiredWhereOptional: return availability == ComponentAvailability::kOptional;
  }
  return true;
}

// `availability` is the option's cell in the ordered formula; kNotOffered when the formula is
// unknown or does not offer it (already reported), which asks for no formula-dependent value.
void CheckCharacteristics(const ComponentDef& option, const OrderOption& ordered, std::size_t index,
                          ComponentAvailability availability, Violations& out) {
  for (const auto& [name, value] : ordered.characteristics) {
    const CharacteristicDef* def = option.FindCharacteristic(name);
    std::string field = OptionField(index, name);
    if (def == nullptr) {
      out.push_back({"ORD-002", field, option.name + " has no characteristic '" + name + "'."});
      continue;
    }
    if (def->type == CharacteristicType::kInteger) {
      if (!std::holds_alternative<std::int64_t>(value)) {
        out.push_back({def->rule, field, option.name + " " + name + " must be a whole number."});
        continue;
      }
      CheckIntegerValue(*def, std::get<std::int64_t>(value), field, option.name, out);
      continue;
    }
    const auto* text = std::get_if<std::string>(&value);
    if (def->type == CharacteristicType::kText) {
      if (text == nullptr) {
        out.push_back({def->rule, field, option.name + " " + name + " must be a text."});
        continue;
      }
      CheckTextValue(*def, *text, field, option, availability, out);
      continue;
    }
    if (text == nullptr || !IsIsoDate(*text)) {
      out.push_back({def->rule, field, option.name + " " + name + " must be a date written YYYY-MM-DD."});
    }
  }
  for (const CharacteristicDef& def : option.characteristics) {
    if (Required(def, availability) && ordered.characteristics.find(def.name) == ordered.characteristics.end()) {
      std::string why =
          def.requirement == CharacteristicRequirement::kRequiredWhereOptional && !def.accepted_texts.empty()
              ? " (" + ListTexts(def.accepted_texts) + ")"
              : "";
      out.push_back({def.rule, OptionField(index, def.name), option.name + " needs " + def.name + why + "."});
    }
  }
}

// Returns the catalog entry of a well-formed option, nullptr otherwise (already reported).
const ComponentDef* CheckOptionId(const Catalog& catalog, const OrderOption& ordered, std::size_t index,
                                  std::set<std::string>& seen, Violations& out) {
  std::string field = OptionField(index, "id");
  if (ordered.id.empty()) {
    out.push_back({"ORD-002", field, "Each ordered option needs an id."});
    return nullptr;
  }
  const ComponentDef* option = catalog.FindComponent(ordered.id);
  if (option == nullptr) {
    out.push_back({"ORD-002", field, "'" + ordered.id + "' is not an option of the catalog."});
    return nullptr;
  }
  if (!option->orderable) {
    out.push_back({"CAT-007", field, option->name + " comes with the formula or not at all; it cannot be ordered."});
    return nullptr;
  }
  if (!seen.insert(ordered.id).second) {
    out.push_back({"ORD-002", field, option->name + " is ordered twice; order it once."});
    return nullptr;
  }
  return option;
}

void CheckOffered(const Formula& formula, const ComponentDef& option, std::size_t index, Violations& out) {
  if (formula.Availability(option.id) != ComponentAvailability::kNotOffered) return;
  out.push_back({option.rule, OptionField(index, "id"), formula.name + " does not offer " + option.name + "."});
}

// CAT-033: one speed upgrade per line; SLA-004: one service level per line.
void CheckExclusiveGroups(const std::vector<std::pair<std::size_t, const ComponentDef*>>& options, Violations& out) {
  const ComponentDef* speed = nullptr;
  const ComponentDef* tier = nullptr;
  for (const auto& [index, option] : options) {
    if (option->group == OptionGroup::kSpeedUpgrade) {
      if (speed != nullptr) {
        out.push_back(
            {"CAT-033", OptionField(index, "id"),
             "Only one speed upgrade per line: " + speed->name + " and " + option->name + " are both ordered."});
      }
      speed = speed == nullptr ? option : speed;
    }
    if (option->group == OptionGroup::kSlaTier) {
      if (tier != nullptr) {
        out.push_back({"SLA-004", OptionField(index, "id"),
                       "Choose one service level: " + tier->name + " and " + option->name + " are both ordered."});
      }
      tier = tier == nullptr ? option : tier;
    }
  }
}

void CheckWifi(const OrderRequest& order, const Formula* formula,
               const std::vector<std::pair<std::size_t, const ComponentDef*>>& options, Violations& out) {
  const std::string field = "characteristics.wifi";
  if (order.wifi == WifiChoice::kUnstated) {
    out.push_back({"ORD-002", field, "State whether wifi is on or off: the Order Form must say so."});
    return;
  }
  if (order.wifi != WifiChoice::kOn || formula == nullptr) return;
  if (!formula->WifiAvailable()) {
    bool no_router = formula->cpe != CpeType::kRouter;
    out.push_back({no_router ? "CAT-095" : "CAT-021", field,
                   formula->name + " has no wifi" +
                       (no_router ? ": Proximus supplies no router, so wifi must be off." : "; set wifi off.")});
    return;
  }
  for (const auto& [index, option] : options) {
    if (option->forces_wifi_off_rule.empty()) continue;
    out.push_back(
        {option->forces_wifi_off_rule, field, formula->name + " with " + option->name + " has no wifi: set wifi off."});
  }
}

}  // namespace

std::vector<Violation> CheckOrderEligibility(const Catalog& catalog, const OrderRequest& order) {
  Violations out;
  const Formula* formula = CheckFormula(catalog, order, out);
  std::vector<std::pair<std::size_t, const ComponentDef*>> options;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < order.options.size(); ++i) {
    const ComponentDef* option = CheckOptionId(catalog, order.options[i], i, seen, out);
    if (option == nullptr) continue;
    ComponentAvailability availability = ComponentAvailability::kNotOffered;
    if (formula != nullptr) {
      CheckOffered(*formula, *option, i, out);
      availability = formula->Availability(option->id);
    }
    CheckCharacteristics(*option, order.options[i], i, availability, out);
    options.emplace_back(i, option);
  }
  CheckExclusiveGroups(options, out);
  CheckWifi(order, formula, options, out);
  CheckTerm(order, out);
  CheckCustomer(order, out);
  return out;
}

}  // namespace bizline
