#include "app/identity/ports.h"
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
  EXPECT_EQ(Users(**tx).FindSession(login->token).error().code, ErrorCode::kNotFound);  // clear token not stored
  EXPECT_TRUE(Users(**tx).FindSession(crypto_.HashToken(login->token)).ok());

  clock_.Advance(std::chrono::hours(1));
  EXPECT_EQ(auth_->Authenticate(login->token).error().code, ErrorCode::kUnauthenticated);
}

TEST_F(AuthServiceTest, PasswordsAreArgon2idHashes) {
  ASSERT_TRUE(auth_->AddUserAsSystem({"a@x.example", "A", "pw-1234", Role::kAdmin, CustomerId()}).ok());
  auto tx = storage_->Begin(TxMode::kRead);
  auto user = Users(**tx).FindByEmail("a@x.example");
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

// The token cache (TokenCacheOptions: 5 s by default) must never let a logged-out or expired
// token through on this server.
TEST_F(AuthServiceTest, ACachedTokenFailsAtOnceAfterLogout) {
  ASSERT_TRUE(auth_->AddUserAsSystem({"a@x.example", "A", "pw-1234", Role::kAgentL2, CustomerId()}).ok());
  auto token = auth_->Login("a@x.example", "pw-1234")->token;
  ASSERT_TRUE(auth_->Authenticate(token).ok());  // now cached
  ASSERT_TRUE(auth_->Authenticate(token).ok());
  ASSERT_TRUE(auth_->Logout(token).ok());
  EXPECT_EQ(auth_->Authenticate(token).error().code, ErrorCode::kUnauthenticated);
}

TEST_F(AuthServiceTest, ACachedTokenFailsAtOnceWhenItsSessionExpires) {
  ASSERT_TRUE(auth_->AddUserAsSystem({"a@x.example", "A", "pw-1234", Role::kAgentL2, CustomerId()}).ok());
  auto login = auth_->Login("a@x.example", "pw-1234");
  clock_.Advance(std::chrono::hours(1) - std::chrono::seconds(2));  // the 1 h session has 2 s left
  ASSERT_TRUE(auth_->Authenticate(login->token).ok());              // cached, but not past the expiry
  clock_.Advance(std::chrono::seconds(1));
  EXPECT_TRUE(auth_->Authenticate(login->token).ok());
  clock_.Advance(std::chrono::seconds(1));  // exactly at expires_at
  EXPECT_EQ(auth_->Authenticate(login->token).error().code, ErrorCode::kUnauthenticated);
}

TEST_F(AuthServiceTest, TheCacheAnswersWithinItsTtlAndAsksTheDatabaseAfterIt) {
  ASSERT_TRUE(auth_->AddUserAsSystem({"a@x.example", "A", "pw-1234", Role::kAgentL2, CustomerId()}).ok());
  auto token = auth_->Login("a@x.example", "pw-1234")->token;
  ASSERT_TRUE(auth_->Authenticate(token).ok());
  {  // another server logs the token out: only the database knows
    auto tx = storage_->Begin(TxMode::kWrite);
    ASSERT_TRUE(Users(**tx).DeleteSession(crypto_.HashToken(token)).ok());
    ASSERT_TRUE((*tx)->Commit().ok());
  }
  clock_.Advance(std::chrono::seconds(4));
  EXPECT_TRUE(auth_->Authenticate(token).ok());  // served from the cache (the bound: ttl)
  clock_.Advance(std::chrono::seconds(1));
  EXPECT_EQ(auth_->Authenticate(token).error().code, ErrorCode::kUnauthenticated);  // ttl over: asked again
}

TEST_F(AuthServiceTest, AZeroTtlDisablesTheCache) {
  AuthService uncached(*storage_, clock_, crypto_, std::chrono::hours(1), TokenCacheOptions{100, Seconds(0)});
  ASSERT_TRUE(uncached.AddUserAsSystem({"a@x.example", "A", "pw-1234", Role::kAgentL2, CustomerId()}).ok());
  auto token = uncached.Login("a@x.example", "pw-1234")->token;
  ASSERT_TRUE(uncached.Authenticate(token).ok());
  {
    auto tx = storage_->Begin(TxMode::kWrite);
    ASSERT_TRUE(Users(**tx).DeleteSession(crypto_.HashToken(token)).ok());
    ASSERT_TRUE((*tx)->Commit().ok());
  }
  EXPECT_FALSE(uncached.Authenticate(token).ok());
}

TEST(TokenCache, ALookupThatReadTheDatabaseBeforeALogoutDoesNotCacheIt) {
  TokenCache cache(10, Seconds(5));
  const Instant now = InstantFromEpoch(1'800'000'000);
  const Principal who{UserId(1), Role::kAgentL1, CustomerId()};
  std::uint64_t epoch = cache.Epoch();                   // the lookup starts reading the session...
  cache.Erase("h");                                      // ...a logout of that token commits meanwhile...
  cache.Put("h", who, now + Seconds(3600), now, epoch);  // ...its stale answer is not kept
  EXPECT_FALSE(cache.Find("h", now).has_value());
  cache.Put("h", who, now + Seconds(3600), now, cache.Epoch());
  EXPECT_TRUE(cache.Find("h", now).has_value());
}

TEST(TokenCache, StaysWithinItsCapacity) {
  TokenCache cache(3, Seconds(5));
  const Instant now = InstantFromEpoch(1'800'000'000);
  for (int i = 0; i < 10; ++i) {
    cache.Put("h" + std::to_string(i), {UserId(i + 1), Role::kAgentL1, CustomerId()}, now + Seconds(60), now,
              cache.Epoch());
  }
  int found = 0;
  for (int i = 0; i < 10; ++i) found += cache.Find("h" + std::to_string(i), now).has_value() ? 1 : 0;
  EXPECT_EQ(found, 3);
  EXPECT_TRUE(cache.Find("h9", now).has_value());  // the newest is always kept
}

}  // namespace
}  // namespace bizline::testing
