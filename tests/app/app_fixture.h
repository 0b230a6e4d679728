// Use cases over a real SQLite database in a temp dir, with a clock the test drives.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "app/identity/auth_service.h"
#include "app/inventory/ports.h"
#include "app/party/customer_service.h"
#include "app/party/ports.h"
#include "main/capabilities.h"
#include "storage/core/soci_storage.h"
#include "support/temp_dir.h"

namespace bizline::testing {

class FakeClock final : public Clock {
 public:
  Instant Now() const override { return now_; }
  void Advance(Seconds by) { now_ += by; }
  void Set(Instant at) { now_ = at; }

 private:
  Instant now_ = InstantFromEpoch(1'790'000'000);
};

class AppTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto storage = SociStorage::Open(dir_.SqliteUrl(), 2, AllRepositories());
    ASSERT_TRUE(storage.ok());
    storage_ = std::move(*storage);
    ASSERT_TRUE(storage_->Migrate().ok());
    customers_ = std::make_unique<CustomerService>(*storage_, clock_);
    auth_ = std::make_unique<AuthService>(*storage_, clock_, crypto_, std::chrono::hours(1));
  }

  Customer NewCustomer(const std::string& name, const std::string& number) {
    Customer c{CustomerId(), name, number, {"Street 1", "1000", "Brussels", "BE"}, 20, CustomerStatus::kActive, {}};
    auto created = customers_->Create(kAgent, c);
    EXPECT_TRUE(created.ok()) << created.error().message;
    return *created;
  }

  // An active line of `customer` (a site of its own), as the inventory records it after
  // activation; tickets name it as their affected line (DESK-028).
  ProductId AddLine(CustomerId customer, const std::string& formula, const std::string& tier) {
    auto tx = storage_->Begin(TxMode::kWrite);
    auto site = Customers(**tx).InsertSite(
        {SiteId(), customer, "Site " + formula + " " + tier, {"Street 2", "1000", "Brussels", "BE"}});
    EXPECT_TRUE(site.ok());
    Product line;
    line.customer_id = customer;
    line.site_id = *site;
    line.order_ref = "TEST";
    line.formula = formula;
    line.name = formula;
    line.sla_tier = tier;
    line.contract_start = clock_.Now() - std::chrono::hours(24 * 30);
    line.initial_term_months = 12;
    line.initial_term_end = clock_.Now() + std::chrono::hours(24 * 300);
    auto id = Products(**tx).Insert(line);
    EXPECT_TRUE(id.ok()) << id.error().message;
    EXPECT_TRUE((*tx)->Commit().ok());
    return *id;
  }

  static std::string LineRef(ProductId line) { return std::to_string(line.value()); }

  static Principal RepOf(CustomerId customer) { return Principal{UserId(99), Role::kCustomerRep, customer}; }

  static inline const Principal kAgent{UserId(1), Role::kAgentL1, CustomerId()};
  TempDir dir_;
  FakeClock clock_;
  SodiumCrypto crypto_;
  std::unique_ptr<SociStorage> storage_;
  std::unique_ptr<CustomerService> customers_;
  std::unique_ptr<AuthService> auth_;
};

}  // namespace bizline::testing
