#include "app_fixture.h"

namespace bizline::testing {
namespace {

using AuthServiceTest = AppTest;

TEST_F(AuthServiceTest, TokensExpireAndAreStoredOnlyAsHashes) {
  ASSERT_TRUE(auth_->AddUserAsSystem({"Agent@X.example", "Agent", "pw-1234", Role::kAgentL1, CustomerId()}).ok());
  auto login = auth_->Login("agent@x.example", "pw-1234");
  ASSERT_TRUE(login.ok());
  EXPECT_TRUE(auth_->Authenticate(login->token).ok());

  auto tx = storage_->Begin(TxMode::kRead);
  EXPECT_EQ((*tx)->users().FindSession(login->token).error().code, ErrorCode::kNotFound);  // clear token not stored
  EXPECT_TRUE((*tx)->users().FindSession(crypto_.HashToken(login->token)).ok());

  clock_.Advance(std::chrono::hours(1));
  EXPECT_EQ(auth_->Authenticate(login->token).error().code, ErrorCode::kUnauthenticated);
}

TEST_F(AuthServiceTest, PasswordsAreArgon2idHashes) {
  ASSERT_TRUE(auth_->AddUserAsSystem({"a@x.example", "A", "pw-1234", Role::kAdmin, CustomerId()}).ok());
  auto tx = storage_->Begin(TxMode::kRead);
  auto user = (*tx)->users().FindByEmail("a@x.example");
  EXPECT_EQ(user->password_hash.rfind("$argon2id$", 0), 0u);
  EXPECT_EQ(auth_->Login("a@x.example", "wrong").error().code, ErrorCode::kUnauthenticated);
}

TEST_F(AuthServiceTest, RepresentativeMustBeBoundToAnExistingCustomer) {
  auto unbound = auth_->AddUserAsSystem({"r@x.example", "R", "pw-1234", Role::kCustomerRep, CustomerId()});
  EXPECT_EQ(unbound.error().field, "customer");
  auto ghost = auth_->AddUserAsSystem({"r@x.example", "R", "pw-1234", Role::kCustomerRep, CustomerId(404)});
  EXPECT_EQ(ghost.error().field, "customer");
  Customer acme = NewCustomer("Acme", "0403.170.701");
  auto bound = auth_->AddUserAsSystem({"r@x.example", "R", "pw-1234", Role::kCustomerRep, acme.id});
  ASSERT_TRUE(bound.ok());
  auto principal = auth_->Authenticate(auth_->Login("r@x.example", "pw-1234")->token);
  EXPECT_EQ(principal->customer_id, acme.id);
  EXPECT_FALSE(principal->IsStaff());
}

TEST_F(AuthServiceTest, LogoutEndsTheSession) {
  ASSERT_TRUE(auth_->AddUserAsSystem({"a@x.example", "A", "pw-1234", Role::kAgentL2, CustomerId()}).ok());
  auto token = auth_->Login("a@x.example", "pw-1234")->token;
  ASSERT_TRUE(auth_->Logout(token).ok());
  EXPECT_FALSE(auth_->Authenticate(token).ok());
}

}  // namespace
}  // namespace bizline::testing
