#include "domain/inventory/line_builder.h"

#include <algorithm>

#include "domain/calendar/brussels_time.h"
#include "domain/catalog/option_ids.h"
#include "domain/ipam/ip_address.h"

namespace bizline {
namespace {

constexpr std::string_view kConfigurationBackup = "configuration-backup";

std::string OptionField(std::size_t index, std::string_view member) {
  return "options[" + std::to_string(index) + "]." + std::string(member);
}

bool Ordered(const LineOrder& order, std::string_view id) {
  return std::any_of(order.options.begin(), order.options.end(), [&](const OrderOption& o) { return o.id == id; });
}

// Every ordered option must exist and be offered by the formula (DEF or OPT); "-" is not (U-04).
Status CheckOptions(const Catalog& catalog, const Formula& formula, const LineOrder& order) {
  for (std::size_t i = 0; i < order.options.size(); ++i) {
    const OrderOption& option = order.options[i];
    const ComponentDef* def = catalog.FindComponent(option.id);
    if (def == nullptr || !def->orderable) {
      return Error::Invalid(OptionField(i, "id"), "'" + option.id + "' is not an option of the catalog", "ORD-002");
    }
    if (formula.Availability(option.id) == ComponentAvailability::kNotOffered) {
      return Error::Invalid(OptionField(i, "id"), def->name + " is not offered with " + formula.name, def->rule);
    }
  }
  return Ok{};
}

// T-06..T-08: an ordered speed upgrade sets the speed (CAT-034..CAT-040), else the formula's.
std::optional<Speed> LineSpeed(const Catalog& catalog, const Formula& formula, const LineOrder& order) {
  for (const OrderOption& option : order.options) {
    const ComponentDef* def = catalog.FindComponent(option.id);
    if (def != nullptr && def->speed) return def->speed;
  }
  return formula.speed;
}

Result<WifiState> LineWifi(const Catalog& catalog, const Formula& formula, const LineOrder& order) {
  std::string unavailable_rule;
  if (!formula.WifiAvailable()) unavailable_rule = formula.cpe == CpeType::kModem ? "CAT-095" : "CAT-021";
  for (const OrderOption& option : order.options) {
    const ComponentDef* def = catalog.FindComponent(option.id);
    if (def != nullptr && !def->forces_wifi_off_rule.empty()) unavailable_rule = def->forces_wifi_off_rule;
  }
  if (!unavailable_rule.empty()) {
    if (order.wifi == WifiChoice::kOn) {
      return Error::Invalid("wifi", "wifi is not available on this line", unavailable_rule);
    }
    return WifiState::kNotAvailable;
  }
  return order.wifi == WifiChoice::kOff ? WifiState::kOff : WifiState::kOn;  // CAT-021: DEF
}

Result<std::string> LineSlaTier(const Catalog& catalog, const Formula& formula, const LineOrder& order) {
  std::string ordered;
  for (const OrderOption& option : order.options) {
    const ComponentDef* def = catalog.FindComponent(option.id);
    if (def != nullptr && def->group == OptionGroup::kSlaTier) ordered = def->sla_tier;
  }
  if (!order.sla_tier.empty()) {
    if (!IsSlaTierId(order.sla_tier) && order.sla_tier != kNoSlaTier) {
      return Error::Invalid("slaTier", "'" + order.sla_tier + "' is not an SLA tier (basic, medium, premium, default)",
                            "SLA-004");
    }
    if (!ordered.empty() && ordered != order.sla_tier) {
      return Error::Invalid("slaTier",
                            "the SLA tier " + order.sla_tier + " contradicts the ordered SLA option (" + ordered + ")",
                            "SLA-004");
    }
    return order.sla_tier;
  }
  return ordered.empty() ? formula.default_sla_tier : ordered;
}

// CAT-057, X-08, IP-008: the IP Pack's block size, or the RIPE path above /27.
Result<int> IpPackSize(const Catalog& catalog, const LineOrder& order, int& ripe_pending) {
  for (std::size_t i = 0; i < order.options.size(); ++i) {
    const OrderOption& option = order.options[i];
    if (option.id != kIpPackOptionId) continue;
    std::string field = OptionField(i, kIpv4BlockSizeCharacteristic);
    auto found = option.characteristics.find(kIpv4BlockSizeCharacteristic);
    if (found == option.characteristics.end() || !std::holds_alternative<std::int64_t>(found->second)) {
      return Error::Invalid(field, "the IP Pack needs its ipv4BlockSize (4, 8, 16 or 32)", "CAT-057");
    }
    std::int64_t size = std::get<std::int64_t>(found->second);
    const ComponentDef* def = catalog.FindComponent(kIpPackOptionId);
    const CharacteristicDef* size_def =
        def != nullptr ? def->FindCharacteristic(kIpv4BlockSizeCharacteristic) : nullptr;
    const std::vector<std::int64_t> allowed =
        size_def != nullptr ? size_def->allowed_values : std::vector<std::int64_t>{};
    std::int64_t largest = allowed.empty() ? 0 : *std::max_element(allowed.begin(), allowed.end());
    if (std::find(allowed.begin(), allowed.end(), size) != allowed.end()) return static_cast<int>(size);
    if (size > largest && largest > 0 && Ipv4PrefixForBlockSize(size) > 0) {
      ripe_pending = static_cast<int>(size);  // IP-008: not allocated here
      return 0;
    }
    return Error::Invalid(field, "an IP Pack block is 4, 8, 16 or 32 addresses, not " + std::to_string(size),
                          "CAT-057");
  }
  return 0;
}

std::vector<OpenPort> OpenPorts(const Catalog& catalog, const Formula& formula) {
  std::vector<OpenPort> out;
  const PortProfile* profile = catalog.FindPortProfile(formula.port_profile);
  if (profile == nullptr) return out;
  const auto& reserved = catalog.reserved_ports();
  for (const OpenPort& port : profile->ports) {
    // CFG-034: port 23 is Proximus' management port and is never opened for the customer.
    if (std::find(reserved.begin(), reserved.end(), port.port) == reserved.end()) out.push_back(port);
  }
  return out;
}

}  // namespace

Instant InitialTermEnd(Instant start, int months) {
  LocalSeconds local = ToBrusselsLocal(start);
  auto day = date::floor<date::days>(local);
  auto time_of_day = local - day;
  date::year_month_day ymd{day};
  date::year_month_day end = ymd + date::months(months);
  if (!end.ok()) end = date::year_month_day_last(end.year(), date::month_day_last(end.month()));
  return FromBrusselsLocal(date::local_days(end) + time_of_day);
}

Result<LineDraft> BuildLine(const Catalog& catalog, const LineOrder& order, Instant activated_at) {
  const Formula* formula = catalog.FindFormula(order.formula);
  if (formula == nullptr) {
    return Error::Invalid("formula", "'" + order.formula + "' is not a service formula of the catalog", "CAT-002");
  }
  TRY(CheckOptions(catalog, *formula, order));
  int months = order.initial_term_months == 0 ? kDefaultInitialTermMonths : order.initial_term_months;
  if (months < 1 || months > kMaxInitialTermMonths) {
    return Error::Invalid("initialTermMonths", "the initial term is a whole number of months from 1 to 120", "CON-008");
  }
  auto wifi = LineWifi(catalog, *formula, order);
  if (!wifi) return wifi.error();
  ASSIGN_OR_RETURN(auto tier, LineSlaTier(catalog, *formula, order));

  LineDraft draft;
  Product& p = draft.product;
  p.order_ref = order.order_ref;
  p.formula = formula->id;
  p.name = formula->name;
  for (const OrderOption& option : order.options) p.options.push_back(option.id);
  p.status = ProductStatus::kActive;
  p.speed = LineSpeed(catalog, *formula, order);
  p.cpe.type = formula->cpe;
  p.cpe.serial = !order.cpe_serial.empty() ? order.cpe_serial
                                           : (formula->cpe == CpeType::kRouter ? "RTR-" : "MOD-") + order.order_ref;
  p.wifi = *wifi;
  p.open_ports = OpenPorts(catalog, *formula);
  p.reserved_ports = catalog.reserved_ports();
  p.mailboxes = formula->mailboxes;
  p.managed_firewall = formula->Availability(kManagedFirewallId) == ComponentAvailability::kDefault
                           ? ComponentState::kIncluded
                           : ComponentState::kNotIncluded;
  bool backup = formula->Availability(kMobileBackupOptionId) == ComponentAvailability::kDefault ||
                Ordered(order, kMobileBackupOptionId);
  p.mobile_backup = backup ? ComponentState::kIncluded : ComponentState::kNotIncluded;
  p.sla_tier = tier;
  p.contract_start = activated_at;  // CON-007
  p.initial_term_months = months;
  p.initial_term_end = InitialTermEnd(activated_at, months);  // CON-008
  // ORD-013, CFG-014: where the formula has the configuration backup, the first one is made when
  // the CPE is installed and configured, i.e. at activation.
  if (formula->Availability(kConfigurationBackup) == ComponentAvailability::kDefault) {
    p.first_config_backup_at = activated_at;
  }

  draft.needs.ipv4 = formula->ip.ipv4 == AddressMode::kFixed || Ordered(order, kFixedIpv4OptionId)
                         ? AddressMode::kFixed
                         : AddressMode::kDynamic;
  draft.needs.ipv6 = formula->ip.ipv6;
  auto pack = IpPackSize(catalog, order, p.addressing.ripe_pending_block_size);
  if (!pack) return pack.error();
  bool wants_pack = *pack > 0 || p.addressing.ripe_pending_block_size > 0;
  if (wants_pack && draft.needs.ipv6 != AddressMode::kFixed) {
    // CAT-059: the pack's IPv6 part is the second /57 of the line's fixed /56.
    return Error::Invalid("options", "an IP Pack needs a line with a fixed IPv6 /56", "CAT-056");
  }
  draft.needs.ip_pack_size = *pack;
  p.addressing.ipv4_mode = draft.needs.ipv4;
  p.addressing.ipv6_mode = draft.needs.ipv6;
  return draft;
}

}  // namespace bizline
