// Rows of `bizline line import` checked against the shipped catalog (issue 11 item 3): each
// problem names its column and rule, every problem of a row is reported at once, and stop-sell
// formulas are accepted for lines sold before it (CAT-005).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "catalog/offer_file.h"
#include "domain/inventory/line_import.h"

namespace bizline {
namespace {

std::filesystem::path SourceDir() {
  const char* dir = std::getenv("BIZLINE_SOURCE_DIR");
  return dir != nullptr ? std::filesystem::path(dir) : std::filesystem::current_path();
}

const CivilDay kToday = *ParseCivilDay("2026-12-04");

class LineImportRow : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = LoadCatalogDir(SourceDir() / "catalog");
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    catalog_ = std::make_unique<Catalog>(std::move(loaded).value());
  }
  std::optional<ImportedLine> Read(const std::string& record) {
    problems_.clear();
    return ReadLineImportRow(*catalog_, kToday, 7, record, problems_);
  }
  bool HasProblem(const std::string& field, const std::string& rule = {}) const {
    for (const RowProblem& p : problems_) {
      if (p.row == 7 && p.field == field && (rule.empty() || p.rule == rule)) return true;
    }
    return false;
  }
  std::unique_ptr<Catalog> catalog_;
  std::vector<RowProblem> problems_;
};

TEST_F(LineImportRow, ReadsACompleteRow) {
  auto line = Read(
      "beta-1@isp,0202239951,\"Beta, Fils & Co\",40,\"Meir 1, 2000 Antwerpen\",internet-pro-plus,"
      "\"fixed-ipv4;ip-pack(ipv4BlockSize=8)\",2024-06-30");
  ASSERT_TRUE(line) << (problems_.empty() ? "" : problems_[0].message);
  EXPECT_EQ(line->row, 7u);
  EXPECT_EQ(line->user_name, "beta-1@isp");
  EXPECT_EQ(line->customer.enterprise_number, "0202.239.951");  // canonical form
  EXPECT_EQ(line->customer.name, "Beta, Fils & Co");
  EXPECT_EQ(line->customer.employees, 40);
  EXPECT_EQ(line->site.street, "Meir 1");
  EXPECT_EQ(line->site.post_code, "2000");
  EXPECT_EQ(line->site.city, "Antwerpen");
  EXPECT_EQ(line->order.formula, "internet-pro-plus");
  ASSERT_EQ(line->order.options.size(), 2u);
  EXPECT_EQ(line->order.options[1].id, "ip-pack");
  EXPECT_EQ(std::get<std::int64_t>(line->order.options[1].characteristics.at("ipv4BlockSize")), 8);
  EXPECT_EQ(line->order.wifi, WifiChoice::kOff);
  EXPECT_EQ(line->activation_day, *ParseCivilDay("2024-06-30"));
}

TEST_F(LineImportRow, AcceptsAStopSellFormulaForAnExistingLine) {
  // CAT-005 stops new orders of Internet Essential, not the lines sold before the stop.
  EXPECT_TRUE(
      Read("acme-1@isp,0403.170.701,Acme,25,\"Rue de la Loi 16, 1000 Brussel\",internet-essential,,2025-01-15"));
  EXPECT_TRUE(problems_.empty());
}

TEST_F(LineImportRow, ReportsEveryProblemOfARowWithItsColumnAndRule) {
  EXPECT_FALSE(Read("new-1@isp,0403.170.702,Acme,5,Rue de la Loi 16,internet-nope,\"bogus;ip-pack(x\",2025-02-30"));
  EXPECT_TRUE(HasProblem("enterprise_number"));     // mod-97 check fails
  EXPECT_TRUE(HasProblem("employees", "CON-004"));  // a Client has more than nine employees
  EXPECT_TRUE(HasProblem("site_address"));
  EXPECT_TRUE(HasProblem("formula", "CAT-002"));
  EXPECT_TRUE(HasProblem("options"));
  EXPECT_TRUE(HasProblem("activation_date"));
}

TEST_F(LineImportRow, ChecksOptionsWithTheCatalogLikeAnOrder) {
  EXPECT_FALSE(
      Read("x@isp,0403170701,Acme,25,\"Rue 1, 1000 Brussel\",internet-pro-plus,ip-pack(ipv4BlockSize=7),"
           "2025-01-01"));
  EXPECT_TRUE(HasProblem("options", "CAT-057"));  // IP Pack sizes 4, 8, 16 or 32
  EXPECT_FALSE(Read("x@isp,0403170701,Acme,25,\"Rue 1, 1000 Brussel\",internet-pro,business-fiber-2500,2025-01-01"));
  EXPECT_TRUE(HasProblem("options"));  // not an option of Internet Pro
}

TEST_F(LineImportRow, RefusesAnActivationAfterToday) {
  EXPECT_FALSE(Read("x@isp,0403170701,Acme,25,\"Rue 1, 1000 Brussel\",internet-pro,,2026-12-05"));
  EXPECT_TRUE(HasProblem("activation_date"));
  EXPECT_TRUE(Read("x@isp,0403170701,Acme,25,\"Rue 1, 1000 Brussel\",internet-pro,,2026-12-04"));
}

TEST_F(LineImportRow, RefusesHostileText) {
  EXPECT_FALSE(Read("caf\xff,0403170701,Acme,25,\"Rue 1, 1000 Brussel\",internet-pro,,2025-01-01"));
  EXPECT_TRUE(HasProblem("row"));  // not UTF-8
  EXPECT_FALSE(Read(std::string(254, 'u') + ",0403170701,Acme,25,\"Rue 1, 1000 Brussel\",internet-pro,,2025-01-01"));
  EXPECT_TRUE(HasProblem("user_name"));  // RFC 2865: at most 253 bytes
  EXPECT_FALSE(Read("a,b,c"));
  EXPECT_TRUE(HasProblem("row"));  // wrong number of fields
}

TEST_F(LineImportRow, FindsConflictsBetweenRows) {
  auto a = Read("dup@isp,0403170701,Acme,25,\"Rue 1, 1000 Brussel\",internet-pro,,2025-01-01");
  auto b = Read("dup@isp,0403.170.701,Acme NV,25,\"Rue 1, 1000 Brussel\",internet-pro,,2025-01-01");
  ASSERT_TRUE(a && b);
  b->row = 9;
  std::vector<ImportedLine> lines{*a, *b};
  auto problems = CheckImportedLinesTogether(lines);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].field, "user_name");      // the same User-Name twice
  EXPECT_EQ(problems[1].field, "customer_name");  // one enterprise number, two names
  EXPECT_EQ(problems[0].row, 9u);
}

TEST(SiteAddress, ParsesStreetPostCodeAndCity) {
  auto a = ParseSiteAddress("Chaussée de Louvain 1, 1210 Saint-Josse-ten-Noode");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->street, "Chaussée de Louvain 1");
  EXPECT_EQ(a->post_code, "1210");
  EXPECT_EQ(a->city, "Saint-Josse-ten-Noode");
  EXPECT_FALSE(ParseSiteAddress("Chaussée de Louvain 1"));
  EXPECT_FALSE(ParseSiteAddress("Street 1, 12 Brussel"));
  EXPECT_FALSE(ParseSiteAddress(", 1000 Brussel"));
}

}  // namespace
}  // namespace bizline
