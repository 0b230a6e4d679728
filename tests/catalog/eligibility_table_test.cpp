// The order-eligibility case table (tests/unit/data/eligibility_cases.txt) run against the real
// catalog: each line is one Order Form and the rule IDs it must be refused with. The rules each
// line proves are named in its comment sections (CAT-005, CAT-033, CAT-095, IP-008, ORD-037...).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "catalog/offer_file.h"
#include "domain/ordering/eligibility.h"

namespace bizline {
namespace {

std::filesystem::path SourceDir() {
  if (const char* dir = std::getenv("BIZLINE_SOURCE_DIR")) return dir;
  for (auto dir = std::filesystem::current_path(); !dir.empty(); dir = dir.parent_path()) {
    if (std::filesystem::exists(dir / "catalog" / kOfferFileName)) return dir;
    if (dir == dir.parent_path()) break;
  }
  return "/work/main";
}

std::string Trim(const std::string& s) {
  auto begin = s.find_first_not_of(" \t");
  if (begin == std::string::npos) return "";
  return s.substr(begin, s.find_last_not_of(" \t\r") - begin + 1);
}

std::vector<std::string> Split(const std::string& s, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, separator)) parts.push_back(Trim(part));
  return parts;
}

struct Case {
  int line = 0;
  std::string name;
  OrderRequest order;
  std::vector<std::string> expected;  // empty: valid
};

bool IsNumber(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "ip-pack(ipv4BlockSize=8;x=y)" -> option with characteristics; numbers become integers.
OrderOption ParseOption(const std::string& text) {
  OrderOption option;
  auto open = text.find('(');
  option.id = text.substr(0, open);
  if (open == std::string::npos) return option;
  std::string inside = text.substr(open + 1, text.rfind(')') - open - 1);
  for (const std::string& pair : Split(inside, ';')) {
    auto eq = pair.find('=');
    std::string key = pair.substr(0, eq);
    std::string value = eq == std::string::npos ? "" : pair.substr(eq + 1);
    if (IsNumber(value)) {
      option.characteristics[key] = std::stoll(value);
    } else {
      option.characteristics[key] = value;
    }
  }
  return option;
}

std::vector<Case> LoadCases() {
  std::ifstream in(SourceDir() / "tests" / "unit" / "data" / "eligibility_cases.txt");
  EXPECT_TRUE(in) << "cannot read eligibility_cases.txt";
  std::vector<Case> cases;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    line = Trim(line);
    if (line.empty() || line[0] == '#') continue;
    auto fields = Split(line, '|');
    if (fields.size() != 7) {
      ADD_FAILURE() << "eligibility_cases.txt:" << number << ": expected 7 fields, got " << fields.size();
      continue;
    }
    Case c;
    c.line = number;
    c.name = fields[0];
    c.order.formula = fields[1];
    if (fields[2] != "-") {
      for (const std::string& option : Split(fields[2], ' ')) {
        if (!option.empty()) c.order.options.push_back(ParseOption(option));
      }
    }
    if (fields[3] == "on") c.order.wifi = WifiChoice::kOn;
    if (fields[3] == "off") c.order.wifi = WifiChoice::kOff;
    if (fields[4] != "-") c.order.initial_term_months = std::stoll(fields[4]);
    if (fields[5] != "-") c.order.customer_employees = std::stoll(fields[5]);
    if (fields[6] != "valid") {
      for (const std::string& rule : Split(fields[6], ' ')) {
        if (!rule.empty()) c.expected.push_back(rule);
      }
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

TEST(EligibilityTable, EveryCaseGetsExactlyTheExpectedRules) {
  auto catalog = LoadCatalogDir(SourceDir() / "catalog");
  ASSERT_TRUE(catalog.ok()) << catalog.error().message;
  auto cases = LoadCases();
  ASSERT_GE(cases.size(), 60u);
  for (const Case& c : cases) {
    std::vector<std::string> rules;
    std::string details;
    for (const Violation& v : CheckOrderEligibility(*catalog, c.order)) {
      rules.push_back(v.rule);
      details += "\n    " + v.rule + " " + v.field + ": " + v.message;
      EXPECT_FALSE(v.field.empty()) << c.name;
      EXPECT_FALSE(v.message.empty()) << c.name;
    }
    EXPECT_THAT(rules, ::testing::UnorderedElementsAreArray(c.expected))
        << "eligibility_cases.txt:" << c.line << " (" << c.name << ")" << details;
  }
}

// Every rule the table expects is one the rules catalog knows (no typo can make a case pass).
TEST(EligibilityTable, ExpectedRulesExistInTheSpecification) {
  std::ifstream rules_file("/work/shared/spec/rules.md");
  if (!rules_file) GTEST_SKIP() << "the specification is not available here";
  std::stringstream text;
  text << rules_file.rdbuf();
  for (const Case& c : LoadCases()) {
    for (const std::string& rule : c.expected) {
      bool known = text.str().find("| " + rule + " |") != std::string::npos ||
                   text.str().find("**" + rule + " ") != std::string::npos;
      EXPECT_TRUE(known) << rule << " in " << c.name;
    }
  }
}

}  // namespace
}  // namespace bizline
