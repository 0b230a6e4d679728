#include "domain/notification/sms_text.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace bizline {
namespace {

// The GSM 7-bit default alphabet outside printable ASCII, as code points (TS 23.038 § 6.2.1).
constexpr std::array<char32_t, 39> kGsmNonAscii = {U'£', U'¥', U'è', U'é', U'ù', U'ì', U'ò', U'Ç', U'Ø', U'ø',
                                                   U'Å', U'å', U'Δ', U'Φ', U'Γ', U'Λ', U'Ω', U'Π', U'Ψ', U'Σ',
                                                   U'Θ', U'Ξ', U'Æ', U'æ', U'ß', U'É', U'¤', U'¡', U'Ä', U'Ö',
                                                   U'Ñ', U'Ü', U'§', U'¿', U'ä', U'ö', U'ñ', U'ü', U'à'};
// Printable ASCII that the default alphabet lacks, and the extension table (two septets each).
constexpr std::string_view kAsciiNotGsm = "`";
constexpr std::string_view kGsmExtensionAscii = "^{}\\[~]|";

enum class GsmWidth { kNone, kOne, kTwo };

GsmWidth GsmSeptets(char32_t c) {
  if (c == U'\n' || c == U'\r') return GsmWidth::kOne;
  if (c == U'\f' || c == U'€') return GsmWidth::kTwo;
  if (c >= 0x20 && c < 0x7f) {
    const char a = static_cast<char>(c);
    if (kAsciiNotGsm.find(a) != std::string_view::npos) return GsmWidth::kNone;
    return kGsmExtensionAscii.find(a) != std::string_view::npos ? GsmWidth::kTwo : GsmWidth::kOne;
  }
  const bool in_table = std::find(kGsmNonAscii.begin(), kGsmNonAscii.end(), c) != kGsmNonAscii.end();
  return in_table ? GsmWidth::kOne : GsmWidth::kNone;
}

// The next code point of `text` at `i` (advanced past it); kInvalid, one byte on, when the bytes
// there are not UTF-8.
constexpr char32_t kInvalid = 0xFFFFFFFF;

char32_t NextCodePoint(std::string_view text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
  const std::uint8_t lead = byte(i);
  int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) {
    ++i;
    return kInvalid;
  }
  char32_t c = length == 1 ? lead : lead & (0x7F >> length);
  for (int k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return kInvalid;
    }
    c = (c << 6) | (byte(i + k) & 0x3F);
  }
  i += length;
  return c;
}

int Segments(int units, int single, int per_part) {
  if (units == 0) return 0;
  if (units <= single) return 1;
  return (units + per_part - 1) / per_part;
}

}  // namespace

SmsLength MeasureSms(std::string_view utf8) {
  int septets = 0, utf16 = 0;
  bool gsm = true;
  for (std::size_t i = 0; i < utf8.size();) {
    const char32_t c = NextCodePoint(utf8, i);
    utf16 += (c != kInvalid && c > 0xFFFF) ? 2 : 1;
    if (!gsm || c == kInvalid) {
      gsm = false;
      continue;
    }
    switch (GsmSeptets(c)) {
      case GsmWidth::kNone: gsm = false; break;
      case GsmWidth::kOne: septets += 1; break;
      case GsmWidth::kTwo: septets += 2; break;
    }
  }
  if (gsm) return {SmsEncoding::kGsm7, septets, Segments(septets, 160, 153)};
  return {SmsEncoding::kUcs2, utf16, Segments(utf16, 70, 67)};
}

}  // namespace bizline
