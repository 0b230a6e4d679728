#include "domain/core/text.h"

#include <cstdint>

namespace bizline {
namespace {

// Length of the valid UTF-8 sequence starting at text[i] and its code point, or 0 when the
// bytes there are not a valid (shortest-form, non-surrogate, <= U+10FFFF) sequence.
std::size_t DecodeOne(std::string_view text, std::size_t i, char32_t* code_point) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
  const std::uint8_t lead = byte(i);
  if (lead < 0x80) {
    *code_point = lead;
    return 1;
  }
  std::size_t length = 0;
  char32_t value = 0;
  char32_t minimum = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, value = lead & 0x1F, minimum = 0x80;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, value = lead & 0x0F, minimum = 0x800;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, value = lead & 0x07, minimum = 0x10000;
  } else {
    return 0;  // a continuation byte, an overlong lead (C0, C1) or beyond U+10FFFF (F5..FF)
  }
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    const std::uint8_t next = byte(i + k);
    if ((next & 0xC0) != 0x80) return 0;
    value = (value << 6) | (next & 0x3F);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  *code_point = value;
  return length;
}

bool IsControl(char32_t c) { return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F); }

bool AllowedControl(char32_t c, TextKind kind) {
  return kind == TextKind::kMultiline && (c == '\t' || c == '\n' || c == '\r');
}

std::string CodePointName(char32_t c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = "U+";
  for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(c >> shift) & 0xF];
  return out;
}

}  // namespace

std::optional<TextDefect> FindTextDefect(std::string_view text, TextKind kind) {
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = 0;
    const std::size_t length = DecodeOne(text, i, &c);
    if (length == 0) return TextDefect{i, "is not valid UTF-8"};
    if (IsControl(c) && !AllowedControl(c, kind)) {
      return TextDefect{i, "contains the control character " + CodePointName(c)};
    }
    i += length;
  }
  return std::nullopt;
}

Status CheckText(std::string_view text, TextKind kind, const std::string& field) {
  auto defect = FindTextDefect(text, kind);
  if (!defect) return Ok{};
  return Error::Invalid(field, field + " " + defect->what + " (at byte " + std::to_string(defect->offset) + ")");
}

std::string QuoteForLog(std::string_view text, std::size_t max_bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  const std::string_view shown = text.substr(0, max_bytes);
  std::string out = "\"";
  const auto escape_byte = [&](char b) {
    const auto u = static_cast<std::uint8_t>(b);
    out += "\\x";
    out += kHex[u >> 4];
    out += kHex[u & 0xF];
  };
  for (std::size_t i = 0; i < shown.size();) {
    char32_t c = 0;
    const std::size_t length = DecodeOne(shown, i, &c);
    if (length == 0 || IsControl(c)) {
      for (std::size_t k = 0; k < std::max<std::size_t>(length, 1); ++k) escape_byte(shown[i + k]);
      i += std::max<std::size_t>(length, 1);
      continue;
    }
    if (c == '"' || c == '\\') out += '\\';
    out.append(shown.substr(i, length));
    i += length;
  }
  if (text.size() > max_bytes) out += "...";
  out += '"';
  return out;
}

}  // namespace bizline
