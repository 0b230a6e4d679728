// IPAM in SQL: pools, their carved blocks, assignments and pending RIPE-488 requests. The one
// dialect difference is the allocation query: PostgreSQL locks the chosen block row with
// FOR UPDATE SKIP LOCKED so concurrent activations take different blocks without waiting on
// each other; SQLite already runs one write transaction at a time (BEGIN IMMEDIATE).
#pragma once

#include "app/ipam/ports.h"
#include "storage/core/soci_storage.h"

namespace soci {
class session;
}

namespace bizline {

class SociIpamRepository final : public IpamRepository {
 public:
  SociIpamRepository(soci::session& session, Dialect dialect) : sql_(session), dialect_(dialect) {}

  Result<std::vector<AddressPool>> Pools() override;
  Result<std::int64_t> SeedPool(const AddressPool& pool) override;
  Result<IpBlock> Allocate(const std::string& pool_id, ProductId product, Instant now) override;
  Result<int> Release(ProductId product, Instant at, Instant reusable_at) override;
  Result<std::vector<IpBlock>> BlocksOf(ProductId product) override;
  Result<std::vector<IpBlock>> Blocks(const std::string& pool_id) override;
  Result<std::int64_t> InsertRipeRequest(const RipeRequest& request) override;
  Result<std::vector<RipeRequest>> RipeRequestsOf(ProductId product) override;
  Result<std::vector<IpBlock>> AllocateAligned(const std::string& pool_id, std::size_t count, ProductId product,
                                               Instant now) override;
  Status ReleaseBlocks(ProductId product, const std::vector<std::int64_t>& block_ids, Instant at,
                       Instant reusable_at) override;
  Result<RipeRequest> GetRipeRequest(std::int64_t id) override;
  Result<Page<RipeRequest>> ListRipeRequests(const RipeFilter& filter, PageRequest page) override;
  Status ResolveRipeRequest(const RipeRequest& request) override;

 private:
  Result<std::vector<IpBlock>> SelectBlocks(const std::string& where, const std::string& name, long long key,
                                            const std::string& text);
  soci::session& sql_;
  Dialect dialect_;
};

}  // namespace bizline
