// The repository contract suite runs unchanged on every backend: each TEST_P gets a fresh,
// migrated database of the backend in its parameter. PostgreSQL cases skip themselves when
// BIZLINE_TEST_PG is not set (scripts/test.sh always sets it).
#pragma once

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <thread>
#include <vector>

#include "main/capabilities.h"
#include "storage/core/soci_storage.h"
#include "support/test_databases.h"

namespace bizline::testing {

class StorageContract : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::kPostgres && std::getenv("BIZLINE_TEST_PG") == nullptr) {
      GTEST_SKIP() << "BIZLINE_TEST_PG is not set (scripts/test.sh starts a throwaway PostgreSQL)";
    }
    db_ = std::make_unique<TestDatabase>(GetParam());
    auto storage = SociStorage::Open(db_->url(), 4, AllRepositories());
    ASSERT_TRUE(storage.ok()) << storage.error().message;
    storage_ = std::move(*storage);
    auto migrated = storage_->Migrate();
    ASSERT_TRUE(migrated.ok()) << migrated.error().message;
  }

  std::unique_ptr<Transaction> Begin(TxMode mode = TxMode::kWrite) {
    auto tx = storage_->Begin(mode);
    EXPECT_TRUE(tx.ok()) << tx.error().message;
    return std::move(*tx);
  }

  static Customer SampleCustomer(std::string name = "Acme NV", std::string number = "0403.170.701") {
    return Customer{CustomerId(),
                    std::move(name),
                    std::move(number),
                    {"Rue de la Loi 16", "1000", "Brussels", "BE"},
                    42,
                    CustomerStatus::kActive,
                    InstantFromEpoch(1'790'000'000)};
  }

  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<SociStorage> storage_;
};

inline std::string ParamName(const ::testing::TestParamInfo<Backend>& info) { return BackendName(info.param); }

}  // namespace bizline::testing
