// Ports of the IPAM capability: address pools, blocks and RIPE-488 requests.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/core/page.h"
#include "app/core/storage.h"
#include "domain/ipam/ip_block.h"
#include "domain/ipam/ipam_config.h"

namespace bizline {

// RIPE-488 requests (IP-008) by status; `only` is the tenant boundary for a representative.
struct RipeFilter {
  std::optional<CustomerId> only;
  std::optional<RipeStatus> status;
  std::optional<ProductId> product;
};

// IPAM: pools carved into blocks; allocation never hands a block to two products, also under
// concurrent transactions (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: one writer at a time).
class IpamRepository {
 public:
  virtual ~IpamRepository() = default;
  virtual Result<std::vector<AddressPool>> Pools() = 0;
  // Records the pool and inserts its blocks that do not exist yet; returns how many were added.
  virtual Result<std::int64_t> SeedPool(const AddressPool& pool) = 0;
  // Hands a block of the pool to `product`: the lowest never-used one, else the lowest whose
  // quarantine is over at `now`; FailedPrecondition when none is.
  virtual Result<IpBlock> Allocate(const std::string& pool_id, ProductId product, Instant now) = 0;
  // Puts every block of the product in quarantine until `reusable_at`.
  virtual Result<int> Release(ProductId product, Instant at, Instant reusable_at) = 0;
  virtual Result<std::vector<IpBlock>> BlocksOf(ProductId product) = 0;
  virtual Result<std::vector<IpBlock>> Blocks(const std::string& pool_id) = 0;
  virtual Result<std::int64_t> InsertRipeRequest(const RipeRequest& request) = 0;
  virtual Result<std::vector<RipeRequest>> RipeRequestsOf(ProductId product) = 0;
  // IP-008: `count` adjacent blocks of the pool, together aligned on their total size, handed to
  // `product` as one CIDR block; FailedPrecondition when no such run is allocatable at `now`.
  virtual Result<std::vector<IpBlock>> AllocateAligned(const std::string& pool_id, std::size_t count, ProductId product,
                                                       Instant now) = 0;
  // IP-006: puts the given blocks of `product` in quarantine until `reusable_at`; NotFound when
  // one of them is not allocated to it.
  virtual Status ReleaseBlocks(ProductId product, const std::vector<std::int64_t>& block_ids, Instant at,
                               Instant reusable_at) = 0;
  virtual Result<RipeRequest> GetRipeRequest(std::int64_t id) = 0;
  virtual Result<Page<RipeRequest>> ListRipeRequests(const RipeFilter& filter, PageRequest page) = 0;
  // Records the decision of a pending request; FailedPrecondition when it is no longer pending.
  virtual Status ResolveRipeRequest(const RipeRequest& request) = 0;
};

inline IpamRepository& Ipam(Transaction& tx) { return tx.Repository<IpamRepository>(); }

}  // namespace bizline
