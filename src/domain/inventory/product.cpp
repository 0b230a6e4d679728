#include "domain/inventory/product.h"

#include <utility>

#include "domain/core/enum_names.h"

namespace bizline {
namespace {

constexpr EnumNames<WifiState, 3> kWifiNames{
    {{WifiState::kOn, "on"}, {WifiState::kOff, "off"}, {WifiState::kNotAvailable, "not-available"}}};
constexpr EnumNames<ComponentState, 2> kComponentNames{
    {{ComponentState::kIncluded, "included"}, {ComponentState::kNotIncluded, "not-included"}}};

}  // namespace

const EnumNames<ProductStatus, 2> kProductStatusNames{
    {{ProductStatus::kActive, "active"}, {ProductStatus::kTerminated, "terminated"}}};

std::string_view ToString(ProductStatus value) { return kProductStatusNames.Name(value); }
std::string_view ToString(WifiState value) { return kWifiNames.Name(value); }
std::string_view ToString(ComponentState value) { return kComponentNames.Name(value); }
std::optional<ProductStatus> ParseProductStatus(std::string_view text) { return kProductStatusNames.Parse(text); }
std::optional<WifiState> ParseWifiState(std::string_view text) { return kWifiNames.Parse(text); }
std::optional<ComponentState> ParseComponentState(std::string_view text) { return kComponentNames.Parse(text); }

}  // namespace bizline

namespace bizline {

std::string DefaultRadiusUserName(ProductId id) { return "line-" + std::to_string(id.value()) + "@bizline"; }

}  // namespace bizline
