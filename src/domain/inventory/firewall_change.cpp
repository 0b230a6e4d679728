#include "domain/inventory/firewall_change.h"

#include <algorithm>

namespace bizline {

std::string_view ToString(FirewallChangeChannel value) {
  return value == FirewallChangeChannel::kEmail ? "email" : "myproximus";
}

std::string_view ToString(ChangeCharge value) { return value == ChangeCharge::kFree ? "free" : "chargeable"; }

std::optional<FirewallChangeChannel> ParseFirewallChangeChannel(std::string_view text) {
  if (text == "email") return FirewallChangeChannel::kEmail;
  if (text == "myproximus") return FirewallChangeChannel::kMyProximus;
  return std::nullopt;
}

std::optional<ChangeCharge> ParseChangeCharge(std::string_view text) {
  if (text == "free") return ChangeCharge::kFree;
  if (text == "chargeable") return ChangeCharge::kChargeable;
  return std::nullopt;
}

std::string_view ChannelAddress(FirewallChangeChannel channel) {
  return channel == FirewallChangeChannel::kEmail ? kFirewallChangeEmail : kFirewallChangePortal;
}

const PriceItem* FirewallChangePrice(const Catalog& catalog) {
  const auto& prices = catalog.prices();
  auto found = std::find_if(prices.begin(), prices.end(), [](const PriceItem& p) { return p.rule == "CAT-076"; });
  return found == prices.end() ? nullptr : &*found;
}

Result<FirewallChangeRequest> NewFirewallChange(const Catalog& catalog, const Product& line, std::string description,
                                                std::string_view channel, UserId requested_by, Instant now) {
  if (line.status != ProductStatus::kActive) {
    return Error::Precondition("product " + std::to_string(line.id.value()) + " is terminated");
  }
  if (line.managed_firewall != ComponentState::kIncluded) {
    return Error::Precondition(line.name +
                                   " has no managed firewall: firewall change requests apply only where it is "
                                   "included (Internet Pro+ and FullFiber Extended)",
                               "CAT-072");
  }
  auto first = description.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) {
    return Error::Invalid("description", "describe the firewall parameters to change", "CAT-074");
  }
  if (description.size() > kMaxChangeDescription) {
    return Error::Invalid("description",
                          "at most " + std::to_string(kMaxChangeDescription) + " characters; attach details by e-mail");
  }
  auto parsed = ParseFirewallChangeChannel(channel);
  if (!parsed) {
    return Error::Invalid("channel",
                          "'" + std::string(channel) + "' is not a channel: email (" +
                              std::string(kFirewallChangeEmail) + ") or myproximus (" +
                              std::string(kFirewallChangePortal) + ")",
                          "CAT-075");
  }
  FirewallChangeRequest r;
  r.product = line.id;
  r.customer = line.customer_id;
  r.description = std::move(description);
  r.channel = *parsed;
  r.requested_by = requested_by;
  r.created_at = now;
  // CAT-076, U-25: free within 7 calendar days from the Activation Date (the contract start,
  // CON-007), chargeable from then on.
  r.charge = now < line.contract_start + kFreeChangeWeek ? ChangeCharge::kFree : ChangeCharge::kChargeable;
  if (r.charge == ChangeCharge::kChargeable) {
    if (const PriceItem* price = FirewallChangePrice(catalog)) {
      r.price_item = price->id;
      r.amount = price->amount;
    }
  }
  return r;
}

}  // namespace bizline
