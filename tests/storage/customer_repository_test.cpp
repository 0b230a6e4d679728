#include "app/party/ports.h"
#include "storage_fixture.h"

namespace bizline::testing {
namespace {

TEST_P(StorageContract, MigrationsAreIdempotent) {
  auto again = storage_->Migrate();
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, 0);
}

TEST_P(StorageContract, CustomerRoundTrip) {
  auto tx = Begin();
  auto id = Customers(*tx).Insert(SampleCustomer());
  ASSERT_TRUE(id.ok()) << id.error().message;
  ASSERT_TRUE(tx->Commit().ok());

  auto read = Customers(*Begin(TxMode::kRead)).Get(*id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->name, "Acme NV");
  EXPECT_EQ(read->enterprise_number, "0403.170.701");
  EXPECT_EQ(read->address.city, "Brussels");
  EXPECT_EQ(read->employees, 42);
  EXPECT_EQ(read->created_at, InstantFromEpoch(1'790'000'000));  // stored as UTC epoch seconds
}

TEST_P(StorageContract, MissingCustomerIsNotFound) {
  auto read = Customers(*Begin(TxMode::kRead)).Get(CustomerId(999));
  ASSERT_FALSE(read.ok());
  EXPECT_EQ(read.error().code, ErrorCode::kNotFound);
}

TEST_P(StorageContract, DuplicateEnterpriseNumberIsAlreadyExists) {
  auto tx = Begin();
  ASSERT_TRUE(Customers(*tx).Insert(SampleCustomer()).ok());
  auto dup = Customers(*tx).Insert(SampleCustomer("Other name"));
  ASSERT_FALSE(dup.ok());
  EXPECT_EQ(dup.error().code, ErrorCode::kAlreadyExists);  // driver error translated in storage
}

TEST_P(StorageContract, SqlMetacharactersAreStoredVerbatim) {
  const std::string nasty = "Robert'); DROP TABLE customer;-- \"x\" \\ % _";
  auto tx = Begin();
  auto id = Customers(*tx).Insert(SampleCustomer(nasty));
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(tx->Commit().ok());
  auto tx2 = Begin(TxMode::kRead);
  EXPECT_EQ(Customers(*tx2).Get(*id)->name, nasty);
  CustomerFilter filter;
  filter.name = nasty;
  EXPECT_EQ(Customers(*tx2).List(filter, {})->total, 1);
}

TEST_P(StorageContract, UncommittedTransactionRollsBack) {
  {
    auto tx = Begin();
    ASSERT_TRUE(Customers(*tx).Insert(SampleCustomer()).ok());
  }
  EXPECT_EQ(*Customers(*Begin(TxMode::kRead)).Count(), 0);
}

TEST_P(StorageContract, ListPagesAndCountsAndFilters) {
  auto tx = Begin();
  const char* numbers[] = {"0403.170.701", "0202.239.951", "0417.497.106", "0400.378.485", "0403.199.702"};
  for (int i = 0; i < 5; ++i) {
    auto id = Customers(*tx).Insert(SampleCustomer("Customer " + std::to_string(i), numbers[i]));
    ASSERT_TRUE(id.ok()) << numbers[i] << ": " << id.error().message;
  }
  ASSERT_TRUE(tx->Commit().ok());
  auto page = Customers(*Begin(TxMode::kRead)).List({}, PageRequest{1, 2});
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->total, 5);
  ASSERT_EQ(page->items.size(), 2u);
  EXPECT_EQ(page->items[0].name, "Customer 1");

  CustomerFilter only;
  only.only = page->items[1].id;
  auto mine = Customers(*Begin(TxMode::kRead)).List(only, {});
  EXPECT_EQ(mine->total, 1);
  EXPECT_EQ(mine->items.at(0).name, "Customer 2");
}

TEST_P(StorageContract, UpdateChangesTheRowAndReportsMissing) {
  auto tx = Begin();
  auto id = Customers(*tx).Insert(SampleCustomer());
  Customer c = SampleCustomer("Renamed");
  c.id = *id;
  c.employees = 11;
  ASSERT_TRUE(Customers(*tx).Update(c).ok());
  EXPECT_EQ(Customers(*tx).Get(*id)->employees, 11);
  c.id = CustomerId(12345);
  EXPECT_EQ(Customers(*tx).Update(c).error().code, ErrorCode::kNotFound);
}

TEST_P(StorageContract, CON_004_SchemaRefusesNineEmployees) {
  Customer c = SampleCustomer();
  c.employees = 9;  // CON-004: the database itself refuses it, as a second line of defence
  auto id = Customers(*Begin()).Insert(c);
  ASSERT_FALSE(id.ok());
  EXPECT_EQ(id.error().code, ErrorCode::kFailedPrecondition);
}

TEST_P(StorageContract, SitesAndRepresentativesBelongToTheirCustomer) {
  auto tx = Begin();
  auto acme = *Customers(*tx).Insert(SampleCustomer());
  auto globex = *Customers(*tx).Insert(SampleCustomer("Globex", "0202.239.951"));
  ASSERT_TRUE(Customers(*tx).InsertSite(Site{SiteId(), acme, "HQ", {"a", "1000", "Brussels", "BE"}}).ok());
  ASSERT_TRUE(
      Customers(*tx)
          .InsertRepresentative(Representative{RepresentativeId(), acme, "Ann", "ann@acme.example", "+32", "IT"})
          .ok());
  EXPECT_EQ(Customers(*tx).Sites(acme)->size(), 1u);
  EXPECT_EQ(Customers(*tx).Sites(globex)->size(), 0u);
  EXPECT_EQ(Customers(*tx).Representatives(globex)->size(), 0u);
  ASSERT_TRUE(tx->Commit().ok());
  // A failed statement ends the transaction on PostgreSQL: the contract is one failure per tx.
  auto dup = Customers(*Begin()).InsertRepresentative(
      Representative{RepresentativeId(), acme, "Ann 2", "ann@acme.example", "+32", "IT"});
  EXPECT_EQ(dup.error().code, ErrorCode::kAlreadyExists);
}

TEST_P(StorageContract, SiteOfUnknownCustomerViolatesForeignKey) {
  auto site = Customers(*Begin()).InsertSite(Site{SiteId(), CustomerId(777), "HQ", {"a", "1000", "Brussels", "BE"}});
  ASSERT_FALSE(site.ok());
  EXPECT_EQ(site.error().code, ErrorCode::kFailedPrecondition);
}

INSTANTIATE_TEST_SUITE_P(Backends, StorageContract, ::testing::Values(Backend::kSqlite, Backend::kPostgres), ParamName);

}  // namespace
}  // namespace bizline::testing
