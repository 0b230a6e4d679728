// The shipped catalog's volume caps (T-12): USE-003 to USE-007, 1 GB = 10^9 bytes.
#include "domain/usage/volume_cap.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "catalog/offer_file.h"

namespace bizline {
namespace {

std::filesystem::path SourceDir() {
  const char* dir = std::getenv("BIZLINE_SOURCE_DIR");
  return dir != nullptr ? std::filesystem::path(dir) : std::filesystem::current_path();
}

class ShippedVolumeCaps : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = LoadCatalogDir(SourceDir() / "catalog");
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    catalog_ = std::make_unique<Catalog>(std::move(loaded).value());
  }
  VolumeCap Cap(const std::string& formula, std::vector<std::string> options = {}) const {
    const Formula* f = catalog_->FindFormula(formula);
    EXPECT_NE(f, nullptr) << formula;
    return f == nullptr ? VolumeCap{} : CapOf(f->volume, options);
  }
  std::unique_ptr<Catalog> catalog_;
};

TEST_F(ShippedVolumeCaps, InternetEssentialIncludes100GigabytesUSE003) {
  const VolumeCap cap = Cap("internet-essential");
  EXPECT_EQ(cap.kind, CapKind::kIncluded);
  EXPECT_EQ(cap.bytes, Bytes{100'000'000'000ULL});
}

TEST_F(ShippedVolumeCaps, MaxiAndBusinessInternetHaveA3TerabyteFairUseThresholdUSE005) {
  for (const char* formula :
       {"internet-maxi", "internet-maxi-fullfiber", "business-internet-copper", "business-internet-fiber"}) {
    const VolumeCap cap = Cap(formula);
    EXPECT_EQ(cap.kind, CapKind::kFairUse) << formula;
    EXPECT_EQ(cap.bytes, Bytes{3'000'000'000'000ULL}) << formula;
  }
}

TEST_F(ShippedVolumeCaps, BusinessFiber2500Or8500RaisesItTo6TerabytesUSE006) {
  EXPECT_EQ(Cap("business-internet-fiber", {"business-fiber-2500"}).bytes, Bytes{6'000'000'000'000ULL});
  EXPECT_EQ(Cap("business-internet-fiber", {"business-fiber-8500"}).bytes, Bytes{6'000'000'000'000ULL});
  EXPECT_EQ(Cap("business-internet-fiber", {"business-fiber-500"}).bytes, Bytes{3'000'000'000'000ULL});
}

TEST_F(ShippedVolumeCaps, TheOthersAreUnlimitedUSE007) {
  for (const char* formula : {"internet-pro", "fullfiber", "internet-pro-plus", "fullfiber-extended",
                              "internet-pro-plus-essential", "fullfiber-extended-essential"}) {
    EXPECT_EQ(Cap(formula).kind, CapKind::kUnlimited) << formula;
  }
}

}  // namespace
}  // namespace bizline
