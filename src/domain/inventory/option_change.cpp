#include "domain/inventory/option_change.h"

#include <algorithm>

#include "domain/catalog/option_ids.h"
#include "domain/ipam/ip_address.h"
#include "domain/ipam/ipam_config.h"
#include "domain/ordering/eligibility.h"

namespace bizline {
namespace {

bool OnLine(const Product& line, std::string_view id) {
  return std::find(line.options.begin(), line.options.end(), id) != line.options.end();
}

// The IP Pack's size as the line holds it, so that the eligibility check sees a complete order.
std::int64_t PackSizeOf(const Product& line) {
  if (line.addressing.ripe_pending_block_size > 0) return line.addressing.ripe_pending_block_size;
  auto prefix = ParsePrefix(line.addressing.ip_pack_ipv4_block, "ipPackIpv4Block");
  return prefix ? std::int64_t{1} << (32 - prefix->length) : 4;
}

// "options[3].ipv4BlockSize" -> "option.ipv4BlockSize".
std::string RequestField(const std::string& field, const std::string& prefix) {
  return "option" + field.substr(prefix.size() - 1);
}

Status CheckNotPresent(const Formula& formula, const ComponentDef* def, const Product& line, const OrderOption& asked) {
  if (OnLine(line, asked.id)) {
    return Error::Invalid("option.id", "'" + asked.id + "' is already on the line", "ORD-002");
  }
  if (def != nullptr && formula.Availability(asked.id) == ComponentAvailability::kDefault) {
    return Error::Invalid("option.id", def->name + " is included by default in " + formula.name, "CAT-007");
  }
  if (asked.id == kFixedIpv4OptionId && line.addressing.ipv4_mode == AddressMode::kFixed) {
    return Error::Invalid("option.id", "the line already has a fixed IPv4 address", "CAT-014");
  }
  if (asked.id == kMobileBackupOptionId && line.mobile_backup == ComponentState::kIncluded) {
    return Error::Invalid("option.id", "the line already has mobile backup", "CAT-090");
  }
  return Ok{};
}

// The catalog rules of an order, applied to the line's options plus the new one; only the
// violations about the new option count (the line itself was accepted when ordered).
Status CheckEligible(const Catalog& catalog, const Product& line, const OrderOption& asked) {
  OrderRequest order;
  order.formula = line.formula;
  order.wifi = WifiChoice::kOff;  // wifi follows from the options here, it is not re-chosen
  for (const std::string& id : line.options) {
    if (id == kRushOptionId) continue;  // its date was checked when ordered
    OrderOption held{id, {}};
    if (id == kIpPackOptionId)
      held.characteristics.emplace(std::string(kIpv4BlockSizeCharacteristic), PackSizeOf(line));
    order.options.push_back(std::move(held));
  }
  order.options.push_back(asked);
  const std::string prefix = "options[" + std::to_string(order.options.size() - 1) + "].";
  for (const Violation& v : CheckOrderEligibility(catalog, order)) {
    if (v.field.rfind(prefix, 0) != 0) continue;
    if (v.rule == "IP-008") continue;  // above /27: the RIPE-488 path, as at activation
    return Error::Invalid(RequestField(v.field, prefix), v.message, v.rule);
  }
  return Ok{};
}

}  // namespace

Result<OptionChange> PlanOptionChange(const Catalog& catalog, const Product& line, const OptionRequest& request) {
  const OrderOption& asked = request.option;
  if (line.status != ProductStatus::kActive) {
    return Error::Precondition("product " + std::to_string(line.id.value()) + " is terminated");
  }
  // ORD-041: after activation no rush delivery of an additional option.
  if (request.requested_ready_for_service) {
    return Error::Invalid(std::string(kRushDateCharacteristic),
                          "rush delivery cannot be requested once the service is activated", "ORD-041");
  }
  if (asked.id == kRushOptionId || asked.characteristics.count(kRushDateCharacteristic) > 0) {
    return Error::Invalid(asked.id == kRushOptionId ? "option.id" : "option." + std::string(kRushDateCharacteristic),
                          "Rush Provisioning cannot be requested once the service is activated", "ORD-041");
  }
  if (asked.id.empty()) return Error::Invalid("option.id", "name the option to add", "ORD-002");
  const Formula* formula = catalog.FindFormula(line.formula);
  if (formula == nullptr) {
    return Error::Precondition("the line's formula '" + line.formula + "' is not in the loaded catalog", "CAT-002");
  }
  const ComponentDef* def = catalog.FindComponent(asked.id);
  TRY(CheckNotPresent(*formula, def, line, asked));
  TRY(CheckEligible(catalog, line, asked));

  OptionChange change;
  change.line = line;
  Product& p = change.line;
  p.options.push_back(asked.id);
  if (def->speed) p.speed = def->speed;                                       // T-08, CAT-034..CAT-040
  if (!def->sla_tier.empty()) p.sla_tier = def->sla_tier;                     // SLA-004
  if (!def->forces_wifi_off_rule.empty()) p.wifi = WifiState::kNotAvailable;  // CAT-096, CAT-097
  if (asked.id == kMobileBackupOptionId) p.mobile_backup = ComponentState::kIncluded;
  if (asked.id == kFixedIpv4OptionId) {
    change.added.ipv4 = AddressMode::kFixed;  // CAT-054
    p.addressing.ipv4_mode = AddressMode::kFixed;
  }
  if (asked.id == kIpPackOptionId) {
    if (p.addressing.ipv6_mode != AddressMode::kFixed) {
      return Error::Invalid("option.id", "an IP Pack needs a line with a fixed IPv6 /56", "CAT-056");
    }
    auto size = std::get<std::int64_t>(asked.characteristics.find(kIpv4BlockSizeCharacteristic)->second);
    if (Ipv4PrefixForBlockSize(size) == 0) {
      return Error::Invalid("option.ipv4BlockSize", "an IP Pack block is a power of two of addresses", "CAT-057");
    }
    if (size > kLargestAutomaticIpPackSize) {
      change.ripe_block_size = static_cast<int>(size);  // IP-008
      p.addressing.ripe_pending_block_size = change.ripe_block_size;
    } else {
      change.added.ip_pack_size = static_cast<int>(size);
    }
  }
  return change;
}

}  // namespace bizline
