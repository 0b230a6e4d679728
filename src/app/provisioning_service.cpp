#include "app/provisioning_service.h"

#include <date/date.h>

#include "domain/calendar/brussels_time.h"
#include "domain/inventory/line_builder.h"

namespace bizline {
namespace {

std::string BrusselsDate(Instant instant) {
  return date::format("%F", date::floor<date::days>(ToBrusselsLocal(instant)));
}

// "198.51.100.7/32" -> "198.51.100.7": a single fixed address is shown without its length.
std::string AddressOf(const std::string& cidr) { return cidr.substr(0, cidr.find('/')); }

Status CheckSite(Transaction& tx, CustomerId customer, SiteId site) {
  if (auto c = tx.customers().Get(customer); !c) {
    if (c.error().code == ErrorCode::kNotFound) {
      return Error::Invalid("customer", "no customer with id " + std::to_string(customer.value()));
    }
    return c.error();
  }
  auto sites = tx.customers().Sites(customer);
  if (!sites) return sites.error();
  for (const Site& s : *sites) {
    if (s.id == site) return Ok{};
  }
  return Error::Invalid("site", "site " + std::to_string(site.value()) + " is not a site of customer " +
                                    std::to_string(customer.value()));
}

// Every pool the line needs must be configured before anything is written.
Status CheckPools(const IpamConfig& ipam, const AddressNeeds& needs) {
  if (needs.ipv4 == AddressMode::kFixed && ipam.FindPool(PoolPurpose::kFixedIpv4, 32) == nullptr) {
    return Error::Precondition("no fixed-ipv4 pool is configured in ipam.yaml", "CAT-047");
  }
  if (needs.ipv6 == AddressMode::kFixed && ipam.FindPool(PoolPurpose::kIpv6Prefix, kLineIpv6PrefixLength) == nullptr) {
    return Error::Precondition("no ipv6-prefix /56 pool is configured in ipam.yaml", "CAT-048");
  }
  if (needs.ip_pack_size > 0 &&
      ipam.FindPool(PoolPurpose::kIpPack, Ipv4PrefixForBlockSize(needs.ip_pack_size)) == nullptr) {
    return Error::Precondition(
        "no ip-pack pool of " + std::to_string(needs.ip_pack_size) + "-address blocks is configured in ipam.yaml",
        "CAT-057");
  }
  return Ok{};
}

Result<LineAddressing> AllocateAddresses(Transaction& tx, const IpamConfig& ipam, const AddressNeeds& needs,
                                         LineAddressing addressing, ProductId product, Instant now) {
  if (needs.ipv4 == AddressMode::kFixed) {
    auto block = tx.ipam().Allocate(ipam.FindPool(PoolPurpose::kFixedIpv4, 32)->id, product, now);
    if (!block) return block.error();
    addressing.ipv4_address = AddressOf(block->cidr);
  }
  if (needs.ipv6 == AddressMode::kFixed) {
    auto block = tx.ipam().Allocate(ipam.FindPool(PoolPurpose::kIpv6Prefix, kLineIpv6PrefixLength)->id, product, now);
    if (!block) return block.error();
    addressing.ipv6_prefix = block->cidr;
  }
  if (needs.ip_pack_size > 0) {
    const AddressPool* pool = ipam.FindPool(PoolPurpose::kIpPack, Ipv4PrefixForBlockSize(needs.ip_pack_size));
    auto block = tx.ipam().Allocate(pool->id, product, now);
    if (!block) return block.error();
    addressing.ip_pack_ipv4_block = block->cidr;
    // CAT-059, CAT-060: the second /57 of the line's /56 is routed to the customer's router or
    // firewall, whose address in it ends in ::10/64.
    auto line_prefix = ParsePrefix(addressing.ipv6_prefix, "ipv6Prefix");
    if (!line_prefix) return line_prefix.error();
    IpPrefix routed = SecondHalf(*line_prefix);
    addressing.ip_pack_ipv6_prefix = FormatPrefix(routed);
    addressing.ip_pack_ipv6_gateway = GatewayAddress64(routed);
  }
  return addressing;
}

Notification ActivationNotice(const Product& p, const std::string& recipients, Instant now) {
  Notification n;
  n.customer_id = p.customer_id;
  n.kind = "product.activated";
  n.reference = "product/" + std::to_string(p.id.value());
  n.recipients = recipients;
  n.subject = "Your " + p.name + " line is active";
  n.body = "Your " + p.name + " line (order " + p.order_ref + ") was activated on " + BrusselsDate(p.contract_start) +
           ". The contract starts on that date and its initial period of " + std::to_string(p.initial_term_months) +
           " months ends on " + BrusselsDate(p.initial_term_end) + ".";
  if (!p.addressing.ipv4_address.empty()) n.body += " Fixed IPv4 address: " + p.addressing.ipv4_address + ".";
  if (!p.addressing.ipv6_prefix.empty()) n.body += " Fixed IPv6 block: " + p.addressing.ipv6_prefix + ".";
  if (!p.addressing.ip_pack_ipv4_block.empty()) {
    n.body += " IP Pack: " + p.addressing.ip_pack_ipv4_block + " and " + p.addressing.ip_pack_ipv6_prefix +
              " (gateway " + p.addressing.ip_pack_ipv6_gateway + ").";
  }
  if (p.addressing.ripe_pending_block_size > 0) {
    n.body += " Your request for " + std::to_string(p.addressing.ripe_pending_block_size) +
              " addresses follows the RIPE-488 procedure; we will contact you.";
  }
  n.created_at = now;
  n.next_attempt_at = now;
  return n;
}

Result<std::string> Recipients(Transaction& tx, CustomerId customer) {
  auto reps = tx.customers().Representatives(customer);
  if (!reps) return reps.error();
  std::string out;
  for (const Representative& r : *reps) out += (out.empty() ? "" : ",") + r.email;
  return out;
}

}  // namespace

Result<std::int64_t> ProvisioningService::SeedPools(Storage& storage) const {
  if (auto s = ValidateIpamConfig(ipam_); !s) return s.error();
  auto tx = storage.Begin(TxMode::kWrite);
  if (!tx) return tx.error();
  auto stored = (*tx)->ipam().Pools();
  if (!stored) return stored.error();
  for (const AddressPool& pool : ipam_.pools) {
    for (const AddressPool& old : *stored) {
      if (old.id != pool.id && Overlaps(old.range, pool.range)) {
        return Error::Precondition("pool '" + pool.id + "' (" + FormatPrefix(pool.range) +
                                   ") overlaps the stored pool '" + old.id + "' (" + FormatPrefix(old.range) +
                                   "); an address must never be handed out twice");
      }
    }
  }
  std::int64_t added = 0;
  for (const AddressPool& pool : ipam_.pools) {
    auto n = (*tx)->ipam().SeedPool(pool);
    if (!n) return n.error();
    added += *n;
  }
  if (auto s = (*tx)->Commit(); !s) return s.error();
  return added;
}

Result<ProductId> ProvisioningService::ProvisionLine(Transaction& tx, const LineSpec& spec,
                                                     Instant activated_at) const {
  LineOrder order{spec.order_ref,           spec.formula,   spec.options, spec.wifi, spec.sla_tier,
                  spec.initial_term_months, spec.cpe_serial};
  auto draft = BuildLine(catalog_, order, activated_at);
  if (!draft) return draft.error();
  if (auto s = CheckPools(ipam_, draft->needs); !s) return s.error();
  if (auto s = CheckSite(tx, spec.customer, spec.site); !s) return s.error();

  Product product = std::move(draft->product);
  product.customer_id = spec.customer;
  product.site_id = spec.site;
  auto id = tx.products().Insert(product);
  if (!id) return id.error();
  product.id = *id;

  auto addressing = AllocateAddresses(tx, ipam_, draft->needs, product.addressing, *id, activated_at);
  if (!addressing) return addressing.error();
  product.addressing = *addressing;
  if (auto s = tx.products().UpdateAddressing(*id, product.addressing); !s) return s.error();
  if (product.addressing.ripe_pending_block_size > 0) {
    // IP-008: above /27 nothing is allocated; the RIPE-488 request is recorded for follow-up.
    RipeRequest request{0, *id, spec.customer, product.addressing.ripe_pending_block_size, "pending", activated_at};
    if (auto r = tx.ipam().InsertRipeRequest(request); !r) return r.error();
  }

  auto recipients = Recipients(tx, spec.customer);
  if (!recipients) return recipients.error();
  if (auto n = tx.notifications().Enqueue(ActivationNotice(product, *recipients, activated_at)); !n) return n.error();
  return *id;
}

Status ProvisioningService::TerminateLine(Transaction& tx, ProductId product, Instant terminated_at) const {
  auto current = tx.products().Get(product);
  if (!current) return current.error();
  if (auto s = tx.products().MarkTerminated(product, terminated_at); !s) return s.error();
  // The addresses wait out the quarantine before another customer can get them.
  auto released = tx.ipam().Release(product, terminated_at, terminated_at + ipam_.quarantine);
  if (!released) return released.error();
  return Ok{};
}

}  // namespace bizline
