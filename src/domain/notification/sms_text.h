// How long an SMS text is for the phone network (3GPP TS 23.038): a text made only of the GSM
// 7-bit default alphabet fits 160 characters in one SMS (those of its extension table, such as
// '€', '[' or '{', count twice) and 153 per part of a longer, concatenated one; any other
// character makes the whole text UCS-2: 70 UTF-16 units in one SMS, 67 per part. Notices sent by
// SMS keep to one part where they can and never exceed two (U-12).
#pragma once

#include <string_view>

namespace bizline {

enum class SmsEncoding { kGsm7, kUcs2 };

struct SmsLength {
  SmsEncoding encoding = SmsEncoding::kGsm7;
  int units = 0;     // septets (GSM 7-bit) or UTF-16 code units (UCS-2)
  int segments = 0;  // SMS parts the network sends; 0 for an empty text
};

inline constexpr int kMaxSmsSegments = 2;

// `utf8` measured; bytes that are not valid UTF-8 count as one UCS-2 unit each.
SmsLength MeasureSms(std::string_view utf8);

}  // namespace bizline
