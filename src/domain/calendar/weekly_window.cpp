#include "domain/calendar/weekly_window.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "domain/calendar/concat.h"
namespace bizline {
namespace {

constexpr std::array<std::string_view, 7> kDayNames = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr int kDay = 24 * 3600;

Error Bad(std::string message) { return Error::Invalid("window", std::move(message)); }

std::string Normalize(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    // U+2013 EN DASH and U+2014 EM DASH, as typed in the contract's tables.
    if (text.compare(i, 3, "\xE2\x80\x93") == 0 || text.compare(i, 3, "\xE2\x80\x94") == 0) {
      out += '-';
      i += 2;
      continue;
    }
    out += text[i];
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

int DayIndex(std::string_view name) {
  for (int i = 0; i < 7; ++i) {
    const auto& d = kDayNames[i];
    if (name.size() == 3 && std::equal(name.begin(), name.end(), d.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        })) {
      return i;
    }
  }
  return -1;
}

// "HH:MM" -> seconds after midnight; 24:00 allowed.
Result<int> ParseClock(std::string_view s) {
  if (s.size() != 5 || s[2] != ':' || !std::isdigit(static_cast<unsigned char>(s[0])) ||
      !std::isdigit(static_cast<unsigned char>(s[1])) || !std::isdigit(static_cast<unsigned char>(s[3])) ||
      !std::isdigit(static_cast<unsigned char>(s[4]))) {
    return Bad(Concat("'", s, "' is not a time of day HH:MM"));
  }
  const int hours = (s[0] - '0') * 10 + (s[1] - '0');
  const int minutes = (s[3] - '0') * 10 + (s[4] - '0');
  if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) {
    return Bad(Concat("'", s, "' is not a time of day between 00:00 and 24:00"));
  }
  return hours * 3600 + minutes * 60;
}

Result<DailyInterval> ParseRange(std::string_view s) {
  const auto dash = s.find('-');
  if (dash == std::string_view::npos) return Bad(Concat("'", s, "' is not a range HH:MM-HH:MM"));
  ASSIGN_OR_RETURN(auto begin, ParseClock(Trim(s.substr(0, dash))));
  ASSIGN_OR_RETURN(auto end, ParseClock(Trim(s.substr(dash + 1))));
  if (end <= begin) return Bad(Concat("the range '", s, "' ends before it begins"));
  return DailyInterval{begin, end};
}

// "Mon", "Mon-Fri" (wrapping ranges such as "Sat-Sun" are fine, "Fri-Mon" wraps over Sunday).
Result<std::vector<int>> ParseDays(std::string_view s) {
  const auto dash = s.find('-');
  const int first = DayIndex(Trim(s.substr(0, dash)));
  const int last = dash == std::string_view::npos ? first : DayIndex(Trim(s.substr(dash + 1)));
  if (first < 0 || last < 0) return Bad(Concat("'", s, "' is not a day (Mon..Sun) or day range (Mon-Fri)"));
  std::vector<int> out;
  for (int d = first;; d = (d + 1) % 7) {
    out.push_back(d);
    if (d == last) break;
  }
  return out;
}

bool IsHolidayClause(std::string_view item, PublicHolidays& policy) {
  std::string lowered;
  for (char c : item) {
    if (!std::isspace(static_cast<unsigned char>(c)))
      lowered += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (lowered == "excl.bph" || lowered == "exclbph") {
    policy = PublicHolidays::kClosed;
    return true;
  }
  if (lowered == "incl.bph" || lowered == "inclbph") {
    policy = PublicHolidays::kOpen;
    return true;
  }
  return false;
}

Status ParseItem(std::string_view item, WeeklyWindow& window) {
  if (IsHolidayClause(item, window.public_holidays)) return Ok{};
  const auto space = item.find_first_of(" \t");
  if (space == std::string_view::npos) return Bad(Concat("'", item, "' names no hours, e.g. 'Mon-Fri 08:00-20:00'"));
  auto days = ParseDays(item.substr(0, space));
  if (!days) return days.error();
  std::vector<DailyInterval> ranges;
  std::string_view rest = Trim(item.substr(space));
  while (!rest.empty()) {
    const auto sep = rest.find_first_of(" \t+");
    ASSIGN_OR_RETURN(auto range, ParseRange(Trim(rest.substr(0, sep))));
    ranges.push_back(range);
    if (sep == std::string_view::npos) break;
    rest = Trim(rest.substr(sep + 1));
    if (!rest.empty() && rest.front() == '+') rest = Trim(rest.substr(1));
  }
  for (int d : *days) {
    auto& list = window.days[d];
    list.insert(list.end(), ranges.begin(), ranges.end());
    std::sort(list.begin(), list.end(), [](auto a, auto b) { return a.begin < b.begin; });
    for (std::size_t i = 1; i < list.size(); ++i) {
      if (list[i].begin < list[i - 1].end) {
        return Bad(Concat("the hours given for ", kDayNames[d], " overlap"));
      }
    }
  }
  return Ok{};
}

std::string Clock(int seconds) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02d:%02d", seconds / 3600 % 100, seconds / 60 % 60);
  return buffer;
}

}  // namespace

Result<WeeklyWindow> ParseWeeklyWindow(std::string_view text) {
  const std::string normalized = Normalize(text);
  std::string_view rest = normalized;
  WeeklyWindow window;
  bool any_hours = false;
  while (true) {
    const auto sep = rest.find_first_of(",;");
    const std::string_view item = Trim(rest.substr(0, sep));
    if (item.empty()) return Bad(Concat("empty item in '", text, "'"));
    PublicHolidays ignored{};
    if (!IsHolidayClause(item, ignored)) any_hours = true;
    if (Status s = ParseItem(item, window); !s) return s.error();
    if (sep == std::string_view::npos) break;
    rest = rest.substr(sep + 1);
  }
  if (!any_hours) return Bad(Concat("'", text, "' gives no opening hours"));
  return window;
}

std::string ToString(const WeeklyWindow& window) {
  std::string out;
  // Walk Monday..Sunday and group consecutive days with the same hours.
  constexpr std::array<int, 7> kOrder = {1, 2, 3, 4, 5, 6, 0};
  for (std::size_t i = 0; i < kOrder.size();) {
    const auto& hours = window.days[kOrder[i]];
    std::size_t j = i + 1;
    while (j < kOrder.size() && window.days[kOrder[j]] == hours) ++j;
    if (!hours.empty()) {
      if (!out.empty()) out += ", ";
      out += kDayNames[kOrder[i]];
      if (j - i > 1) out += Concat("-", kDayNames[kOrder[j - 1]]);
      for (const auto& h : hours) out += Concat(" ", Clock(h.begin), "-", Clock(h.end));
    }
    i = j;
  }
  if (window.public_holidays == PublicHolidays::kClosed) out += ", excl. BPH";
  return out;
}

}  // namespace bizline
