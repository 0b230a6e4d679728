// `bizline line import`'s use case on both backends (issue 11 item 3): customers found by
// enterprise number or created, sites by address, every line provisioned with its RADIUS
// User-Name and without an activation notice, idempotent by User-Name, all rows or none.
#include "app/inventory/line_import.h"

#include "app/notification/ports.h"
#include "provisioning_fixture.h"

namespace bizline::testing {
namespace {

class LineImportTest : public ProvisioningTest {
 protected:
  static ImportedLine Row(std::size_t row, std::string user, std::string number, std::string formula,
                          PostalAddress site = {"Street 1", "1000", "Brussels", "BE"}) {
    ImportedLine line;
    line.row = row;
    line.user_name = std::move(user);
    line.customer = Customer{CustomerId(), "C " + number, number, site, 20, CustomerStatus::kActive, {}};
    line.site = site;
    line.order.formula = std::move(formula);
    line.order.wifi = WifiChoice::kOff;
    line.order.customer_employees = 20;
    line.activation_day = *ParseCivilDay("2025-01-15");
    return line;
  }

  Result<LineImportReport> Import(const std::vector<ImportedLine>& lines) {
    problems_.clear();
    return LineImporter(*storage_, *provisioning_, clock_).Import(lines, problems_);
  }

  Result<Product> Line(const std::string& user) { return Products(*Tx(TxMode::kRead)).FindByRadiusUserName(user); }

  std::vector<RowProblem> problems_;
};

TEST_P(LineImportTest, FindsOrCreatesCustomersAndSitesAndStoresEveryLineSilently) {
  auto [existing, hq] = NewCustomer("0403.170.701");
  const PostalAddress depot{"Dok Noord 3", "9000", "Gent", "BE"};
  auto report = Import({Row(2, "a@isp", "0403.170.701", "internet-pro-plus"),            // existing customer and site
                        Row(3, "b@isp", "0403.170.701", "internet-pro", depot),          // its new site
                        Row(4, "c@isp", "0202.239.951", "fullfiber-extended", depot)});  // a new customer
  ASSERT_TRUE(report.ok()) << report.error().message;
  ASSERT_TRUE(problems_.empty()) << problems_[0].message;
  EXPECT_EQ(report->imported, 3);
  EXPECT_EQ(report->customers_created, 1);
  EXPECT_EQ(report->sites_created, 2);

  auto a = Line("a@isp");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->customer_id, existing);
  EXPECT_EQ(a->site_id, hq);
  EXPECT_EQ(a->status, ProductStatus::kActive);
  EXPECT_FALSE(a->addressing.ipv4_address.empty()) << "addresses from IPAM as for an order";
  // CON-007: the contract started on the activation day, 00:00 in Brussels.
  EXPECT_EQ(a->contract_start, InstantFromEpoch(1'736'895'600));  // 2025-01-15T00:00:00+01:00
  EXPECT_NE(Line("c@isp")->customer_id, existing);
  // ORD-020's activation notice was given by the previous system: none is sent again.
  EXPECT_EQ(Notifications(*Tx(TxMode::kRead)).ListForCustomer(existing, {})->total, 0);
}

TEST_P(LineImportTest, RunningTheSameFileTwiceImportsItOnce) {
  const std::vector<ImportedLine> lines{Row(2, "a@isp", "0403.170.701", "internet-pro"),
                                        Row(3, "b@isp", "0403.170.701", "internet-pro")};
  ASSERT_EQ(Import(lines)->imported, 2);
  auto again = Import(lines);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(problems_.empty());
  EXPECT_EQ(again->imported, 0);
  EXPECT_EQ(again->already_present, 2);
  EXPECT_EQ(again->customers_created, 0);
}

TEST_P(LineImportTest, AUserNameOfAnotherCustomersLineStopsTheWholeImport) {
  ASSERT_EQ(Import({Row(2, "taken@isp", "0403.170.701", "internet-pro")})->imported, 1);
  auto report = Import(
      {Row(2, "fresh@isp", "0202.239.951", "internet-pro"), Row(3, "taken@isp", "0202.239.951", "internet-pro")});
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_EQ(problems_[0].row, 3u);
  EXPECT_EQ(problems_[0].field, "user_name");
  EXPECT_EQ(Line("fresh@isp").error().code, ErrorCode::kNotFound) << "nothing is stored when a row is bad";
  auto tx = Tx(TxMode::kRead);
  EXPECT_EQ(Customers(*tx).FindByEnterpriseNumber("0202.239.951").error().code, ErrorCode::kNotFound);
}

TEST_P(LineImportTest, ARowThatCannotBeProvisionedIsNamedAndNothingIsStored) {
  std::vector<ImportedLine> lines;
  // The test pool of fixed IPv4 addresses holds 256: the 257th line cannot have one (CAT-047).
  for (std::size_t i = 0; i < 257; ++i) {
    lines.push_back(Row(i + 2, "l" + std::to_string(i) + "@isp", "0403.170.701", "internet-pro-plus"));
  }
  auto report = Import(lines);
  ASSERT_TRUE(report.ok()) << report.error().message;
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_EQ(problems_[0].row, 258u);
  EXPECT_EQ(Line("l0@isp").error().code, ErrorCode::kNotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, LineImportTest, ::testing::Values(Backend::kSqlite, Backend::kPostgres),
                         BackendParamName);

}  // namespace
}  // namespace bizline::testing
