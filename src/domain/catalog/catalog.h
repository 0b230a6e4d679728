// The offer as values: service formulas (T-01), the components each one includes by default,
// offers as an option or does not offer (T-02, T-03, T-05), speeds (T-06 to T-08), IP
// addressing (T-09), mailboxes (T-10), open ports (T-11), volume (T-12) and the price list
// (T-20), the Solution Elements and "Products" (CAT-003, CAT-004), and the texts a sales portal
// must show beside them (speed disclaimers and speed-check addresses, CAT-029/030/032; the
// conditions of an option, e.g. mobile backup). The catalog is data (catalog/offer.yaml); this
// header only gives it a shape and lookups. Nothing here reads files.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/core/money.h"

namespace bizline {

enum class Technology { kCopper, kFiber };

// kPending: defined but not orderable until the product owner completes it (X-25, BI copper).
enum class FormulaStatus { kLaunched, kStopSell, kPending };

// How a formula came to be: a base formula of the tables, a like-for-like fiber profile of a
// copper product (T-04, CAT-026) or a Temporary variant (X-20, ORD-037).
enum class FormulaKind { kBase, kLikeForLike, kTemporary };

// A cell of the component tables: DEF, OPT or "–" (U-04: not offered, cannot be ordered).
enum class ComponentAvailability { kDefault, kOptional, kNotOffered };

enum class ComponentKind { kFunctional, kSupport };

// Options that exclude each other: one speed upgrade (CAT-033), one SLA tier (SLA-004).
enum class OptionGroup { kNone, kSpeedUpgrade, kSlaTier };

// kRouter: Proximus supplies a router that also gives wifi (CAT-041, CAT-042).
// kModem: Proximus supplies only a modem; the Client buys its own router (CAT-043, CAT-044).
enum class CpeType { kRouter, kModem };

enum class AddressMode { kDynamic, kFixed };

// T-12: a monthly cap (Internet Essential), a fair-use threshold, or unlimited.
enum class VolumePolicy { kCapped, kFairUse, kUnlimited };
enum class VolumePackCharge { kNone, kFree, kPaid };

enum class PriceType { kOneTime, kRecurring, kUsage };
enum class CharacteristicType { kInteger, kDate, kText };

// When an option must be ordered with a characteristic: always, never, or only where the
// formula offers the option as OPT (not where it is DEF: CAT-086, CAT-090).
enum class CharacteristicRequirement { kRequired, kOptional, kRequiredWhereOptional };

std::string_view ToString(Technology value);
std::string_view ToString(FormulaStatus value);
std::string_view ToString(FormulaKind value);
std::string_view ToString(ComponentAvailability value);  // "DEF", "OPT", "-"
std::string_view ToString(ComponentKind value);
std::string_view ToString(CpeType value);
std::string_view ToString(AddressMode value);
std::string_view ToString(VolumePolicy value);
std::string_view ToString(VolumePackCharge value);
std::string_view ToString(PriceType value);
std::string_view ToString(CharacteristicType value);
std::string_view ToString(CharacteristicRequirement value);

std::optional<Technology> ParseTechnology(std::string_view text);
std::optional<FormulaStatus> ParseFormulaStatus(std::string_view text);
std::optional<ComponentAvailability> ParseComponentAvailability(std::string_view text);
std::optional<ComponentKind> ParseComponentKind(std::string_view text);
std::optional<OptionGroup> ParseOptionGroup(std::string_view text);
std::optional<CpeType> ParseCpeType(std::string_view text);
std::optional<AddressMode> ParseAddressMode(std::string_view text);
std::optional<VolumePolicy> ParseVolumePolicy(std::string_view text);
std::optional<VolumePackCharge> ParseVolumePackCharge(std::string_view text);
std::optional<PriceType> ParsePriceType(std::string_view text);
std::optional<CharacteristicType> ParseCharacteristicType(std::string_view text);
std::optional<CharacteristicRequirement> ParseCharacteristicRequirement(std::string_view text);

// The SLA tier ids of ids.md; windows and targets per tier live in catalog/sla.yaml.
bool IsSlaTierId(std::string_view tier);
// The default tier of a formula for which the contract states no service level.
inline constexpr std::string_view kNoSlaTier = "none";

struct Speed {
  int down_mbps = 0;
  int up_mbps = 0;
};

// A sentence of the contract shown beside an offering, with the rule it comes from. Used for
// rules software cannot enforce but a sales person or Client must be told (CAT-082, CAT-085...).
struct CatalogNote {
  std::string rule;
  std::string text;

  friend bool operator==(const CatalogNote&, const CatalogNote&) = default;
};

// A characteristic an option is ordered with, e.g. the IP Pack's ipv4BlockSize.
struct CharacteristicDef {
  std::string name;
  CharacteristicType type = CharacteristicType::kInteger;
  CharacteristicRequirement requirement = CharacteristicRequirement::kRequired;
  std::vector<std::int64_t> allowed_values;  // kInteger; empty: any whole number
  std::string rule;                          // the rule that defines the values, e.g. CAT-057
  std::string above_range_rule;              // the rule for values above the largest allowed, e.g. IP-008
  std::vector<std::string> allowed_texts;    // kText: the words that may be written
  std::vector<std::string> accepted_texts;   // kText: those that let the order through (CAT-086); empty: all
  std::vector<CatalogNote> notes;            // e.g. CAT-058: the size is reviewed before allocation
};

// One row of the component tables. Orderable components are the options of ids.md.
struct ComponentDef {
  std::string id;
  std::string name;
  ComponentKind kind = ComponentKind::kFunctional;
  bool orderable = false;
  std::string rule;                      // the rule that says where it is offered
  std::optional<Technology> technology;  // set when it exists on one technology only
  OptionGroup group = OptionGroup::kNone;
  std::optional<Speed> speed;        // speed upgrades (T-08)
  std::string sla_tier;              // SLA tier options: the tier they select
  std::string forces_wifi_off_rule;  // e.g. CAT-096: ordering it switches wifi off
  std::vector<CharacteristicDef> characteristics;
  bool in_every_formula = false;       // DEF in every formula (CAT-009, CAT-010, CAT-098)
  std::vector<std::string> elements;   // the Solution Elements it concerns (T-05 column 2, CAT-003)
  std::vector<std::string> functions;  // what it does, e.g. the managed firewall's (CAT-073)
  std::vector<CatalogNote> notes;      // conditions shown with it (CAT-077, CAT-082...)

  const CharacteristicDef* FindCharacteristic(std::string_view name) const;
};

// CAT-003: the Service is made of exactly these four Solution Elements; CAT-004: the CPE and
// the mobile backup hardware are the "Products" (Proximus' equipment at the Client Site).
inline constexpr std::string_view kSolutionElementIds[] = {"cpe", "line", "platform", "mobile-backup-hardware"};
inline constexpr std::string_view kProductElementIds[] = {"cpe", "mobile-backup-hardware"};

struct SolutionElement {
  std::string id;
  std::string name;
  bool is_product = false;  // CAT-004
};

// What the Client is told about the speeds of one technology: the disclaimer (CAT-029 copper,
// CAT-032 fiber) and where to check the speed available at its address (CAT-030).
struct SpeedInformation {
  Technology technology = Technology::kCopper;
  CatalogNote disclaimer;
  std::string check_url;
};

// Service-wide data that belongs to no single formula.
struct ServiceInformation {
  std::vector<SolutionElement> solution_elements;
  std::vector<SpeedInformation> speeds;
  std::string speed_policy_url;  // CAT-030: general speed information

  const SpeedInformation* SpeedFor(Technology technology) const;
  const SolutionElement* FindElement(std::string_view id) const;
};

struct IpAddressing {
  AddressMode ipv4 = AddressMode::kDynamic;
  AddressMode ipv6 = AddressMode::kDynamic;
  int fixed_ipv6_prefix = 0;  // 56 when the IPv6 block is fixed (CAT-048)
};

struct Mailboxes {
  int count = 0;
  int size_gb = 0;
};

// U-13: the reduced speed of a line whose month reached 100 % of its volume, as the NAS knows it:
// `profile` is the policy name a RADIUS CoA-Request carries; the speeds are for people.
struct ThrottleProfile {
  std::string profile;
  int down_kbps = 0;
  int up_kbps = 0;
};

struct Volume {
  VolumePolicy policy = VolumePolicy::kUnlimited;
  int included_gb = 0;         // kCapped: the monthly cap
  int fair_use_gb = 0;         // kFairUse: the monthly threshold
  int raised_fair_use_gb = 0;  // with one of raised_with (USE-006), else 0
  std::vector<std::string> raised_with;
  VolumePackCharge volume_pack = VolumePackCharge::kNone;
  int pack_gb = 0;             // U-14: what one Volume Pack adds to the month; 0 when unlimited
  ThrottleProfile throttle{};  // U-13: empty profile when unlimited
};

struct OpenPort {
  int port = 0;
  std::string protocol;  // "tcp" or "udp"
  std::string service;   // "MAIL", "WEB", ...
};

struct PortProfile {
  std::string id;
  std::vector<OpenPort> ports;
};

struct Formula {
  std::string id;
  std::string name;
  Technology technology = Technology::kCopper;
  FormulaStatus status = FormulaStatus::kLaunched;
  FormulaKind kind = FormulaKind::kBase;
  std::string derived_from;  // the copper product (like-for-like) or base formula (Temporary)
  std::vector<std::string> aliases;
  CpeType cpe = CpeType::kRouter;
  std::optional<Speed> speed;        // absent: not stated by the contract
  std::optional<int> max_end_users;  // absent: depends on the Client's router (CAT-064)
  IpAddressing ip;
  Mailboxes mailboxes;
  Volume volume;
  std::string port_profile;
  std::string default_sla_tier;  // basic, medium, premium or default
  std::map<std::string, ComponentAvailability, std::less<>> components;

  // Components absent from the map are not offered.
  ComponentAvailability Availability(std::string_view component_id) const;
  bool IsOrderable() const { return status == FormulaStatus::kLaunched; }
  bool WifiAvailable() const { return Availability("wifi") == ComponentAvailability::kDefault; }
};

struct PriceItem {
  std::string id;
  std::string name;
  std::vector<std::string> offerings;     // formula or option ids; empty: a contract-wide charge
  std::vector<std::string> for_formulas;  // an option price limited to these formulas; empty: all
  PriceType type = PriceType::kRecurring;
  Cents amount;
  std::string rule;                 // e.g. BIL-002
  bool stated_by_contract = false;  // false: a configurable demo amount
};

class Catalog {
 public:
  Catalog() = default;
  Catalog(std::vector<ComponentDef> components, std::vector<Formula> formulas, std::vector<PortProfile> port_profiles,
          std::vector<int> reserved_ports, std::vector<PriceItem> prices, ServiceInformation service = {});

  const std::vector<ComponentDef>& components() const { return components_; }
  const std::vector<Formula>& formulas() const { return formulas_; }
  const std::vector<PortProfile>& port_profiles() const { return port_profiles_; }
  const std::vector<int>& reserved_ports() const { return reserved_ports_; }
  const std::vector<PriceItem>& prices() const { return prices_; }
  const ServiceInformation& service() const { return service_; }

  const Formula* FindFormula(std::string_view id) const;
  const ComponentDef* FindComponent(std::string_view id) const;
  const PortProfile* FindPortProfile(std::string_view id) const;
  const PriceItem* FindPrice(std::string_view id) const;
  std::vector<const PriceItem*> PricesFor(std::string_view offering_id) const;
  // Orderable components, in file order.
  std::vector<const ComponentDef*> Options() const;

 private:
  std::vector<ComponentDef> components_;
  std::vector<Formula> formulas_;
  std::vector<PortProfile> port_profiles_;
  std::vector<int> reserved_ports_;
  std::vector<PriceItem> prices_;
  ServiceInformation service_;
};

}  // namespace bizline
