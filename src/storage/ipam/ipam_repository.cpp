#include "storage/ipam/ipam_repository.h"

#include <soci/soci.h>

#include "app/ipam/ports.h"
#include "domain/ipam/ripe.h"
#include "storage/core/db_error.h"
#include "storage/core/statement.h"

namespace bizline {
namespace {

constexpr std::size_t kSeedBatch = 1000;

long long CountBlocks(soci::session& sql, const std::string& pool_id) {
  long long count = 0;
  sql << "SELECT COUNT(*) FROM ip_block WHERE pool_id = :p", soci::use(pool_id), soci::into(count);
  return count;
}

}  // namespace

Result<std::vector<AddressPool>> SociIpamRepository::Pools() {
  return Guarded([&]() -> Result<std::vector<AddressPool>> {
    std::vector<AddressPool> out;
    std::string id, purpose, family, range;
    int block_length = 0;
    soci::statement st =
        (sql_.prepare << "SELECT id, purpose, family, range_cidr, block_length FROM ip_pool ORDER BY id",
         soci::into(id), soci::into(purpose), soci::into(family), soci::into(range), soci::into(block_length));
    st.execute();
    while (st.fetch()) {
      auto prefix = ParsePrefix(range, "ip_pool.range_cidr");
      auto parsed_purpose = ParsePoolPurpose(purpose);
      if (!prefix || !parsed_purpose) {
        return Error::Unavailable("stored pool '" + id + "' has an unreadable range or purpose");
      }
      out.push_back({id, *parsed_purpose, *prefix, block_length});
    }
    return out;
  });
}

Result<std::int64_t> SociIpamRepository::SeedPool(const AddressPool& pool) {
  return Guarded([&]() -> Result<std::int64_t> {
    std::string purpose(ToString(pool.purpose)), family(ToString(pool.range.family)), range = FormatPrefix(pool.range);
    int block_length = pool.block_length;
    {
      std::string stored_purpose, stored_range;
      int stored_length = 0;
      soci::indicator found = soci::i_null;
      sql_ << "SELECT purpose, range_cidr, block_length FROM ip_pool WHERE id = :id", soci::use(pool.id),
          soci::into(stored_purpose, found), soci::into(stored_range), soci::into(stored_length);
      if (!sql_.got_data()) {
        sql_ << "INSERT INTO ip_pool (id, purpose, family, range_cidr, block_length) VALUES (:i, :p, :f, :r, :b)",
            soci::use(pool.id), soci::use(purpose), soci::use(family), soci::use(range), soci::use(block_length);
      } else if (stored_purpose != purpose || stored_range != range || stored_length != block_length) {
        return Error::Precondition("pool '" + pool.id + "' was seeded as " + stored_purpose + " " + stored_range +
                                   " in /" + std::to_string(stored_length) + " blocks; a pool's range cannot change " +
                                   "under its id (give the new range a new pool id)");
      }
    }
    long long before = CountBlocks(sql_, pool.id);
    std::uint64_t total = pool.BlockCount();
    for (std::uint64_t start = static_cast<std::uint64_t>(before); start < total; start += kSeedBatch) {
      // Blocks are inserted in key order, so the rows present are always a prefix of the pool.
      std::vector<std::string> pools, families, cidrs;
      std::vector<long long> keys;
      for (std::uint64_t n = start; n < std::min(total, start + kSeedBatch); ++n) {
        IpPrefix block = pool.Block(n);
        pools.push_back(pool.id);
        families.push_back(family);
        keys.push_back(BlockKey(block));
        cidrs.push_back(FormatPrefix(block));
      }
      sql_ << "INSERT INTO ip_block (pool_id, family, block_key, cidr, state) VALUES (:p, :f, :k, :c, 'free') "
              "ON CONFLICT DO NOTHING",
          soci::use(pools), soci::use(families), soci::use(keys), soci::use(cidrs);
    }
    long long after = CountBlocks(sql_, pool.id);
    if (static_cast<std::uint64_t>(after) != total) {
      return Error::Precondition("pool '" + pool.id +
                                 "': " + std::to_string(total - static_cast<std::uint64_t>(after)) +
                                 " of its blocks already belong to another pool; pools must not overlap");
    }
    return static_cast<std::int64_t>(after - before);
  });
}

Result<IpBlock> SociIpamRepository::Allocate(const std::string& pool_id, ProductId product, Instant now) {
  return Guarded([&]() -> Result<IpBlock> {
    long long block_id = 0, when = EpochSeconds(now), owner = product.value();
    std::string cidr;
    // Never-used blocks first; a block back from quarantine only when no fresh one is left, so
    // released addresses rest as long as the pool allows (and each query walks the pick index).
    for (const char* state : {"state = 'free'", "state = 'quarantined' AND reusable_at <= :now"}) {
      std::string query =
          std::string("SELECT id, cidr FROM ip_block WHERE pool_id = :p AND ") + state + " ORDER BY block_key LIMIT 1";
      // Concurrent PostgreSQL transactions skip each other's chosen rows instead of queueing on them.
      if (dialect_ == Dialect::kPostgres) query += " FOR UPDATE SKIP LOCKED";
      soci::statement pick(sql_);
      pick.exchange(soci::into(block_id));
      pick.exchange(soci::into(cidr));
      pick.exchange(soci::use(pool_id, "p"));
      if (std::string_view(state).find(":now") != std::string_view::npos) pick.exchange(soci::use(when, "now"));
      Prepare(pick, query);
      if (pick.execute(true)) break;
    }
    if (block_id == 0) {
      return Error::Precondition("address pool '" + pool_id + "' has no free block left; add a pool to ipam.yaml");
    }
    soci::statement update = (sql_.prepare << "UPDATE ip_block SET state = 'allocated', product_id = :prod, "
                                              "reusable_at = NULL WHERE id = :id AND state <> 'allocated'",
                              soci::use(owner), soci::use(block_id));
    update.execute(true);
    if (update.get_affected_rows() != 1) {
      return Error::Unavailable("block " + cidr + " was taken concurrently; retry the activation");
    }
    sql_ << "INSERT INTO ip_assignment (block_id, product_id, allocated_at) VALUES (:b, :p, :t)", soci::use(block_id),
        soci::use(owner), soci::use(when);
    return IpBlock{block_id, pool_id, cidr, BlockState::kAllocated, product, std::nullopt};
  });
}

Result<int> SociIpamRepository::Release(ProductId product, Instant at, Instant reusable_at) {
  return Guarded([&]() -> Result<int> {
    long long owner = product.value(), when = EpochSeconds(at), reusable = EpochSeconds(reusable_at);
    sql_ << "UPDATE ip_assignment SET released_at = :t WHERE product_id = :p AND released_at IS NULL", soci::use(when),
        soci::use(owner);
    soci::statement st = (sql_.prepare << "UPDATE ip_block SET state = 'quarantined', product_id = NULL, "
                                          "reusable_at = :r WHERE product_id = :p",
                          soci::use(reusable), soci::use(owner));
    st.execute(true);
    return static_cast<int>(st.get_affected_rows());
  });
}

Result<std::vector<IpBlock>> SociIpamRepository::SelectBlocks(const std::string& where, const std::string& name,
                                                              long long key, const std::string& text) {
  return Guarded([&]() -> Result<std::vector<IpBlock>> {
    std::vector<IpBlock> out;
    long long id = 0, product = 0, reusable = 0;
    soci::indicator product_ind = soci::i_null, reusable_ind = soci::i_null;
    std::string pool, cidr, state;
    soci::statement st(sql_);
    st.exchange(soci::into(id));
    st.exchange(soci::into(pool));
    st.exchange(soci::into(cidr));
    st.exchange(soci::into(state));
    st.exchange(soci::into(product, product_ind));
    st.exchange(soci::into(reusable, reusable_ind));
    if (name == "product") {
      st.exchange(soci::use(key, name));
    } else {
      st.exchange(soci::use(text, name));
    }
    Prepare(st, "SELECT id, pool_id, cidr, state, product_id, reusable_at FROM ip_block WHERE " + where +
                    " ORDER BY block_key");
    st.execute();
    while (st.fetch()) {
      IpBlock b{id, pool, cidr, ParseBlockState(state).value_or(BlockState::kFree), ProductId(), std::nullopt};
      if (product_ind == soci::i_ok) b.product = ProductId(product);
      if (reusable_ind == soci::i_ok) b.reusable_at = InstantFromEpoch(reusable);
      out.push_back(std::move(b));
    }
    return out;
  });
}

Result<std::vector<IpBlock>> SociIpamRepository::BlocksOf(ProductId product) {
  return SelectBlocks("product_id = :product", "product", product.value(), {});
}

Result<std::vector<IpBlock>> SociIpamRepository::Blocks(const std::string& pool_id) {
  return SelectBlocks("pool_id = :pool", "pool", 0, pool_id);
}

Result<std::int64_t> SociIpamRepository::InsertRipeRequest(const RipeRequest& r) {
  return Guarded([&]() -> Result<std::int64_t> {
    long long id = 0, product = r.product.value(), customer = r.customer.value(), created = EpochSeconds(r.created_at);
    std::string status(ToString(r.status));
    sql_ << "INSERT INTO ripe_request (product_id, customer_id, block_size, status, created_at) VALUES (:p, :c, :s, "
            ":st, :t) RETURNING id",
        soci::use(product), soci::use(customer), soci::use(r.block_size), soci::use(status), soci::use(created),
        soci::into(id);
    return static_cast<std::int64_t>(id);
  });
}

namespace {

constexpr const char* kRipeColumns =
    "id, product_id, customer_id, block_size, status, created_at, resolved_at, resolved_by, rejection_reason, "
    "allocated_block";

// The columns of one ripe_request row, bound by SOCI `into`.
struct RipeRow {
  long long id = 0, product = 0, customer = 0, created = 0, resolved = 0, by = 0;
  int size = 0;
  std::string status, reason, block;
  soci::indicator resolved_ind = soci::i_null, by_ind = soci::i_null;

  RipeRequest ToDomain() const {
    RipeRequest r;
    r.id = id;
    r.product = ProductId(product);
    r.customer = CustomerId(customer);
    r.block_size = size;
    r.status = ParseRipeStatus(status).value_or(RipeStatus::kPending);
    r.created_at = InstantFromEpoch(created);
    if (resolved_ind == soci::i_ok) r.resolved_at = InstantFromEpoch(resolved);
    if (by_ind == soci::i_ok) r.resolved_by = UserId(by);
    r.rejection_reason = reason;
    r.allocated_block = block;
    return r;
  }
};

void BindRipe(soci::statement& st, RipeRow& r) {
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.product));
  st.exchange(soci::into(r.customer));
  st.exchange(soci::into(r.size));
  st.exchange(soci::into(r.status));
  st.exchange(soci::into(r.created));
  st.exchange(soci::into(r.resolved, r.resolved_ind));
  st.exchange(soci::into(r.by, r.by_ind));
  st.exchange(soci::into(r.reason));
  st.exchange(soci::into(r.block));
}

struct RipeWhere {
  std::string sql = " WHERE 1=1";
  long long only = 0, product = 0;
  std::string status;

  explicit RipeWhere(const RipeFilter& f) {
    if (f.only) {
      sql += " AND customer_id = :only";
      only = f.only->value();
    }
    if (f.status) {
      sql += " AND status = :status";
      status = std::string(ToString(*f.status));
    }
    if (f.product) {
      sql += " AND product_id = :product";
      product = f.product->value();
    }
  }
  void Bind(soci::statement& st, const RipeFilter& f) {
    if (f.only) st.exchange(soci::use(only, "only"));
    if (f.status) st.exchange(soci::use(status, "status"));
    if (f.product) st.exchange(soci::use(product, "product"));
  }
};

}  // namespace

Result<std::vector<RipeRequest>> SociIpamRepository::RipeRequestsOf(ProductId product) {
  RipeFilter filter;
  filter.product = product;
  ASSIGN_OR_RETURN(auto page, ListRipeRequests(filter, PageRequest{0, 1000}));
  return std::move(page.items);
}

Result<RipeRequest> SociIpamRepository::GetRipeRequest(std::int64_t id) {
  return Guarded([&]() -> Result<RipeRequest> {
    RipeRow r;
    long long key = id;
    soci::statement st(sql_);
    BindRipe(st, r);
    st.exchange(soci::use(key, "id"));
    Prepare(st, std::string("SELECT ") + kRipeColumns + " FROM ripe_request WHERE id = :id");
    st.execute();
    if (!st.fetch()) return Error::NotFound("no RIPE-488 request with id " + std::to_string(key));
    return r.ToDomain();
  });
}

Result<Page<RipeRequest>> SociIpamRepository::ListRipeRequests(const RipeFilter& filter, PageRequest page) {
  return Guarded([&]() -> Result<Page<RipeRequest>> {
    RipeWhere where(filter);
    return SelectPage<RipeRow>(sql_, "ripe_request", kRipeColumns, where, filter, page, BindRipe);
  });
}

Status SociIpamRepository::ResolveRipeRequest(const RipeRequest& r) {
  return Guarded([&]() -> Status {
    long long id = r.id, by = r.resolved_by.value(), at = r.resolved_at ? EpochSeconds(*r.resolved_at) : 0;
    soci::indicator by_ind = by != 0 ? soci::i_ok : soci::i_null;
    std::string status(ToString(r.status));
    soci::statement st = (sql_.prepare << "UPDATE ripe_request SET status = :s, resolved_at = :t, resolved_by = :b, "
                                          "rejection_reason = :r, allocated_block = :k WHERE id = :id AND "
                                          "status = 'pending'",
                          soci::use(status), soci::use(at), soci::use(by, by_ind), soci::use(r.rejection_reason),
                          soci::use(r.allocated_block), soci::use(id));
    st.execute(true);
    if (st.get_affected_rows() != 1) {
      return Error::Precondition("RIPE-488 request " + std::to_string(id) + " is no longer pending", "IP-008");
    }
    return Ok{};
  });
}

Result<std::vector<IpBlock>> SociIpamRepository::AllocateAligned(const std::string& pool_id, std::size_t count,
                                                                 ProductId product, Instant now) {
  return Guarded([&]() -> Result<std::vector<IpBlock>> {
    long long when = EpochSeconds(now), owner = product.value();
    int block_length = 0;
    sql_ << "SELECT block_length FROM ip_pool WHERE id = :p", soci::use(pool_id), soci::into(block_length);
    if (!sql_.got_data() || block_length < 1 || block_length > 32) {
      return Error::Precondition("address pool '" + pool_id + "' is not an IPv4 pool");
    }
    const std::int64_t block_addresses = std::int64_t{1} << (32 - block_length);
    // Every allocatable block of the pool in address order. PostgreSQL locks them (skipping rows
    // a concurrent allocation holds), so the run chosen below cannot be taken under our feet.
    std::string query =
        "SELECT id, block_key, cidr FROM ip_block WHERE pool_id = :p AND (state = 'free' OR (state = 'quarantined' "
        "AND reusable_at <= :now)) ORDER BY block_key";
    if (dialect_ == Dialect::kPostgres) query += " FOR UPDATE SKIP LOCKED";
    std::vector<long long> ids;
    std::vector<std::int64_t> keys;
    std::vector<std::string> cidrs;
    {
      long long id = 0, key = 0;
      std::string cidr;
      soci::statement pick(sql_);
      pick.exchange(soci::into(id));
      pick.exchange(soci::into(key));
      pick.exchange(soci::into(cidr));
      pick.exchange(soci::use(pool_id, "p"));
      pick.exchange(soci::use(when, "now"));
      Prepare(pick, query);
      pick.execute();
      while (pick.fetch()) {
        ids.push_back(id);
        keys.push_back(key);
        cidrs.push_back(cidr);
      }
    }
    auto run = FindAlignedRun(keys, block_addresses, count);
    if (!run) {
      return Error::Precondition("address pool '" + pool_id + "' has no " + std::to_string(count) +
                                     " adjacent aligned blocks free; add a pool to ipam.yaml",
                                 "IP-008");
    }
    std::vector<IpBlock> out;
    for (std::size_t i = *run; i < *run + count; ++i) {
      long long block_id = ids[i];
      soci::statement update = (sql_.prepare << "UPDATE ip_block SET state = 'allocated', product_id = :prod, "
                                                "reusable_at = NULL WHERE id = :id AND state <> 'allocated'",
                                soci::use(owner), soci::use(block_id));
      update.execute(true);
      if (update.get_affected_rows() != 1) {
        return Error::Unavailable("block " + cidrs[i] + " was taken concurrently; retry");
      }
      sql_ << "INSERT INTO ip_assignment (block_id, product_id, allocated_at) VALUES (:b, :p, :t)", soci::use(block_id),
          soci::use(owner), soci::use(when);
      out.push_back(IpBlock{block_id, pool_id, cidrs[i], BlockState::kAllocated, product, std::nullopt});
    }
    return out;
  });
}

Status SociIpamRepository::ReleaseBlocks(ProductId product, const std::vector<std::int64_t>& block_ids, Instant at,
                                         Instant reusable_at) {
  return Guarded([&]() -> Status {
    long long owner = product.value(), when = EpochSeconds(at), reusable = EpochSeconds(reusable_at);
    for (std::int64_t block : block_ids) {
      long long id = block;
      soci::statement st = (sql_.prepare << "UPDATE ip_block SET state = 'quarantined', product_id = NULL, "
                                            "reusable_at = :r WHERE id = :id AND product_id = :p",
                            soci::use(reusable), soci::use(id), soci::use(owner));
      st.execute(true);
      if (st.get_affected_rows() != 1) {
        return Error::NotFound("block " + std::to_string(id) + " is not allocated to product " + std::to_string(owner));
      }
      sql_ << "UPDATE ip_assignment SET released_at = :t WHERE block_id = :b AND product_id = :p AND "
              "released_at IS NULL",
          soci::use(when), soci::use(id), soci::use(owner);
    }
    return Ok{};
  });
}

}  // namespace bizline
