#include "domain/calendar/iso8601.h"

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <optional>

#include "domain/calendar/brussels_time.h"
#include "domain/calendar/concat.h"

namespace bizline {
namespace {

class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  bool Done() const { return pos_ >= s_.size(); }
  char Peek() const { return Done() ? '\0' : s_[pos_]; }
  bool Eat(char c) {
    if (Peek() != c) return false;
    ++pos_;
    return true;
  }
  // Exactly `width` digits.
  bool Digits(int width, int& out) {
    out = 0;
    for (int i = 0; i < width; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(Peek()))) return false;
      out = out * 10 + (s_[pos_++] - '0');
    }
    return true;
  }

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
};

int Digit(char c) { return static_cast<unsigned char>(c) - '0'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
int TwoDigits(std::string_view s, std::size_t at) { return Digit(s[at]) * 10 + Digit(s[at + 1]); }

// As date::year_month_day::ok() for years 0..9999 (proleptic Gregorian).
int DaysInMonth(int y, int m) {
  if (m == 2) return (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
  return (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
}

// Days since 1970-01-01, as date::sys_days (Howard Hinnant's days_from_civil).
std::int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return std::int64_t{era} * 146097 + doe - 719468;
}

// The form machines send, "YYYY-MM-DDTHH:MM:SSZ" or "YYYY-MM-DDTHH:MM:SS+HH:MM" (or '-'), read
// without the general parser's steps: the same checks and the same instant as it, or nullopt to
// let it decide (another form, or a date, time or offset it rejects).
std::optional<Instant> ParseCommonForm(std::string_view s) {
  const bool zulu = s.size() == 20 && s[19] == 'Z';
  if (!zulu && !(s.size() == 25 && (s[19] == '+' || s[19] == '-') && s[22] == ':')) return std::nullopt;
  if (s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':') return std::nullopt;
  for (const std::size_t at : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
    if (!IsDigit(s[at])) return std::nullopt;
  }
  const int y = TwoDigits(s, 0) * 100 + TwoDigits(s, 2);
  const int mo = TwoDigits(s, 5), d = TwoDigits(s, 8);
  const int h = TwoDigits(s, 11), mi = TwoDigits(s, 14), sec = TwoDigits(s, 17);
  if (mo < 1 || mo > 12 || d < 1 || d > DaysInMonth(y, mo) || h > 23 || mi > 59 || sec > 59) return std::nullopt;
  int offset_seconds = 0;
  if (!zulu) {
    if (!IsDigit(s[20]) || !IsDigit(s[21]) || !IsDigit(s[23]) || !IsDigit(s[24])) return std::nullopt;
    const int oh = TwoDigits(s, 20), om = TwoDigits(s, 23);
    if (oh > 18 || om > 59) return std::nullopt;
    offset_seconds = (s[19] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
  }
  return InstantFromEpoch(DaysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offset_seconds);
}

}  // namespace

Result<Instant> ParseIso8601(std::string_view text, std::string_view field) {
  if (auto instant = ParseCommonForm(text)) return *instant;
  const auto bad = [&](std::string why) {
    return Error::Invalid(std::string(field), Concat("'", text, "' is not an ISO 8601 date-time (", why,
                                                     "), e.g. 2026-12-24T20:00:00+01:00"));
  };
  Cursor c(text);
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (!c.Digits(4, y) || !c.Eat('-') || !c.Digits(2, mo) || !c.Eat('-') || !c.Digits(2, d)) {
    return bad("expected YYYY-MM-DD");
  }
  if (!c.Eat('T') && !c.Eat('t') && !c.Eat(' ')) return bad("expected 'T' and a time");
  if (!c.Digits(2, h) || !c.Eat(':') || !c.Digits(2, mi)) return bad("expected HH:MM");
  if (c.Eat(':') && !c.Digits(2, s)) return bad("expected seconds SS");
  if (c.Eat('.') || c.Eat(',')) {
    int digit = 0;
    if (!c.Digits(1, digit)) return bad("expected digits after the decimal point");
    while (std::isdigit(static_cast<unsigned char>(c.Peek()))) c.Eat(c.Peek());
  }
  const date::year_month_day ymd{date::year(y), date::month(static_cast<unsigned>(mo)),
                                 date::day(static_cast<unsigned>(d))};
  if (!ymd.ok()) return bad("no such date");
  if (h > 23 || mi > 59 || s > 59) return bad("no such time of day");
  const LocalSeconds local =
      LocalSeconds{date::local_days{ymd}} + std::chrono::hours(h) + std::chrono::minutes(mi) + Seconds(s);
  if (c.Done()) {
    switch (ClassifyBrusselsLocal(local)) {
      case LocalTimeKind::kUnique: return FromBrusselsLocal(local);
      case LocalTimeKind::kNonexistent: return bad("this Brussels local time is skipped by the DST change");
      case LocalTimeKind::kAmbiguous: return bad("this Brussels local time occurs twice; give the offset");
    }
  }
  int offset_seconds = 0;
  if (c.Eat('Z') || c.Eat('z')) {
    offset_seconds = 0;
  } else {
    int sign = 0;
    if (c.Eat('+'))
      sign = 1;
    else if (c.Eat('-'))
      sign = -1;
    else
      return bad("unexpected text after the time");
    int oh = 0, om = 0;
    if (!c.Digits(2, oh)) return bad("expected an offset +HH:MM");
    if (!c.Done()) {
      c.Eat(':');
      if (!c.Digits(2, om)) return bad("expected an offset +HH:MM");
    }
    if (oh > 18 || om > 59) return bad("offset out of range");
    offset_seconds = sign * (oh * 3600 + om * 60);
  }
  if (!c.Done()) return bad("unexpected text after the offset");
  return Instant{local.time_since_epoch()} - Seconds(offset_seconds);
}

std::string FormatBrussels(Instant instant) {
  const LocalSeconds local = ToBrusselsLocal(instant);
  const auto day = date::floor<date::days>(local);
  const date::year_month_day ymd{day};
  const date::hh_mm_ss<Seconds> tod{local - day};
  const long offset = static_cast<long>(BrusselsOffset(instant).count());
  const long abs_offset = offset < 0 ? -offset : offset;
  char buffer[128];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02ld:%02ld:%02ld%c%02ld:%02ld", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<long>(tod.hours().count()), static_cast<long>(tod.minutes().count()),
                static_cast<long>(tod.seconds().count()), offset < 0 ? '-' : '+', abs_offset / 3600,
                abs_offset / 60 % 60);
  return buffer;
}

}  // namespace bizline
