#include "domain/inventory/line_import.h"

#include <charconv>
#include <map>

#include "domain/core/csv.h"
#include "domain/core/text.h"
#include "domain/ordering/eligibility.h"
#include "domain/party/enterprise_number.h"

namespace bizline {
namespace {

enum Column : std::size_t {
  kUserName,
  kEnterpriseNumber,
  kCustomerName,
  kEmployees,
  kSiteAddress,
  kFormula,
  kOptions,
  kActivationDate,
  kColumnCount
};

std::string_view Trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

std::optional<std::int64_t> WholeNumber(std::string_view text) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// The import's column for a field of the order eligibility rules ("options[1].ipv4BlockSize").
std::string ColumnOfOrderField(std::string_view field) {
  if (field == "formula" || field == "characteristics.technology") return "formula";
  if (field.starts_with("options")) return "options";
  if (field == "customer.employees") return "employees";
  return "row";
}

// One option "id" or "id(name=value,...)".
std::optional<OrderOption> ParseOption(std::string_view text) {
  OrderOption option;
  const auto open = text.find('(');
  option.id = std::string(Trim(text.substr(0, open)));
  if (option.id.empty()) return std::nullopt;
  if (open == std::string_view::npos) return option;
  if (text.back() != ')') return std::nullopt;
  std::string_view inside = text.substr(open + 1, text.size() - open - 2);
  while (!inside.empty()) {
    const auto comma = inside.find(',');
    const std::string_view pair = inside.substr(0, comma);
    const auto eq = pair.find('=');
    if (eq == std::string_view::npos) return std::nullopt;
    const std::string name(Trim(pair.substr(0, eq)));
    const std::string_view value = Trim(pair.substr(eq + 1));
    if (name.empty() || value.empty() || option.characteristics.contains(name)) return std::nullopt;
    if (auto number = WholeNumber(value)) {
      option.characteristics.emplace(name, *number);
    } else {
      option.characteristics.emplace(name, std::string(value));
    }
    if (comma == std::string_view::npos) break;
    inside.remove_prefix(comma + 1);
  }
  return option;
}

}  // namespace

std::optional<PostalAddress> ParseSiteAddress(std::string_view text) {
  const auto comma = text.rfind(',');
  if (comma == std::string_view::npos) return std::nullopt;
  const std::string_view street = Trim(text.substr(0, comma));
  const std::string_view rest = Trim(text.substr(comma + 1));
  if (street.empty() || rest.size() < 6 || rest[4] != ' ') return std::nullopt;
  const std::string_view post_code = rest.substr(0, 4);
  if (!WholeNumber(post_code) || post_code[0] == '0') return std::nullopt;
  const std::string_view city = Trim(rest.substr(5));
  if (city.empty()) return std::nullopt;
  return PostalAddress{std::string(street), std::string(post_code), std::string(city), "BE"};
}

std::optional<std::vector<OrderOption>> ParseImportedOptions(std::string_view text) {
  std::vector<OrderOption> options;
  text = Trim(text);
  while (!text.empty()) {
    const auto semicolon = text.find(';');
    auto option = ParseOption(Trim(text.substr(0, semicolon)));
    if (!option) return std::nullopt;
    options.push_back(std::move(*option));
    if (semicolon == std::string_view::npos) break;
    text.remove_prefix(semicolon + 1);
  }
  return options;
}

std::optional<ImportedLine> ReadLineImportRow(const Catalog& catalog, CivilDay today, std::size_t row,
                                              std::string_view record, std::vector<RowProblem>& problems) {
  const std::size_t before = problems.size();
  const auto problem = [&](std::string field, std::string message, std::string rule = {}) {
    problems.push_back({row, std::move(field), std::move(rule), std::move(message)});
  };
  if (auto defect = FindTextDefect(record, TextKind::kLine)) {
    problem("row", "byte " + std::to_string(defect->offset + 1) + " " + defect->what);
    return std::nullopt;
  }
  auto fields = SplitCsvRecord(record);
  if (!fields) {
    problem("row", fields.error().message);
    return std::nullopt;
  }
  if (fields->size() != kColumnCount) {
    problem("row", "expected " + std::to_string(kColumnCount) + " fields, found " + std::to_string(fields->size()));
    return std::nullopt;
  }
  const auto field = [&](Column c) { return std::string(Trim((*fields)[c])); };

  ImportedLine line;
  line.row = row;
  line.user_name = field(kUserName);
  if (line.user_name.empty()) {
    problem("user_name", "the line's RADIUS User-Name is required");
  } else if (line.user_name.size() > kMaxRadiusUserNameBytes) {
    problem("user_name", "a RADIUS User-Name holds at most 253 bytes (RFC 2865)");
  }

  line.customer.name = field(kCustomerName);
  line.customer.enterprise_number = field(kEnterpriseNumber);
  if (auto employees = WholeNumber(field(kEmployees)); employees && *employees >= 0 && *employees <= 10'000'000) {
    line.customer.employees = static_cast<int>(*employees);
    line.order.customer_employees = *employees;
  } else {
    problem("employees", "must be a whole number of employees");
  }
  if (auto site = ParseSiteAddress(field(kSiteAddress))) {
    line.site = *site;
    line.customer.address = *site;
  } else {
    problem("site_address", "expected \"street and number, post code city\", e.g. \"Rue de la Loi 16, 1000 Brussel\"");
  }
  if (line.order.customer_employees) {
    // The customer's own checks (name, enterprise number mod-97, CON-004), one problem per field.
    Customer customer = line.customer;
    if (auto valid = ValidateCustomer(customer); !valid) {
      const std::string& f = valid.error().field;
      const std::string column = f == "name"                ? "customer_name"
                                 : f == "enterpriseNumber"  ? "enterprise_number"
                                 : f == "numberOfEmployees" ? "employees"
                                                            : "site_address";
      if (column != "employees") problem(column, valid.error().message, valid.error().rule);
    } else {
      line.customer = customer;
    }
  }

  line.order.formula = field(kFormula);
  line.order.wifi = WifiChoice::kOff;
  if (auto options = ParseImportedOptions((*fields)[kOptions])) {
    line.order.options = std::move(*options);
  } else {
    problem("options", "expected option ids separated by ';', each optionally with (name=value,...)");
  }
  for (const Violation& v : CheckOrderEligibility(catalog, line.order)) {
    if (v.rule == "CAT-005") continue;  // stop-sell stops new orders, not the lines sold before it
    problem(ColumnOfOrderField(v.field), v.message, v.rule);
  }

  if (auto day = ParseCivilDay(field(kActivationDate)); day && *day <= today) {
    line.activation_day = *day;
  } else if (day) {
    problem("activation_date", "an existing line cannot be activated after today (" + FormatCivilDay(today) + ")");
  } else {
    problem("activation_date", "expected a real date YYYY-MM-DD");
  }
  if (problems.size() != before) return std::nullopt;
  return line;
}

std::vector<RowProblem> CheckImportedLinesTogether(std::span<const ImportedLine> lines) {
  std::vector<RowProblem> problems;
  std::map<std::string_view, std::size_t> user_rows;
  std::map<std::string_view, const ImportedLine*> customers;
  for (const ImportedLine& line : lines) {
    if (auto [it, fresh] = user_rows.emplace(line.user_name, line.row); !fresh) {
      problems.push_back(
          {line.row, "user_name", "",
           "User-Name " + QuoteForLog(line.user_name) + " is already the line of row " + std::to_string(it->second)});
    }
    auto [it, fresh] = customers.emplace(line.customer.enterprise_number, &line);
    if (!fresh && it->second->customer.name != line.customer.name) {
      problems.push_back({line.row, "customer_name", "",
                          "enterprise number " + line.customer.enterprise_number + " is " +
                              QuoteForLog(it->second->customer.name) + " in row " + std::to_string(it->second->row)});
    }
  }
  return problems;
}

}  // namespace bizline
