#include "app/identity/ports.h"
#include "app/party/ports.h"
#include "storage_fixture.h"

namespace bizline::testing {
namespace {

using UserStorage = StorageContract;

User SampleUser(std::string email, Role role, CustomerId customer = CustomerId()) {
  return User{UserId(), std::move(email), "Someone", role, customer, "$argon2id$fake", InstantFromEpoch(1'790'000'000)};
}

TEST_P(UserStorage, UserRoundTripWithAndWithoutCustomer) {
  auto tx = Begin();
  auto acme = *Customers(*tx).Insert(SampleCustomer());
  auto agent = Users(*tx).Insert(SampleUser("agent@x.example", Role::kAgentL2));
  auto rep = Users(*tx).Insert(SampleUser("rep@x.example", Role::kCustomerRep, acme));
  ASSERT_TRUE(agent.ok() && rep.ok());
  EXPECT_FALSE(Users(*tx).Get(*agent)->customer_id.valid());
  EXPECT_EQ(Users(*tx).Get(*rep)->customer_id, acme);
  EXPECT_EQ(Users(*tx).FindByEmail("rep@x.example")->role, Role::kCustomerRep);
  EXPECT_EQ(Users(*tx).FindByEmail("nobody@x.example").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(Users(*tx).Insert(SampleUser("agent@x.example", Role::kAdmin)).error().code, ErrorCode::kAlreadyExists);
}

TEST_P(UserStorage, SessionsAreFoundDeletedAndExpire) {
  auto tx = Begin();
  auto user = *Users(*tx).Insert(SampleUser("agent@x.example", Role::kAgentL1));
  ASSERT_TRUE(Users(*tx).InsertSession({"hash-1", user, InstantFromEpoch(100)}).ok());
  ASSERT_TRUE(Users(*tx).InsertSession({"hash-2", user, InstantFromEpoch(300)}).ok());
  EXPECT_EQ(Users(*tx).FindSession("hash-1")->user_id, user);
  ASSERT_TRUE(Users(*tx).DeleteExpiredSessions(InstantFromEpoch(200)).ok());
  EXPECT_EQ(Users(*tx).FindSession("hash-1").error().code, ErrorCode::kNotFound);
  ASSERT_TRUE(Users(*tx).DeleteSession("hash-2").ok());
  EXPECT_EQ(Users(*tx).FindSession("hash-2").error().code, ErrorCode::kNotFound);
}

TEST_P(UserStorage, ConcurrentWritersAllCommit) {
  // Several connections write at once; SQLite queues them (BEGIN IMMEDIATE + busy timeout),
  // PostgreSQL runs them side by side. Every acknowledged commit must be there afterwards.
  constexpr int kThreads = 4, kPerThread = 10;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        auto tx = storage_->Begin(TxMode::kWrite);
        if (!tx) {
          ++failures;
          continue;
        }
        auto email = "u" + std::to_string(t) + "-" + std::to_string(i) + "@x.example";
        if (!Users(**tx).Insert(SampleUser(email, Role::kAgentL1)) || !(*tx)->Commit()) ++failures;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  int found = 0;
  auto tx = Begin(TxMode::kRead);
  for (int t = 0; t < kThreads; ++t) {
    for (int i = 0; i < kPerThread; ++i) {
      found += Users(*tx).FindByEmail("u" + std::to_string(t) + "-" + std::to_string(i) + "@x.example").ok() ? 1 : 0;
    }
  }
  EXPECT_EQ(found, kThreads * kPerThread);
}

INSTANTIATE_TEST_SUITE_P(Backends, UserStorage, ::testing::Values(Backend::kSqlite, Backend::kPostgres), ParamName);

}  // namespace
}  // namespace bizline::testing
