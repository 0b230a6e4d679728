#include "domain/catalog/catalog.h"

#include <algorithm>
#include <array>
#include <utility>

namespace bizline {
namespace {

// One table per enum keeps ToString and Parse in step.
template <typename E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<Technology, 2> kTechnologies{{{Technology::kCopper, "copper"}, {Technology::kFiber, "fiber"}}};
constexpr Names<FormulaStatus, 3> kStatuses{{{FormulaStatus::kLaunched, "launched"},
                                             {FormulaStatus::kStopSell, "stop-sell"},
                                             {FormulaStatus::kPending, "pending"}}};
constexpr Names<FormulaKind, 3> kKinds{{{FormulaKind::kBase, "base"},
                                        {FormulaKind::kLikeForLike, "like-for-like"},
                                        {FormulaKind::kTemporary, "temporary"}}};
constexpr Names<ComponentAvailability, 3> kAvailabilities{{{ComponentAvailability::kDefault, "DEF"},
                                                           {ComponentAvailability::kOptional, "OPT"},
                                                           {ComponentAvailability::kNotOffered, "-"}}};
constexpr Names<ComponentKind, 2> kComponentKinds{
    {{ComponentKind::kFunctional, "functional"}, {ComponentKind::kSupport, "support"}}};
constexpr Names<OptionGroup, 3> kGroups{
    {{OptionGroup::kNone, "none"}, {OptionGroup::kSpeedUpgrade, "speed-upgrade"}, {OptionGroup::kSlaTier, "sla-tier"}}};
constexpr Names<CpeType, 2> kCpeTypes{{{CpeType::kRouter, "router"}, {CpeType::kModem, "modem"}}};
constexpr Names<AddressMode, 2> kAddressModes{{{AddressMode::kDynamic, "dynamic"}, {AddressMode::kFixed, "fixed"}}};
constexpr Names<VolumePolicy, 3> kVolumePolicies{
    {{VolumePolicy::kCapped, "capped"}, {VolumePolicy::kFairUse, "fair-use"}, {VolumePolicy::kUnlimited, "unlimited"}}};
constexpr Names<VolumePackCharge, 3> kPackCharges{
    {{VolumePackCharge::kNone, "none"}, {VolumePackCharge::kFree, "free"}, {VolumePackCharge::kPaid, "paid"}}};
constexpr Names<PriceType, 3> kPriceTypes{
    {{PriceType::kOneTime, "one-time"}, {PriceType::kRecurring, "recurring"}, {PriceType::kUsage, "usage"}}};
constexpr Names<CharacteristicType, 3> kCharacteristicTypes{{{CharacteristicType::kInteger, "integer"},
                                                             {CharacteristicType::kDate, "date"},
                                                             {CharacteristicType::kText, "text"}}};
constexpr Names<CharacteristicRequirement, 3> kRequirements{
    {{CharacteristicRequirement::kRequired, "true"},
     {CharacteristicRequirement::kOptional, "false"},
     {CharacteristicRequirement::kRequiredWhereOptional, "where-optional"}}};

template <typename E, std::size_t N>
std::string_view NameOf(const Names<E, N>& names, E value) {
  for (const auto& [e, name] : names) {
    if (e == value) return name;
  }
  return names[0].second;
}

template <typename E, std::size_t N>
std::optional<E> ValueOf(const Names<E, N>& names, std::string_view text) {
  for (const auto& [e, name] : names) {
    if (name == text) return e;
  }
  return std::nullopt;
}

template <typename T>
const T* FindById(const std::vector<T>& items, std::string_view id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

std::string_view ToString(Technology value) { return NameOf(kTechnologies, value); }
std::string_view ToString(FormulaStatus value) { return NameOf(kStatuses, value); }
std::string_view ToString(FormulaKind value) { return NameOf(kKinds, value); }
std::string_view ToString(ComponentAvailability value) { return NameOf(kAvailabilities, value); }
std::string_view ToString(ComponentKind value) { return NameOf(kComponentKinds, value); }
std::string_view ToString(CpeType value) { return NameOf(kCpeTypes, value); }
std::string_view ToString(AddressMode value) { return NameOf(kAddressModes, value); }
std::string_view ToString(VolumePolicy value) { return NameOf(kVolumePolicies, value); }
std::string_view ToString(VolumePackCharge value) { return NameOf(kPackCharges, value); }
std::string_view ToString(PriceType value) { return NameOf(kPriceTypes, value); }
std::string_view ToString(CharacteristicType value) { return NameOf(kCharacteristicTypes, value); }
std::string_view ToString(CharacteristicRequirement value) { return NameOf(kRequirements, value); }

std::optional<Technology> ParseTechnology(std::string_view text) { return ValueOf(kTechnologies, text); }
std::optional<FormulaStatus> ParseFormulaStatus(std::string_view text) { return ValueOf(kStatuses, text); }
std::optional<ComponentAvailability> ParseComponentAvailability(std::string_view text) {
  return ValueOf(kAvailabilities, text);
}
std::optional<ComponentKind> ParseComponentKind(std::string_view text) { return ValueOf(kComponentKinds, text); }
std::optional<OptionGroup> ParseOptionGroup(std::string_view text) { return ValueOf(kGroups, text); }
std::optional<CpeType> ParseCpeType(std::string_view text) { return ValueOf(kCpeTypes, text); }
std::optional<AddressMode> ParseAddressMode(std::string_view text) { return ValueOf(kAddressModes, text); }
std::optional<VolumePolicy> ParseVolumePolicy(std::string_view text) { return ValueOf(kVolumePolicies, text); }
std::optional<VolumePackCharge> ParseVolumePackCharge(std::string_view text) { return ValueOf(kPackCharges, text); }
std::optional<PriceType> ParsePriceType(std::string_view text) { return ValueOf(kPriceTypes, text); }
std::optional<CharacteristicType> ParseCharacteristicType(std::string_view text) {
  return ValueOf(kCharacteristicTypes, text);
}

std::optional<CharacteristicRequirement> ParseCharacteristicRequirement(std::string_view text) {
  return ValueOf(kRequirements, text);
}

bool IsSlaTierId(std::string_view tier) {
  return tier == "basic" || tier == "medium" || tier == "premium" || tier == "default";
}

const CharacteristicDef* ComponentDef::FindCharacteristic(std::string_view wanted) const {
  auto it = std::find_if(characteristics.begin(), characteristics.end(),
                         [&](const CharacteristicDef& c) { return c.name == wanted; });
  return it == characteristics.end() ? nullptr : &*it;
}

ComponentAvailability Formula::Availability(std::string_view component_id) const {
  auto it = components.find(component_id);
  return it == components.end() ? ComponentAvailability::kNotOffered : it->second;
}

const SpeedInformation* ServiceInformation::SpeedFor(Technology technology) const {
  auto it =
      std::find_if(speeds.begin(), speeds.end(), [&](const SpeedInformation& s) { return s.technology == technology; });
  return it == speeds.end() ? nullptr : &*it;
}

const SolutionElement* ServiceInformation::FindElement(std::string_view id) const {
  return FindById(solution_elements, id);
}

Catalog::Catalog(std::vector<ComponentDef> components, std::vector<Formula> formulas,
                 std::vector<PortProfile> port_profiles, std::vector<int> reserved_ports, std::vector<PriceItem> prices,
                 ServiceInformation service)
    : components_(std::move(components)),
      formulas_(std::move(formulas)),
      port_profiles_(std::move(port_profiles)),
      reserved_ports_(std::move(reserved_ports)),
      prices_(std::move(prices)),
      service_(std::move(service)) {}

const Formula* Catalog::FindFormula(std::string_view id) const { return FindById(formulas_, id); }
const ComponentDef* Catalog::FindComponent(std::string_view id) const { return FindById(components_, id); }
const PortProfile* Catalog::FindPortProfile(std::string_view id) const { return FindById(port_profiles_, id); }
const PriceItem* Catalog::FindPrice(std::string_view id) const { return FindById(prices_, id); }

std::vector<const PriceItem*> Catalog::PricesFor(std::string_view offering_id) const {
  std::vector<const PriceItem*> found;
  for (const PriceItem& price : prices_) {
    if (std::find(price.offerings.begin(), price.offerings.end(), offering_id) != price.offerings.end()) {
      found.push_back(&price);
    }
  }
  return found;
}

std::vector<const ComponentDef*> Catalog::Options() const {
  std::vector<const ComponentDef*> options;
  for (const ComponentDef& component : components_) {
    if (component.orderable) options.push_back(&component);
  }
  return options;
}

}  // namespace bizline
