// Reads tests/unit/data/sla_due_cases.txt, the product-owner-readable table of SLA due instants.
// One case per line, columns separated by '|':
//   formula | tier | priority | created | stop-clock | expected due | rules and why
// Times are ISO 8601; without an offset they are Brussels local time. Stop-clock is '-' or
// intervals "from..to" separated by ';'. Expected due is an instant or "none" (best effort).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "domain/calendar/business_calendar.h"
#include "domain/calendar/iso8601.h"
#include "domain/sla/priority.h"

namespace bizline::testing {

struct SlaCase {
  int line = 0;
  std::string formula;
  std::string tier;
  Priority priority = Priority::kP1;
  Instant created{};
  std::vector<TimeInterval> stop_clock;
  std::optional<Instant> expected;
  std::string why;
};

inline std::filesystem::path SlaCasesPath() {
  if (const char* root = std::getenv("BIZLINE_SOURCE_DIR")) {
    return std::filesystem::path(root) / "tests/unit/data/sla_due_cases.txt";
  }
  // __FILE__ is this header's absolute path when built by CMake.
  return std::filesystem::path(__FILE__).parent_path() / "data/sla_due_cases.txt";
}

inline std::string TrimCell(std::string s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

inline std::vector<std::string> SplitCells(const std::string& line, char sep) {
  std::vector<std::string> cells;
  std::stringstream in(line);
  for (std::string cell; std::getline(in, cell, sep);) cells.push_back(TrimCell(cell));
  return cells;
}

// Throws std::runtime_error naming the line on any malformed row: a broken table must fail.
inline std::vector<SlaCase> LoadSlaCases() {
  std::ifstream in(SlaCasesPath());
  if (!in) throw std::runtime_error("cannot open " + SlaCasesPath().string());
  std::vector<SlaCase> cases;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const std::string trimmed = TrimCell(line);
    if (trimmed.empty() || trimmed[0] == '#') continue;
    const auto where = SlaCasesPath().filename().string() + ":" + std::to_string(number) + ": ";
    const auto cells = SplitCells(trimmed, '|');
    if (cells.size() != 7) throw std::runtime_error(where + "expected 7 columns separated by '|'");
    SlaCase c;
    c.line = number;
    c.formula = cells[0];
    c.tier = cells[1] == "-" ? "" : cells[1];
    const auto priority = ParsePriority(cells[2]);
    if (!priority) throw std::runtime_error(where + "bad priority " + cells[2]);
    c.priority = *priority;
    auto created = ParseIso8601(cells[3], "created");
    if (!created) throw std::runtime_error(where + created.error().message);
    c.created = *created;
    if (cells[4] != "-") {
      for (const auto& interval : SplitCells(cells[4], ';')) {
        const auto dots = interval.find("..");
        if (dots == std::string::npos) throw std::runtime_error(where + "stop-clock interval is from..to");
        auto from = ParseIso8601(TrimCell(interval.substr(0, dots)), "stopClock");
        auto to = ParseIso8601(TrimCell(interval.substr(dots + 2)), "stopClock");
        if (!from || !to) throw std::runtime_error(where + "bad stop-clock instant in " + interval);
        c.stop_clock.push_back({*from, *to});
      }
    }
    if (cells[5] != "none") {
      auto expected = ParseIso8601(cells[5], "expected");
      if (!expected) throw std::runtime_error(where + expected.error().message);
      c.expected = *expected;
    }
    c.why = cells[6];
    cases.push_back(std::move(c));
  }
  return cases;
}

}  // namespace bizline::testing
