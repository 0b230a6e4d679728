// Phone numbers as an SMS gateway wants them: E.164 ("+3225550101"), from what representatives
// declared ("+32 2 555 01 01", "0475/55.01.02", "0032 (0)9 555 02 01"). bizline's customers are
// Belgian: a national number (leading 0) is taken as Belgian, and a Belgian number must have 8
// or 9 digits after +32. Anything else that is not clearly international is not usable.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bizline {

inline constexpr std::string_view kDefaultCountryCode = "32";  // Belgium

// The number in E.164, or nullopt when `text` is not a usable phone number (letters, an
// extension, too short or too long, a local number without area code). Spaces, dots, dashes,
// slashes and parentheses are separators; "00" is the international prefix; "(0)" after the
// country code is dropped.
std::optional<std::string> NormalizePhoneNumber(std::string_view text);

}  // namespace bizline
