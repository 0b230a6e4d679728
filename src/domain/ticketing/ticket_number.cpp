#include "domain/ticketing/ticket_number.h"

#include <charconv>
#include <cstdio>

#include "domain/calendar/brussels_time.h"

namespace bizline {
namespace {

constexpr std::string_view kPrefix = "BZ-";

std::optional<std::int64_t> Digits(std::string_view text) {
  if (text.empty() || text.size() > 15) return std::nullopt;
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::string FormatTicketNumber(Instant created_at, std::int64_t sequence) {
  int year = static_cast<int>(date::year_month_day{BrusselsDay(created_at)}.year());
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "BZ-%04d-%06lld", year, static_cast<long long>(sequence));
  return buffer;
}

std::optional<TicketNumber> ParseTicketNumber(std::string_view text) {
  if (text.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
  text.remove_prefix(kPrefix.size());
  auto dash = text.find('-');
  if (dash != 4) return std::nullopt;
  auto year = Digits(text.substr(0, 4));
  auto sequence = Digits(text.substr(5));
  if (!year || !sequence || *sequence <= 0 || text.size() - 5 < 6) return std::nullopt;
  return TicketNumber{static_cast<int>(*year), *sequence};
}

}  // namespace bizline
