// The order repository contract on every backend: an order with options, characteristics, a
// rush request and its history survives a round trip; updates append history and refuse a
// stale copy; lists filter, page and keep to one customer.
#include "storage_fixture.h"

namespace bizline::testing {
namespace {

using OrderStorage = StorageContract;

struct Seeded {
  CustomerId customer;
  SiteId site;
};

Seeded Seed(Transaction& tx, const std::string& name, const std::string& number) {
  Customer customer{CustomerId(),
                    name,
                    number,
                    {"Rue de la Loi 16", "1000", "Brussels", "BE"},
                    42,
                    CustomerStatus::kActive,
                    InstantFromEpoch(1'790'000'000)};
  auto id = tx.customers().Insert(customer);
  EXPECT_TRUE(id.ok());
  auto site = tx.customers().InsertSite(Site{SiteId(), *id, "Head office", customer.address});
  EXPECT_TRUE(site.ok());
  return {*id, *site};
}

ProductOrder Sample(Seeded owner, std::string formula = "temporary-fullfiber-extended") {
  ProductOrder o;
  o.customer_id = owner.customer;
  o.site_id = owner.site;
  o.external_id = "PO-7";
  o.request.formula = std::move(formula);
  o.request.wifi = WifiChoice::kOff;
  o.request.initial_term_months = 12;
  o.request.technology = "fiber";
  o.request.options = {{"ip-pack", {{"ipv4BlockSize", std::int64_t{8}}}},
                       {"rush-provisioning", {{"requestedReadyForService", std::string("2026-12-10")}}},
                       {"sla-premium", {}}};
  o.sla_tier = "premium";
  o.line = LinePresence::kNoCompatibleLine;
  o.created_at = InstantFromEpoch(1'795'000'000);
  RushProvisioning rush;
  rush.requested_ready_for_service = *ParseCivilDay("2026-12-10");
  rush.feasibility_due = *ParseCivilDay("2026-11-30");
  rush.fee = Cents(25000);
  o.rush = rush;
  o.history.push_back({OrderMilestone::kAcknowledged, o.created_at, UserId(), "Order Form received"});
  return o;
}

TEST_P(OrderStorage, AnOrderRoundTripsWithOptionsRushAndHistory) {
  auto tx = Begin();
  Seeded acme = Seed(*tx, "Acme NV", "0403.170.701");
  ProductOrder order = Sample(acme);
  auto id = tx->orders().Insert(order);
  ASSERT_TRUE(id.ok()) << id.error().message;
  ASSERT_TRUE(tx->Commit().ok());

  auto read = Begin(TxMode::kRead)->orders().Get(*id);
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_EQ(read->id, *id);
  EXPECT_EQ(read->customer_id, acme.customer);
  EXPECT_EQ(read->site_id, acme.site);
  EXPECT_EQ(read->external_id, "PO-7");
  EXPECT_EQ(read->request.formula, "temporary-fullfiber-extended");
  EXPECT_EQ(read->request.wifi, WifiChoice::kOff);
  EXPECT_EQ(read->request.initial_term_months, 12);
  EXPECT_EQ(read->request.technology, "fiber");
  ASSERT_EQ(read->request.options.size(), 3u);
  EXPECT_EQ(read->request.options[0].id, "ip-pack");
  EXPECT_EQ(read->request.options[0].characteristics.at("ipv4BlockSize"), CharacteristicValue(std::int64_t{8}));
  EXPECT_EQ(read->request.options[1].characteristics.at("requestedReadyForService"),
            CharacteristicValue(std::string("2026-12-10")));
  EXPECT_TRUE(read->request.options[2].characteristics.empty());
  EXPECT_EQ(read->sla_tier, "premium");
  EXPECT_EQ(read->line, LinePresence::kNoCompatibleLine);
  EXPECT_EQ(read->milestone, OrderMilestone::kAcknowledged);
  EXPECT_EQ(read->created_at, order.created_at);
  EXPECT_FALSE(read->target_activation_date);
  EXPECT_FALSE(read->appointment_at);
  ASSERT_TRUE(read->rush);
  EXPECT_EQ(read->rush->requested_ready_for_service, order.rush->requested_ready_for_service);
  EXPECT_EQ(read->rush->feasibility_due, order.rush->feasibility_due);
  EXPECT_EQ(read->rush->feasibility, RushFeasibility::kPending);
  EXPECT_EQ(read->rush->fee, Cents(25000));  // integer cents
  EXPECT_EQ(read->history, order.history);
  EXPECT_EQ(read->version, 1);
}

TEST_P(OrderStorage, UpdateRewritesTheOrderAppendsHistoryAndRefusesAStaleCopy) {
  auto tx = Begin();
  ProductOrder order = Sample(Seed(*tx, "Acme NV", "0403.170.701"));
  order.id = *tx->orders().Insert(order);
  ASSERT_TRUE(tx->Commit().ok());

  order.version = 1;
  order.milestone = OrderMilestone::kActivated;
  order.target_activation_date = *ParseCivilDay("2026-12-10");
  order.appointment_at = InstantFromEpoch(1'795'100'000);
  order.activated_at = InstantFromEpoch(1'795'200'000);
  order.product_id = ProductId(77);
  order.rush->feasibility = RushFeasibility::kAccepted;
  order.rush->answered_at = InstantFromEpoch(1'795'010'000);
  order.rush->delay_cause = RushDelayCause::kClient;
  order.rush->fee_decision = RushFeeDecision::kCharged;
  order.history.push_back({OrderMilestone::kAppointmentSet, InstantFromEpoch(1'795'050'000), UserId(), "set"});
  order.history.push_back({OrderMilestone::kActivated, InstantFromEpoch(1'795'200'000), UserId(), ""});
  auto tx2 = Begin();
  ASSERT_TRUE(tx2->orders().Update(order).ok());
  ASSERT_TRUE(tx2->Commit().ok());

  auto read = Begin(TxMode::kRead)->orders().Get(order.id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->version, 2);
  EXPECT_EQ(read->state(), OrderState::kInProgress);
  EXPECT_EQ(read->target_activation_date, order.target_activation_date);
  EXPECT_EQ(read->appointment_at, order.appointment_at);
  EXPECT_EQ(read->activated_at, order.activated_at);
  EXPECT_EQ(read->product_id, ProductId(77));
  EXPECT_EQ(read->rush->feasibility, RushFeasibility::kAccepted);
  EXPECT_EQ(read->rush->answered_at, order.rush->answered_at);
  EXPECT_EQ(read->rush->delay_cause, RushDelayCause::kClient);
  EXPECT_EQ(read->rush->fee_decision, RushFeeDecision::kCharged);
  EXPECT_EQ(read->history, order.history);
  EXPECT_EQ(read->request.options.size(), 3u);

  auto tx3 = Begin();
  auto stale = tx3->orders().Update(order);  // still version 1
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kFailedPrecondition);
}

TEST_P(OrderStorage, ListFiltersPagesAndKeepsToOneCustomer) {
  auto tx = Begin();
  Seeded acme = Seed(*tx, "Acme NV", "0403.170.701");
  Seeded globex = Seed(*tx, "Globex BV", "0202.239.951");
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(tx->orders().Insert(Sample(acme, "internet-pro-plus")).ok());
  ProductOrder other = Sample(globex);
  other.external_id = "GX-1";
  ASSERT_TRUE(tx->orders().Insert(other).ok());
  ProductOrder cancelled = Sample(acme);
  cancelled.milestone = OrderMilestone::kCancelled;
  ASSERT_TRUE(tx->orders().Insert(cancelled).ok());
  ASSERT_TRUE(tx->Commit().ok());

  auto rtx = Begin(TxMode::kRead);
  OrderFilter only_acme;
  only_acme.only = acme.customer;
  auto page = rtx->orders().List(only_acme, {1, 2});
  ASSERT_TRUE(page.ok()) << page.error().message;
  EXPECT_EQ(page->total, 4);
  ASSERT_EQ(page->items.size(), 2u);
  for (const auto& o : page->items) EXPECT_EQ(o.customer_id, acme.customer);
  EXPECT_EQ(page->items[0].request.options.size(), 3u);

  OrderFilter by_state;
  by_state.state = OrderState::kCancelled;
  EXPECT_EQ(rtx->orders().List(by_state, {})->total, 1);
  OrderFilter by_milestone;
  by_milestone.milestone = OrderMilestone::kAcknowledged;
  by_milestone.formula = "internet-pro-plus";
  EXPECT_EQ(rtx->orders().List(by_milestone, {})->total, 3);
  OrderFilter by_external;
  by_external.external_id = "GX-1";
  auto globex_orders = rtx->orders().List(by_external, {});
  ASSERT_EQ(globex_orders->items.size(), 1u);
  EXPECT_EQ(globex_orders->items[0].customer_id, globex.customer);
  EXPECT_EQ(rtx->orders().Get(OrderId(9999)).error().code, ErrorCode::kNotFound);
}

TEST_P(OrderStorage, ARolledBackOrderLeavesNothing) {
  CustomerId customer;
  {
    auto tx = Begin();
    Seeded acme = Seed(*tx, "Acme NV", "0403.170.701");
    customer = acme.customer;
    ASSERT_TRUE(tx->Commit().ok());
    auto tx2 = Begin();
    ASSERT_TRUE(tx2->orders().Insert(Sample(acme)).ok());
  }  // dropped without Commit
  OrderFilter filter;
  filter.only = customer;
  EXPECT_EQ(Begin(TxMode::kRead)->orders().List(filter, {})->total, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, OrderStorage, ::testing::Values(Backend::kSqlite, Backend::kPostgres), ParamName);

}  // namespace
}  // namespace bizline::testing
