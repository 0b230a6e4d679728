#include "app/party/ports.h"
#include "app_fixture.h"

namespace bizline::testing {
namespace {

using CustomerServiceTest = AppTest;

TEST_F(CustomerServiceTest, ARepresentativeNeverReachesAnotherCustomer) {
  Customer acme = NewCustomer("Acme", "0403.170.701");
  Customer globex = NewCustomer("Globex", "0202.239.951");
  Principal acme_rep = RepOf(acme.id);

  EXPECT_EQ(customers_->Get(acme_rep, globex.id).error().code, ErrorCode::kNotFound);  // not even "forbidden"
  EXPECT_EQ(customers_->Sites(acme_rep, globex.id).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(customers_->Representatives(acme_rep, globex.id).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(customers_->Patch(acme_rep, globex.id, {}).error().code, ErrorCode::kNotFound);
  Representative rep{RepresentativeId(), globex.id, "Mallory", "m@acme.example", "+32", "spy"};
  EXPECT_EQ(customers_->AddRepresentative(acme_rep, rep).error().code, ErrorCode::kNotFound);

  CustomerFilter ask_for_globex;
  ask_for_globex.only = globex.id;  // a representative cannot widen or move its filter
  auto list = customers_->List(acme_rep, ask_for_globex, {});
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->items.size(), 1u);
  EXPECT_EQ(list->items[0].id, acme.id);
}

TEST_F(CustomerServiceTest, OnlyCustomerManagersChangeCustomerRecords) {
  Customer acme = NewCustomer("Acme", "0403.170.701");
  CustomerPatch rename;
  rename.name = "Acme Holding";
  EXPECT_EQ(customers_->Patch(RepOf(acme.id), acme.id, rename).error().code, ErrorCode::kPermissionDenied);
  Principal escalation{UserId(2), Role::kEscalationManager, CustomerId()};
  EXPECT_EQ(customers_->Patch(escalation, acme.id, rename).error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(customers_->Patch(kAgent, acme.id, rename)->name, "Acme Holding");
}

TEST_F(CustomerServiceTest, CON_004_PatchCannotDropBelowTenEmployees) {
  Customer acme = NewCustomer("Acme", "0403.170.701");
  CustomerPatch shrink;
  shrink.employees = 9;
  auto result = customers_->Patch(kAgent, acme.id, shrink);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().rule, "CON-004");                   // CON-004
  EXPECT_EQ(customers_->Get(kAgent, acme.id)->employees, 20);  // nothing changed
}

}  // namespace
}  // namespace bizline::testing
