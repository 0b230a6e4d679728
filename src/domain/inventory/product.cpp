#include "domain/inventory/product.h"

#include <array>
#include <utility>

namespace bizline {
namespace {

template <typename E, std::size_t N>
std::optional<E> ParseBy(const std::array<std::pair<E, std::string_view>, N>& names, std::string_view text) {
  for (const auto& [value, name] : names) {
    if (name == text) return value;
  }
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view NameOf(const std::array<std::pair<E, std::string_view>, N>& names, E value) {
  for (const auto& [v, name] : names) {
    if (v == value) return name;
  }
  return "?";
}

constexpr std::array<std::pair<ProductStatus, std::string_view>, 2> kStatusNames{
    {{ProductStatus::kActive, "active"}, {ProductStatus::kTerminated, "terminated"}}};
constexpr std::array<std::pair<WifiState, std::string_view>, 3> kWifiNames{
    {{WifiState::kOn, "on"}, {WifiState::kOff, "off"}, {WifiState::kNotAvailable, "not-available"}}};
constexpr std::array<std::pair<ComponentState, std::string_view>, 2> kComponentNames{
    {{ComponentState::kIncluded, "included"}, {ComponentState::kNotIncluded, "not-included"}}};

}  // namespace

std::string_view ToString(ProductStatus value) { return NameOf(kStatusNames, value); }
std::string_view ToString(WifiState value) { return NameOf(kWifiNames, value); }
std::string_view ToString(ComponentState value) { return NameOf(kComponentNames, value); }
std::optional<ProductStatus> ParseProductStatus(std::string_view text) { return ParseBy(kStatusNames, text); }
std::optional<WifiState> ParseWifiState(std::string_view text) { return ParseBy(kWifiNames, text); }
std::optional<ComponentState> ParseComponentState(std::string_view text) { return ParseBy(kComponentNames, text); }

}  // namespace bizline
