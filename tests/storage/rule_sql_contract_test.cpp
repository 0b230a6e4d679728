// Rules live in the domain, not in SQL (issue 9 item 6): where a query selects by a contract rule,
// the query and the domain predicate run over the same generated rows, on each backend, and must
// give the same answer. SLA-026 (IsPastDue: which statuses can breach, and a breach is permanent)
// and ORD-034 (IsLate).
#include <gmock/gmock.h>

#include <random>
#include <set>

#include "app/ordering/ports.h"
#include "app/party/ports.h"
#include "app/ticketing/ports.h"
#include "domain/ordering/order_lateness.h"
#include "domain/ticketing/service_level.h"
#include "storage_fixture.h"

namespace bizline::testing {
namespace {

using RuleSqlContract = StorageContract;

constexpr int kRows = 60;

TEST_P(RuleSqlContract, PastDueTicketsAreThoseTheDomainCallsPastDue_SLA_026_SLA_006) {
  std::mt19937 rng(20261203);
  const auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
  const Instant now = InstantFromEpoch(1'790'100'000);
  auto tx = Begin();
  auto customer = *Customers(*tx).Insert(SampleCustomer());
  for (int i = 0; i < kRows; ++i) {
    Ticket t;
    t.customer_id = customer;
    t.description = "generated " + std::to_string(i);
    t.severity = "Major";
    t.ticket_type = "incident";
    t.priority = Priority::kP2;
    t.status = kAllTicketStatuses[pick(std::size(kAllTicketStatuses))];
    t.created_at = now - std::chrono::hours(48);
    t.last_update = t.created_at;
    t.status_change_date = t.created_at;
    if (pick(5) > 0) t.expected_resolution = now + std::chrono::minutes(pick(240) - 120);
    if (pick(2) == 0) t.expected_resolution = now;  // the boundary: due exactly now
    auto id = Tickets(*tx).Insert(t);
    ASSERT_TRUE(id.ok()) << id.error().message;
    if (t.expected_resolution && pick(4) == 0) {
      ASSERT_TRUE(Tickets(*tx).MarkBreached(*id, *t.expected_resolution).ok());
    }
  }
  ASSERT_TRUE(tx->Commit().ok());

  auto read = Begin(TxMode::kRead);
  std::set<std::int64_t> by_rule;
  auto all = Tickets(*read).List({}, {0, kMaxPageLimit});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->items.size(), static_cast<std::size_t>(kRows));
  for (const auto& t : all->items) {
    if (IsPastDue(t, now)) by_rule.insert(t.id.value());
  }
  auto past_due = Tickets(*read).PastDue(now, kRows);
  ASSERT_TRUE(past_due.ok());
  std::set<std::int64_t> by_sql;
  for (const auto& t : *past_due) by_sql.insert(t.id.value());
  EXPECT_EQ(by_sql, by_rule);
  EXPECT_FALSE(by_rule.empty()) << "the generated rows should hold past-due tickets";
}

TEST_P(RuleSqlContract, LateOrdersAreThoseTheDomainCallsLate_ORD_034) {
  std::mt19937 rng(20261204);
  const auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
  const CivilDay today = *ParseCivilDay("2026-12-28");
  auto tx = Begin();
  auto customer = *Customers(*tx).Insert(SampleCustomer());
  auto site = *Customers(*tx).InsertSite({SiteId(), customer, "HQ", {"Street 1", "1000", "Brussels", "BE"}});
  for (int i = 0; i < kRows; ++i) {
    ProductOrder o;
    o.customer_id = customer;
    o.site_id = site;
    o.external_id = "GEN-" + std::to_string(i);
    o.request.formula = "internet-pro";
    o.request.wifi = WifiChoice::kOff;
    o.milestone = kAllOrderMilestones[pick(std::size(kAllOrderMilestones))];
    o.created_at = InstantFromEpoch(1'790'000'000);
    if (pick(6) > 0) o.target_activation_date = today + date::days(pick(9) - 4);
    if (pick(4) == 0) o.activated_at = InstantFromEpoch(1'796'000'000);
    auto id = Orders(*tx).Insert(o);
    ASSERT_TRUE(id.ok()) << id.error().message;
  }
  ASSERT_TRUE(tx->Commit().ok());

  auto read = Begin(TxMode::kRead);
  auto all = Orders(*read).List({}, {0, kMaxPageLimit});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->items.size(), static_cast<std::size_t>(kRows));
  std::set<std::int64_t> by_rule;
  for (const auto& o : all->items) {
    if (IsLate(o, today)) by_rule.insert(o.id.value());
  }
  OrderFilter late;
  late.late_on = today;
  auto listed = Orders(*read).List(late, {0, kMaxPageLimit});
  ASSERT_TRUE(listed.ok());
  std::set<std::int64_t> by_list;
  for (const auto& o : listed->items) by_list.insert(o.id.value());
  EXPECT_EQ(by_list, by_rule);
  auto unannounced = Orders(*read).LateUnannounced(today, kRows);  // none announced yet: the same set
  ASSERT_TRUE(unannounced.ok());
  std::set<std::int64_t> by_watch;
  for (OrderId id : *unannounced) by_watch.insert(id.value());
  EXPECT_EQ(by_watch, by_rule);
  EXPECT_FALSE(by_rule.empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, RuleSqlContract, ::testing::Values(Backend::kSqlite, Backend::kPostgres), ParamName);

}  // namespace
}  // namespace bizline::testing
