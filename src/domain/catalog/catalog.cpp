#include "domain/catalog/catalog.h"

#include <algorithm>
#include <utility>

#include "domain/core/enum_names.h"

namespace bizline {
namespace {

// One table per enum keeps ToString and Parse in step.
constexpr EnumNames<Technology, 2> kTechnologies{{{Technology::kCopper, "copper"}, {Technology::kFiber, "fiber"}}};
constexpr EnumNames<FormulaStatus, 3> kStatuses{{{FormulaStatus::kLaunched, "launched"},
                                                 {FormulaStatus::kStopSell, "stop-sell"},
                                                 {FormulaStatus::kPending, "pending"}}};
constexpr EnumNames<FormulaKind, 3> kKinds{{{FormulaKind::kBase, "base"},
                                            {FormulaKind::kLikeForLike, "like-for-like"},
                                            {FormulaKind::kTemporary, "temporary"}}};
constexpr EnumNames<ComponentAvailability, 3> kAvailabilities{{{ComponentAvailability::kDefault, "DEF"},
                                                               {ComponentAvailability::kOptional, "OPT"},
                                                               {ComponentAvailability::kNotOffered, "-"}}};
constexpr EnumNames<ComponentKind, 2> kComponentKinds{
    {{ComponentKind::kFunctional, "functional"}, {ComponentKind::kSupport, "support"}}};
constexpr EnumNames<OptionGroup, 3> kGroups{
    {{OptionGroup::kNone, "none"}, {OptionGroup::kSpeedUpgrade, "speed-upgrade"}, {OptionGroup::kSlaTier, "sla-tier"}}};
constexpr EnumNames<CpeType, 2> kCpeTypes{{{CpeType::kRouter, "router"}, {CpeType::kModem, "modem"}}};
constexpr EnumNames<AddressMode, 2> kAddressModes{{{AddressMode::kDynamic, "dynamic"}, {AddressMode::kFixed, "fixed"}}};
constexpr EnumNames<VolumePolicy, 3> kVolumePolicies{
    {{VolumePolicy::kCapped, "capped"}, {VolumePolicy::kFairUse, "fair-use"}, {VolumePolicy::kUnlimited, "unlimited"}}};
constexpr EnumNames<VolumePackCharge, 3> kPackCharges{
    {{VolumePackCharge::kNone, "none"}, {VolumePackCharge::kFree, "free"}, {VolumePackCharge::kPaid, "paid"}}};
constexpr EnumNames<PriceType, 3> kPriceTypes{
    {{PriceType::kOneTime, "one-time"}, {PriceType::kRecurring, "recurring"}, {PriceType::kUsage, "usage"}}};
constexpr EnumNames<CharacteristicType, 3> kCharacteristicTypes{{{CharacteristicType::kInteger, "integer"},
                                                                 {CharacteristicType::kDate, "date"},
                                                                 {CharacteristicType::kText, "text"}}};
constexpr EnumNames<CharacteristicRequirement, 3> kRequirements{
    {{CharacteristicRequirement::kRequired, "true"},
     {CharacteristicRequirement::kOptional, "false"},
     {CharacteristicRequirement::kRequiredWhereOptional, "where-optional"}}};

template <typename T>
const T* FindById(const std::vector<T>& items, std::string_view id) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
  return it == items.end() ? nullptr : &*it;
}

}  // namespace

std::string_view ToString(Technology value) { return kTechnologies.Name(value); }
std::string_view ToString(FormulaStatus value) { return kStatuses.Name(value); }
std::string_view ToString(FormulaKind value) { return kKinds.Name(value); }
std::string_view ToString(ComponentAvailability value) { return kAvailabilities.Name(value); }
std::string_view ToString(ComponentKind value) { return kComponentKinds.Name(value); }
std::string_view ToString(CpeType value) { return kCpeTypes.Name(value); }
std::string_view ToString(AddressMode value) { return kAddressModes.Name(value); }
std::string_view ToString(VolumePolicy value) { return kVolumePolicies.Name(value); }
std::string_view ToString(VolumePackCharge value) { return kPackCharges.Name(value); }
std::string_view ToString(PriceType value) { return kPriceTypes.Name(value); }
std::string_view ToString(CharacteristicType value) { return kCharacteristicTypes.Name(value); }
std::string_view ToString(CharacteristicRequirement value) { return kRequirements.Name(value); }

std::optional<Technology> ParseTechnology(std::string_view text) { return kTechnologies.Parse(text); }
std::optional<FormulaStatus> ParseFormulaStatus(std::string_view text) { return kStatuses.Parse(text); }
std::optional<ComponentAvailability> ParseComponentAvailability(std::string_view text) {
  return kAvailabilities.Parse(text);
}
std::optional<ComponentKind> ParseComponentKind(std::string_view text) { return kComponentKinds.Parse(text); }
std::optional<OptionGroup> ParseOptionGroup(std::string_view text) { return kGroups.Parse(text); }
std::optional<CpeType> ParseCpeType(std::string_view text) { return kCpeTypes.Parse(text); }
std::optional<AddressMode> ParseAddressMode(std::string_view text) { return kAddressModes.Parse(text); }
std::optional<VolumePolicy> ParseVolumePolicy(std::string_view text) { return kVolumePolicies.Parse(text); }
std::optional<VolumePackCharge> ParseVolumePackCharge(std::string_view text) { return kPackCharges.Parse(text); }
std::optional<PriceType> ParsePriceType(std::string_view text) { return kPriceTypes.Parse(text); }
std::optional<CharacteristicType> ParseCharacteristicType(std::string_view text) {
  return kCharacteristicTypes.Parse(text);
}

std::optional<CharacteristicRequirement> ParseCharacteristicRequirement(std::string_view text) {
  return kRequirements.Parse(text);
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
