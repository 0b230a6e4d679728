#include "domain/notification/phone_number.h"

namespace bizline {
namespace {

constexpr std::size_t kMaxE164Digits = 15;  // ITU-T E.164, country code included
constexpr std::size_t kMinE164Digits = 8;

bool IsSeparator(char c) { return c == ' ' || c == '.' || c == '-' || c == '/' || c == '(' || c == ')'; }

// The text without the "(0)" that international numbers often carry before the area code.
std::string WithoutTrunkZero(std::string_view text) {
  std::string out(text);
  for (auto pos = out.find("(0)"); pos != std::string::npos; pos = out.find("(0)")) out.erase(pos, 3);
  return out;
}

}  // namespace

std::optional<std::string> NormalizePhoneNumber(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  const bool plus = !text.empty() && text.front() == '+';
  if (plus) text.remove_prefix(1);
  std::string digits;
  for (char c : WithoutTrunkZero(text)) {
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (!IsSeparator(c)) {
      return std::nullopt;  // letters, "ext", a second '+', ...
    }
  }
  std::string international;
  if (plus) {
    international = digits;
  } else if (digits.starts_with("00")) {
    international = digits.substr(2);
  } else if (digits.starts_with("0")) {
    international = std::string(kDefaultCountryCode) + digits.substr(1);
  } else {
    return std::nullopt;  // a local number: which country, which area?
  }
  if (international.empty() || international.front() == '0') return std::nullopt;
  if (international.starts_with(kDefaultCountryCode)) {
    std::string national = international.substr(kDefaultCountryCode.size());
    if (national.starts_with("0")) national.erase(0, 1);  // "+32 02 ...": the trunk 0 written anyway
    if (national.size() != 8 && national.size() != 9) return std::nullopt;
    international = std::string(kDefaultCountryCode) + national;
  }
  if (international.size() < kMinE164Digits || international.size() > kMaxE164Digits) return std::nullopt;
  return "+" + international;
}

}  // namespace bizline
