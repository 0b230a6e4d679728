// What the usage tests on SQLite and PostgreSQL share: the real catalog (caps, packs, throttle
// profiles), a settable clock, and lines of one customer carrying a RADIUS User-Name.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>

#include "app/inventory/ports.h"
#include "app/party/ports.h"
#include "catalog/offer_file.h"
#include "storage_fixture.h"

namespace bizline::testing {

class UsageFixture : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (IsSkipped()) return;
    const char* dir = std::getenv("BIZLINE_SOURCE_DIR");
    auto loaded = LoadCatalogDir(std::filesystem::path(dir != nullptr ? dir : ".") / "catalog");
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    catalog_ = std::move(loaded).value();
  }

  // A line of `formula` carrying `user`; one customer holds every line of a test (its enterprise
  // number is unique).
  ProductId NewLine(const std::string& formula, const std::string& user) {
    auto tx = Begin();
    if (!customer_) {
      customer_ = *Customers(*tx).Insert(SampleCustomer());
      site_ = *Customers(*tx).InsertSite(Site{SiteId(), *customer_, "HQ", {"Rue 1", "1000", "Brussels", "BE"}});
    }
    Product line;
    line.customer_id = *customer_;
    line.site_id = site_;
    line.order_ref = "1";
    line.formula = formula;
    line.name = formula;
    line.radius_user_name = user;
    line.contract_start = InstantFromEpoch(1'770'000'000);
    line.initial_term_months = 10;
    line.initial_term_end = InstantFromEpoch(1'800'000'000);
    auto id = Products(*tx).Insert(line);
    EXPECT_TRUE(tx->Commit().ok());
    return *id;
  }

  static constexpr std::uint64_t kGb = 1'000'000'000ULL;
  Catalog catalog_;
  SettableClock clock_{InstantFromEpoch(1'774'000'000)};  // 2026-03-20, Brussels
  std::optional<CustomerId> customer_;
  SiteId site_;
};

}  // namespace bizline::testing
