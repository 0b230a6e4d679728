// Provisioning use cases over a real database of each backend (SQLite always, PostgreSQL when
// BIZLINE_TEST_PG is set), with the hand-built test catalog and small IPAM pools.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

#include "app/inventory/ports.h"
#include "app/inventory/product_service.h"
#include "app/inventory/provisioning_service.h"
#include "app/party/ports.h"
#include "app_fixture.h"
#include "main/capabilities.h"
#include "storage/core/soci_storage.h"
#include "support/test_databases.h"
#include "unit/inventory_catalog.h"

namespace bizline::testing {

inline AddressPool TestPool(std::string id, PoolPurpose purpose, const std::string& range, int block_length) {
  return {std::move(id), purpose, *ParsePrefix(range, "range"), block_length};
}

// Pools for `lines` lines at most of each kind.
inline IpamConfig TestIpam() {
  return {{TestPool("v4", PoolPurpose::kFixedIpv4, "198.51.100.0/24", 32),
           TestPool("v6", PoolPurpose::kIpv6Prefix, "2001:db8:4000::/48", 56),
           TestPool("pack4", PoolPurpose::kIpPack, "203.0.113.0/26", 30),
           TestPool("pack8", PoolPurpose::kIpPack, "203.0.113.64/26", 29),
           TestPool("pack16", PoolPurpose::kIpPack, "203.0.113.128/26", 28),
           TestPool("pack32", PoolPurpose::kIpPack, "192.0.2.0/24", 27)},
          std::chrono::days(30)};
}

class ProvisioningTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::kPostgres && std::getenv("BIZLINE_TEST_PG") == nullptr) {
      GTEST_SKIP() << "BIZLINE_TEST_PG is not set (scripts/test.sh starts a throwaway PostgreSQL)";
    }
    db_ = std::make_unique<TestDatabase>(GetParam());
    auto storage = SociStorage::Open(db_->url(), 16, AllRepositories());
    ASSERT_TRUE(storage.ok()) << storage.error().message;
    storage_ = std::move(*storage);
    ASSERT_TRUE(storage_->Migrate().ok());
    provisioning_ = std::make_unique<ProvisioningService>(catalog_, ipam_);
    auto seeded = provisioning_->SeedPools(*storage_);
    ASSERT_TRUE(seeded.ok()) << seeded.error().message;
  }

  // A customer with one site and one representative; returns the customer and the site.
  std::pair<CustomerId, SiteId> NewCustomer(const std::string& number) {
    auto tx = Tx(TxMode::kWrite);
    Customer c{CustomerId(), "C " + number,           number, {"Street 1", "1000", "Brussels", "BE"},
               20,           CustomerStatus::kActive, {}};
    auto customer = *Customers(*tx).Insert(c);
    auto site = *Customers(*tx).InsertSite(Site{SiteId(), customer, "HQ", {"Street 1", "1000", "Brussels", "BE"}});
    EXPECT_TRUE(Customers(*tx)
                    .InsertRepresentative(
                        {RepresentativeId(), customer, "Ann", "ann@" + number + ".example", "+32 2 555 01 01", "IT"})
                    .ok());
    EXPECT_TRUE(tx->Commit().ok());
    return {customer, site};
  }

  // Provisions one line in its own transaction, as the order use case does.
  Result<ProductId> Provision(const LineSpec& spec, Instant at) {
    auto tx = storage_->Begin(TxMode::kWrite);
    if (!tx) return tx.error();
    auto id = provisioning_->ProvisionLine(**tx, spec, at);
    if (!id) return id.error();
    if (auto s = (*tx)->Commit(); !s) return s.error();
    return id;
  }

  Status Terminate(ProductId id, Instant at) {
    auto tx = storage_->Begin(TxMode::kWrite);
    if (!tx) return tx.error();
    if (auto s = provisioning_->TerminateLine(**tx, id, at); !s) return s;
    return (*tx)->Commit();
  }

  std::unique_ptr<Transaction> Tx(TxMode mode) {
    auto tx = storage_->Begin(mode);
    EXPECT_TRUE(tx.ok()) << tx.error().message;
    return std::move(tx).value();
  }

  Product Get(ProductId id) { return *Products(*Tx(TxMode::kRead)).Get(id); }

  static LineSpec Spec(CustomerId customer, SiteId site, std::string formula, std::vector<OrderOption> options = {}) {
    return LineSpec{customer, site, "1", std::move(formula), std::move(options), WifiChoice::kUnstated, "", 0, "", ""};
  }

  static inline const Instant kActivated = InstantFromEpoch(1'800'000'000);
  Catalog catalog_ = InventoryCatalog();
  IpamConfig ipam_ = TestIpam();
  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<SociStorage> storage_;
  std::unique_ptr<ProvisioningService> provisioning_;
  FakeClock clock_;
};

inline std::string BackendParamName(const ::testing::TestParamInfo<Backend>& info) { return BackendName(info.param); }

}  // namespace bizline::testing
