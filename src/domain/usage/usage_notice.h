// U-12, USE-011: the representatives are told when a line reaches 80 % and again at 100 % of its
// cap in a calendar month, once per threshold and month; at 100 % the speed is reduced until the
// month ends unless a Volume Pack is ordered (USE-004, USE-005, USE-010, U-13).
#pragma once

#include <array>
#include <string>

#include "domain/usage/usage_level.h"
#include "domain/usage/volume.h"

namespace bizline {

inline constexpr std::array kUsageThresholds = {80, 100};

struct UsageNoticeText {
  std::string kind;  // "usage.80", "usage.100"
  std::string subject;
  std::string body;
};

// The notice for `threshold` reached by `line_name` (its formula's name and RADIUS user) in `month`.
UsageNoticeText UsageNotice(int threshold, const std::string& line_name, Month month, Bytes volume,
                            const VolumeCap& cap);

// The same notice as one SMS (U-12, USE-011): plain GSM text of at most 160 characters. The
// line's name, then its RADIUS user, is shortened ("...") to fit; a name outside the GSM alphabet
// makes the text UCS-2, which still keeps it within two parts (kMaxSmsSegments).
std::string UsageSmsText(int threshold, const std::string& line_name, const std::string& user_name, Month month,
                         const VolumeCap& cap);

}  // namespace bizline
