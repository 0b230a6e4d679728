#include "domain/core/time_text.h"

namespace bizline {

std::optional<CivilDay> ParseCivilDay(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (text[i] - '0');
    }
  }
  date::year_month_day ymd{date::year(parts[0]), date::month(static_cast<unsigned>(parts[1])),
                           date::day(static_cast<unsigned>(parts[2]))};
  if (!ymd.ok()) return std::nullopt;
  return CivilDay(ymd);
}

std::string FormatCivilDay(CivilDay day) { return date::format("%F", day); }

std::string FormatInstant(Instant instant) { return date::format("%FT%TZ", instant); }

}  // namespace bizline
