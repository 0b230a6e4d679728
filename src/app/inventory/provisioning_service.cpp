#include "app/inventory/provisioning_service.h"

#include <date/date.h>

#include "app/inventory/ports.h"
#include "app/ipam/ports.h"
#include "app/notification/notify_representatives.h"
#include "app/notification/ports.h"
#include "app/party/ports.h"
#include "domain/calendar/brussels_time.h"
#include "domain/inventory/line_builder.h"
#include "domain/inventory/line_record.h"
#include "domain/ipam/ripe.h"

namespace bizline {
namespace {

std::string BrusselsDate(Instant instant) {
  return date::format("%F", date::floor<date::days>(ToBrusselsLocal(instant)));
}

// "198.51.100.7/32" -> "198.51.100.7": a single fixed address is shown without its length.
std::string AddressOf(const std::string& cidr) { return cidr.substr(0, cidr.find('/')); }

Status CheckSite(Transaction& tx, CustomerId customer, SiteId site) {
  if (auto c = Customers(tx).Get(customer); !c) {
    if (c.error().code == ErrorCode::kNotFound) {
      return Error::Invalid("customer", "no customer with id " + std::to_string(customer.value()));
    }
    return c.error();
  }
  ASSIGN_OR_RETURN(auto sites, Customers(tx).Sites(customer));
  for (const Site& s : sites) {
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

// CAT-059, CAT-060: the second /57 of the line's /56 is routed to the customer's router or
// firewall, whose address in it ends in ::10/64.
Status SetPackIpv6(LineAddressing& addressing) {
  ASSIGN_OR_RETURN(auto line_prefix, ParsePrefix(addressing.ipv6_prefix, "ipv6Prefix"));
  IpPrefix routed = SecondHalf(line_prefix);
  addressing.ip_pack_ipv6_prefix = FormatPrefix(routed);
  addressing.ip_pack_ipv6_gateway = GatewayAddress64(routed);
  return Ok{};
}

// IP-008: blocks above /27 are carved from the ip-pack pool with the largest blocks.
const AddressPool* LargestPackPool(const IpamConfig& ipam) {
  const AddressPool* best = nullptr;
  for (const AddressPool& pool : ipam.pools) {
    if (pool.purpose != PoolPurpose::kIpPack) continue;
    if (best == nullptr || pool.block_length < best->block_length) best = &pool;
  }
  return best;
}

// An IPv4 block of `size` addresses as one CIDR: one block of a pool of that size, or (above
// /27) a run of adjacent blocks of the largest pack pool aligned on the size.
Result<std::string> AllocatePackBlock(Transaction& tx, const IpamConfig& ipam, int size, ProductId product,
                                      Instant now) {
  int length = Ipv4PrefixForBlockSize(size);
  if (const AddressPool* pool = ipam.FindPool(PoolPurpose::kIpPack, length)) {
    auto block = Ipam(tx).Allocate(pool->id, product, now);
    if (!block) return block.error();
    return block->cidr;
  }
  const AddressPool* largest = LargestPackPool(ipam);
  std::size_t count = largest == nullptr ? 0 : BlocksForSize(size, std::int64_t{1} << (32 - largest->block_length));
  if (count == 0) {
    return Error::Precondition(
        "no ip-pack pool of ipam.yaml can hold a block of " + std::to_string(size) + " addresses",
        size > kLargestAutomaticIpPackSize ? "IP-008" : "CAT-057");
  }
  ASSIGN_OR_RETURN(auto blocks, Ipam(tx).AllocateAligned(largest->id, count, product, now));
  ASSIGN_OR_RETURN(auto first, ParsePrefix(blocks.front().cidr, "cidr"));
  return FormatPrefix(IpPrefix{AddressFamily::kIpv4, first.base, length});
}

// The blocks of `product` inside `cidr` (one for a /32 or a pool-sized pack, several for a
// RIPE-sized pack).
Result<std::vector<std::int64_t>> BlocksWithin(Transaction& tx, ProductId product, const std::string& cidr) {
  ASSIGN_OR_RETURN(auto outer, ParsePrefix(cidr, "cidr"));
  ASSIGN_OR_RETURN(auto blocks, Ipam(tx).BlocksOf(product));
  std::vector<std::int64_t> ids;
  for (const IpBlock& b : blocks) {
    auto inner = ParsePrefix(b.cidr, "cidr");
    if (inner && inner->family == outer.family && Contains(outer, *inner)) ids.push_back(b.id);
  }
  if (ids.empty()) return Error::NotFound(cidr + " is not allocated to product " + std::to_string(product.value()));
  return ids;
}

Result<LineAddressing> AllocateAddresses(Transaction& tx, const IpamConfig& ipam, const AddressNeeds& needs,
                                         LineAddressing addressing, ProductId product, Instant now) {
  if (needs.ipv4 == AddressMode::kFixed) {
    auto block = Ipam(tx).Allocate(ipam.FindPool(PoolPurpose::kFixedIpv4, 32)->id, product, now);
    if (!block) return block.error();
    addressing.ipv4_address = AddressOf(block->cidr);
  }
  if (needs.ipv6 == AddressMode::kFixed) {
    auto block = Ipam(tx).Allocate(ipam.FindPool(PoolPurpose::kIpv6Prefix, kLineIpv6PrefixLength)->id, product, now);
    if (!block) return block.error();
    addressing.ipv6_prefix = block->cidr;
  }
  if (needs.ip_pack_size > 0) {
    const AddressPool* pool = ipam.FindPool(PoolPurpose::kIpPack, Ipv4PrefixForBlockSize(needs.ip_pack_size));
    ASSIGN_OR_RETURN(auto block, Ipam(tx).Allocate(pool->id, product, now));
    addressing.ip_pack_ipv4_block = block.cidr;
    TRY(SetPackIpv6(addressing));
  }
  return addressing;
}

Notification ActivationNoticeOf(const Product& p, std::span<const Representative> representatives, Instant now) {
  Notification n =
      NoticeTo(p.customer_id, representatives, "product.activated", "product/" + std::to_string(p.id.value()), now);
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
              " addresses follows the RIPE-488 procedure; we will contact you. " + std::string(kRipeFormsGuidance);
  }
  return n;
}

// IP-008, IP-009: the customer hears of its RIPE-488 request when it is recorded and resolved,
// and every notice says where RIPE-488 and RIPE-489 are found.
Status EnqueueRipeNotice(Transaction& tx, const Product& line, const RipeRequest& request, Instant now) {
  struct {
    std::string subject, body;
  } n;
  std::string size = std::to_string(request.block_size) + " addresses";
  switch (request.status) {
    case RipeStatus::kPending:
      n.subject = "Your request for " + size + " follows the RIPE-488 procedure";
      n.body = "Your IP Pack of " + size + " on your " + line.name + " line (product " +
               std::to_string(line.id.value()) + ") is larger than /27: it is assigned after the RIPE-488 procedure.";
      break;
    case RipeStatus::kApproved:
      n.subject = "Your RIPE-488 request for " + size + " is approved";
      n.body = "The block " + request.allocated_block + " is assigned to your " + line.name + " line (product " +
               std::to_string(line.id.value()) + ") as its IP Pack. It remains Proximus' assignment (IP-005).";
      break;
    case RipeStatus::kRejected:
      n.subject = "Your RIPE-488 request for " + size + " is rejected";
      n.body = "Your request for " + size + " on your " + line.name + " line (product " +
               std::to_string(line.id.value()) + ") is rejected: " + request.rejection_reason;
      break;
  }
  n.body += " " + std::string(kRipeFormsGuidance);
  return NotifyRepresentatives(tx, line.customer_id, "ripe." + std::string(ToString(request.status)),
                               "ripeRequest/" + std::to_string(request.id), std::move(n.subject), std::move(n.body),
                               now);
}

Result<std::int64_t> RecordRipeRequest(Transaction& tx, const Product& line, int size, Instant now) {
  RipeRequest request;
  request.product = line.id;
  request.customer = line.customer_id;
  request.block_size = size;
  request.created_at = now;
  auto id = Ipam(tx).InsertRipeRequest(request);
  if (!id) return id.error();
  request.id = *id;
  TRY(EnqueueRipeNotice(tx, line, request, now));
  return id;
}

}  // namespace

Result<std::int64_t> ProvisioningService::SeedPools(Storage& storage) const {
  TRY(ValidateIpamConfig(ipam_));
  ASSIGN_OR_RETURN(auto tx, storage.Begin(TxMode::kWrite));
  auto stored = Ipam(*tx).Pools();
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
    ASSIGN_OR_RETURN(auto n, Ipam(*tx).SeedPool(pool));
    added += n;
  }
  TRY((tx)->Commit());
  return added;
}

Result<ProductId> ProvisioningService::ProvisionLine(Transaction& tx, const LineSpec& spec,
                                                     Instant activated_at) const {
  LineOrder order{spec.order_ref,           spec.formula,   spec.options, spec.wifi, spec.sla_tier,
                  spec.initial_term_months, spec.cpe_serial};
  ASSIGN_OR_RETURN(auto draft, BuildLine(catalog_, order, activated_at));
  TRY(CheckPools(ipam_, draft.needs));
  TRY(CheckSite(tx, spec.customer, spec.site));

  Product product = std::move(draft.product);
  product.customer_id = spec.customer;
  product.site_id = spec.site;
  product.radius_user_name = spec.radius_user_name;
  auto id = Products(tx).Insert(product);
  if (!id) {
    if (id.error().code == ErrorCode::kAlreadyExists) {
      return Error::Invalid("radiusUserName", "another line already carries RADIUS User-Name " + spec.radius_user_name);
    }
    return id.error();
  }
  product.id = *id;
  if (product.radius_user_name.empty()) {
    product.radius_user_name = DefaultRadiusUserName(*id);
    TRY(Products(tx).SetRadiusUserName(*id, product.radius_user_name));
  }

  auto addressing = AllocateAddresses(tx, ipam_, draft.needs, product.addressing, *id, activated_at);
  if (!addressing) return addressing.error();
  product.addressing = *addressing;
  TRY(Products(tx).UpdateAddressing(*id, product.addressing));
  if (product.addressing.ripe_pending_block_size > 0) {
    // IP-008: above /27 nothing is allocated; the RIPE-488 request is recorded for follow-up
    // (the activation notice below tells the customer, with IP-009's pointer to the forms).
    RipeRequest request;
    request.product = *id;
    request.customer = spec.customer;
    request.block_size = product.addressing.ripe_pending_block_size;
    request.created_at = activated_at;
    TRY(Ipam(tx).InsertRipeRequest(request));
  }

  if (spec.notice == ActivationNotice::kSend) {
    ASSIGN_OR_RETURN(auto representatives, Customers(tx).Representatives(spec.customer));
    TRY(Notifications(tx).Enqueue(ActivationNoticeOf(product, representatives, activated_at)));
  }
  return *id;
}

Status ProvisioningService::TerminateLine(Transaction& tx, ProductId product, Instant terminated_at) const {
  ASSIGN_OR_RETURN(auto current, Products(tx).Get(product));
  if (current.status == ProductStatus::kTerminated) {
    return Error::Precondition("product " + std::to_string(product.value()) + " is already terminated");
  }
  // CAT-045, X-33: the lent CPE is due back 30 days after the termination.
  TRY(Products(tx).MarkTerminated(product, terminated_at, terminated_at + kCpeReturnPeriod));
  // IP-005: the addresses go back to Proximus' pools and wait out the quarantine before another
  // customer can get them; nothing of them leaves with the customer.
  auto released = Ipam(tx).Release(product, terminated_at, terminated_at + ipam_.quarantine);
  if (!released) return released.error();
  // A RIPE-488 request still pending has nothing left to be assigned to: it is closed, and the
  // customer told (IP-008).
  ASSIGN_OR_RETURN(auto requests, Ipam(tx).RipeRequestsOf(product));
  for (RipeRequest request : requests) {
    if (request.status != RipeStatus::kPending) continue;
    request.status = RipeStatus::kRejected;
    request.rejection_reason = "the line was terminated";
    request.resolved_at = terminated_at;
    TRY(Ipam(tx).ResolveRipeRequest(request));
    TRY(EnqueueRipeNotice(tx, current, request, terminated_at));
  }
  return Ok{};
}

Result<Product> ProvisioningService::ApplyOptionChange(Transaction& tx, const OptionChange& change, Instant now) const {
  Product line = change.line;
  TRY(CheckPools(ipam_, change.added));
  if (change.added.ipv4 == AddressMode::kFixed) {
    auto block = Ipam(tx).Allocate(ipam_.FindPool(PoolPurpose::kFixedIpv4, 32)->id, line.id, now);
    if (!block) return block.error();
    line.addressing.ipv4_address = AddressOf(block->cidr);  // ORD-014, CAT-049
  }
  if (change.added.ip_pack_size > 0) {
    ASSIGN_OR_RETURN(auto block, AllocatePackBlock(tx, ipam_, change.added.ip_pack_size, line.id, now));
    line.addressing.ip_pack_ipv4_block = block;
    TRY(SetPackIpv6(line.addressing));
  }
  TRY(Products(tx).UpdateLine(line));
  if (change.ripe_block_size > 0) {
    TRY(RecordRipeRequest(tx, line, change.ripe_block_size, now));
  }
  return line;
}

Result<Product> ProvisioningService::Renumber(Transaction& tx, const Product& current,
                                              const std::vector<RenumberTarget>& targets, Instant now) const {
  TRY(CheckRenumbering(current, targets));
  Product line = current;
  std::vector<std::int64_t> old_blocks;
  for (RenumberTarget target : targets) {
    std::string old_cidr;
    if (target == RenumberTarget::kFixedIpv4) {
      const AddressPool* pool = ipam_.FindPool(PoolPurpose::kFixedIpv4, 32);
      if (pool == nullptr) return Error::Precondition("no fixed-ipv4 pool is configured in ipam.yaml", "CAT-047");
      old_cidr = line.addressing.ipv4_address + "/32";
      auto block = Ipam(tx).Allocate(pool->id, line.id, now);
      if (!block) return block.error();
      line.addressing.ipv4_address = AddressOf(block->cidr);
    } else {
      old_cidr = line.addressing.ip_pack_ipv4_block;
      ASSIGN_OR_RETURN(auto prefix, ParsePrefix(old_cidr, "ipPackIpv4Block"));
      ASSIGN_OR_RETURN(auto block, AllocatePackBlock(tx, ipam_, 1 << (32 - prefix.length), line.id, now));
      line.addressing.ip_pack_ipv4_block = block;
    }
    ASSIGN_OR_RETURN(auto ids, BlocksWithin(tx, line.id, old_cidr));
    old_blocks.insert(old_blocks.end(), ids.begin(), ids.end());
  }
  // The old addresses rest in quarantine like those of a terminated line.
  TRY(Ipam(tx).ReleaseBlocks(line.id, old_blocks, now, now + ipam_.quarantine));
  TRY(Products(tx).UpdateAddressing(line.id, line.addressing));
  return line;
}

Result<RipeRequest> ProvisioningService::ResolveRipeRequest(Transaction& tx, std::int64_t request_id,
                                                            RipeStatus decision, const std::string& reason, UserId by,
                                                            Instant now) const {
  auto request = Ipam(tx).GetRipeRequest(request_id);
  if (!request) return request.error();
  TRY(CheckRipeDecision(*request, decision, reason));
  auto line = Products(tx).Get(request->product);
  if (!line) return line.error();
  if (decision == RipeStatus::kApproved) {
    if (line->status != ProductStatus::kActive) {
      return Error::Precondition(
          "product " + std::to_string(line->id.value()) + " is terminated: reject the request instead", "IP-008");
    }
    ASSIGN_OR_RETURN(auto block, AllocatePackBlock(tx, ipam_, request->block_size, line->id, now));
    request->allocated_block = block;
    line->addressing.ip_pack_ipv4_block = block;
    TRY(SetPackIpv6(line->addressing));
  } else {
    request->rejection_reason = reason;
  }
  line->addressing.ripe_pending_block_size = 0;  // resolved either way
  if (line->status == ProductStatus::kActive) {
    if (decision == RipeStatus::kRejected && line->addressing.ip_pack_ipv4_block.empty()) {
      // The pack existed only as this request: without it the line has no IP Pack, and the
      // Client may order a smaller one (/27 or less, allocated at once).
      std::erase(line->options, std::string("ip-pack"));
    }
    TRY(Products(tx).UpdateLine(*line));
  }
  request->status = decision;
  request->resolved_at = now;
  request->resolved_by = by;
  TRY(Ipam(tx).ResolveRipeRequest(*request));
  TRY(EnqueueRipeNotice(tx, *line, *request, now));
  return request;
}

}  // namespace bizline
