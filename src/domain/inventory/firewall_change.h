// A managed-firewall parameter change request (CAT-072..CAT-076): only on a line whose CPE has
// the managed firewall (CAT-019, CAT-072), sent through one of the two channels of CAT-075, free
// during the first 7 calendar days after the Activation Date and chargeable afterwards (CAT-076,
// U-25, X-30). The charge is the price-list item whose rule is CAT-076 (catalog/prices.yaml).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/catalog/catalog.h"
#include "domain/core/ids.h"
#include "domain/core/result.h"
#include "domain/inventory/product.h"

namespace bizline {

// CAT-075: by e-mail to the Service Desk, or the Technical Assistance module of MyProximus.
enum class FirewallChangeChannel { kEmail, kMyProximus };
enum class ChangeCharge { kFree, kChargeable };

inline constexpr std::string_view kFirewallChangeEmail = "ict-servicedesk@proximus.com";  // CAT-075
inline constexpr std::string_view kFirewallChangePortal = "MyProximus Enterprise, Technical Assistance";
inline constexpr Seconds kFreeChangeWeek = std::chrono::days(7);  // CAT-076, U-25, X-30
inline constexpr std::size_t kMaxChangeDescription = 4000;

std::string_view ToString(FirewallChangeChannel value);  // "email", "myproximus"
std::string_view ToString(ChangeCharge value);           // "free", "chargeable"
std::optional<FirewallChangeChannel> ParseFirewallChangeChannel(std::string_view text);
std::optional<ChangeCharge> ParseChangeCharge(std::string_view text);
// Where a request through `channel` goes: the e-mail address or the portal module (CAT-075).
std::string_view ChannelAddress(FirewallChangeChannel channel);

struct FirewallChangeRequest {
  std::int64_t id = 0;
  ProductId product;
  CustomerId customer;
  std::string description;
  FirewallChangeChannel channel = FirewallChangeChannel::kEmail;
  UserId requested_by;
  Instant created_at{};
  ChangeCharge charge = ChangeCharge::kFree;
  std::string price_item;       // the CAT-076 price-list item when chargeable and configured
  std::optional<Cents> amount;  // its amount; absent when free or not in the price list
};

// The price-list item for a chargeable firewall change: the one whose rule is CAT-076, or null
// when the price list has none (then the change is still chargeable, at the Price List in force).
const PriceItem* FirewallChangePrice(const Catalog& catalog);

// Validates and prices a request made at `now`. Errors: an inactive line (FailedPrecondition),
// no managed firewall on the line (FailedPrecondition, CAT-072), an empty or too long
// description, an unknown channel (CAT-075).
Result<FirewallChangeRequest> NewFirewallChange(const Catalog& catalog, const Product& line, std::string description,
                                                std::string_view channel, UserId requested_by, Instant now);

}  // namespace bizline
