// Belgian enterprise numbers (KBO/BCE): ten digits whose last two are a mod-97 check.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace bizline {

// Accepts "0123.456.749", "0123456749", "BE0123456749" and spaced forms; returns the
// canonical "0123.456.749" form, or nothing when the number is malformed or fails its check.
std::optional<std::string> NormalizeEnterpriseNumber(std::string_view text);

}  // namespace bizline
