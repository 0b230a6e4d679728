// The order repository contract on every backend: an order with options, characteristics, a
// rush request and its history survives a round trip; updates append history and refuse a
// stale copy; lists filter, page and keep to one customer; the implementation-phase parts of
// migration 0007 round-trip and are rewritten on update; late orders are found once per target.
#include <thread>

#include "app/ordering/ports.h"
#include "app/party/ports.h"
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
  auto id = Customers(tx).Insert(customer);
  EXPECT_TRUE(id.ok());
  auto site = Customers(tx).InsertSite(Site{SiteId(), *id, "Head office", customer.address});
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
  auto id = Orders(*tx).Insert(order);
  ASSERT_TRUE(id.ok()) << id.error().message;
  ASSERT_TRUE(tx->Commit().ok());

  auto read = Orders(*Begin(TxMode::kRead)).Get(*id);
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
  order.id = *Orders(*tx).Insert(order);
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
  ASSERT_TRUE(Orders(*tx2).Update(order).ok());
  ASSERT_TRUE(tx2->Commit().ok());

  auto read = Orders(*Begin(TxMode::kRead)).Get(order.id);
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
  auto stale = Orders(*tx3).Update(order);  // still version 1
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kFailedPrecondition);
}

// Two staff changes of one order at the same moment (e.g. two "activated" PATCHes): the second
// must fail rather than commit a second activation. SQLite serialises writers at BEGIN, so the
// interleaving only exists on PostgreSQL: B reads version 1 while A's update is uncommitted, then
// its UPDATE waits for A's row lock and, once A commits, must match nothing.
TEST_P(OrderStorage, AConcurrentChangeOfTheSameVersionLosesOnPostgres) {
  if (GetParam() == Backend::kSqlite) GTEST_SKIP() << "SQLite serialises writers at BEGIN";
  auto tx = Begin();
  ProductOrder order = Sample(Seed(*tx, "Acme NV", "0403.170.701"));
  order.id = *Orders(*tx).Insert(order);
  ASSERT_TRUE(tx->Commit().ok());
  order.version = 1;

  ProductOrder a = order, b = order;
  a.milestone = OrderMilestone::kActivated;
  a.history.push_back({OrderMilestone::kActivated, InstantFromEpoch(1'795'200'000), UserId(), "A"});
  b.milestone = OrderMilestone::kCancelled;
  b.history.push_back({OrderMilestone::kCancelled, InstantFromEpoch(1'795'200'001), UserId(), "B"});
  auto first = Begin();
  ASSERT_TRUE(Orders(*first).Update(a).ok());  // holds the row until it commits
  Status second = Ok{};
  std::thread rival([&] {
    auto tx_b = Begin();
    second = Orders(*tx_b).Update(b);
    if (second.ok()) second = tx_b->Commit();
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // B is waiting on the row lock
  ASSERT_TRUE(first->Commit().ok());
  rival.join();
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, ErrorCode::kFailedPrecondition);
  auto read = Orders(*Begin(TxMode::kRead)).Get(order.id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->milestone, OrderMilestone::kActivated);
  EXPECT_EQ(read->version, 2);
  EXPECT_EQ(read->history.back().note, "A");
}

TEST_P(OrderStorage, ListFiltersPagesAndKeepsToOneCustomer) {
  auto tx = Begin();
  Seeded acme = Seed(*tx, "Acme NV", "0403.170.701");
  Seeded globex = Seed(*tx, "Globex BV", "0202.239.951");
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(Orders(*tx).Insert(Sample(acme, "internet-pro-plus")).ok());
  ProductOrder other = Sample(globex);
  other.external_id = "GX-1";
  ASSERT_TRUE(Orders(*tx).Insert(other).ok());
  ProductOrder cancelled = Sample(acme);
  cancelled.milestone = OrderMilestone::kCancelled;
  ASSERT_TRUE(Orders(*tx).Insert(cancelled).ok());
  ASSERT_TRUE(tx->Commit().ok());

  auto rtx = Begin(TxMode::kRead);
  OrderFilter only_acme;
  only_acme.only = acme.customer;
  auto page = Orders(*rtx).List(only_acme, {1, 2});
  ASSERT_TRUE(page.ok()) << page.error().message;
  EXPECT_EQ(page->total, 4);
  ASSERT_EQ(page->items.size(), 2u);
  for (const auto& o : page->items) EXPECT_EQ(o.customer_id, acme.customer);
  EXPECT_EQ(page->items[0].request.options.size(), 3u);

  OrderFilter by_state;
  by_state.state = OrderState::kCancelled;
  EXPECT_EQ(Orders(*rtx).List(by_state, {})->total, 1);
  OrderFilter by_milestone;
  by_milestone.milestone = OrderMilestone::kAcknowledged;
  by_milestone.formula = "internet-pro-plus";
  EXPECT_EQ(Orders(*rtx).List(by_milestone, {})->total, 3);
  OrderFilter by_external;
  by_external.external_id = "GX-1";
  auto globex_orders = Orders(*rtx).List(by_external, {});
  ASSERT_EQ(globex_orders->items.size(), 1u);
  EXPECT_EQ(globex_orders->items[0].customer_id, globex.customer);
  EXPECT_EQ(Orders(*rtx).Get(OrderId(9999)).error().code, ErrorCode::kNotFound);
}

TEST_P(OrderStorage, ARolledBackOrderLeavesNothing) {
  CustomerId customer;
  {
    auto tx = Begin();
    Seeded acme = Seed(*tx, "Acme NV", "0403.170.701");
    customer = acme.customer;
    ASSERT_TRUE(tx->Commit().ok());
    auto tx2 = Begin();
    ASSERT_TRUE(Orders(*tx2).Insert(Sample(acme)).ok());
  }  // dropped without Commit
  OrderFilter filter;
  filter.only = customer;
  EXPECT_EQ(Orders(*Begin(TxMode::kRead)).List(filter, {})->total, 0);
}

// Every implementation-phase part the migration 0007 stores (ORD-007 to ORD-035, SITE, CAT-088).
void AddImplementationPhase(ProductOrder& o) {
  o.contacts = {{"Ann Peeters", "+32 2 123 45 67", "ann@acme.example"}, {"Bob", "+32 475 12 34 56", ""}};
  o.site_readiness = {{SiteItem::kPowerSockets, InstantFromEpoch(1'795'000'100), UserId()},
                      {SiteItem::kBuildingEntryAccessible, InstantFromEpoch(1'795'000'200), UserId()}};
  OrderQuote out_of_hours;
  out_of_hours.id = 1;
  out_of_hours.kind = QuoteKind::kOutOfHoursImplementation;
  out_of_hours.amount = Cents(30000);
  out_of_hours.reason = "Saturday installation";
  out_of_hours.status = QuoteStatus::kApproved;
  out_of_hours.sent_at = InstantFromEpoch(1'795'000'300);
  out_of_hours.answered_at = InstantFromEpoch(1'795'000'400);
  OrderQuote works_quote;
  works_quote.id = 2;
  works_quote.kind = QuoteKind::kPublicDomainWorks;
  works_quote.amount = Cents(240000);
  works_quote.reason = "trench under the street";
  works_quote.target_activation_date = ParseCivilDay("2027-03-15");
  works_quote.sent_at = InstantFromEpoch(1'795'000'500);
  o.quotes = {out_of_hours, works_quote};
  InfrastructureWorks own;
  own.id = 1;
  own.location = WorksLocation::kClientBuilding;
  own.performer = WorksPerformer::kClient;
  own.description = "cat 5e cabling";
  own.expected_completion = ParseCivilDay("2026-12-10");
  own.completed_at = InstantFromEpoch(1'795'000'600);
  own.recorded_at = InstantFromEpoch(1'795'000'550);
  InfrastructureWorks street;
  street.id = 2;
  street.location = WorksLocation::kPublicDomain;
  street.performer = WorksPerformer::kProximus;
  street.description = "trench under the street";
  street.quote_id = 2;
  street.recorded_at = InstantFromEpoch(1'795'000'500);
  o.works = {own, street};
  o.late_notices = {{*ParseCivilDay("2026-12-24"), 2, "", std::nullopt, InstantFromEpoch(1'795'000'700), UserId()}};
  o.mobile_backup = {IndoorCoverage::kNotAssured, 2, Cents(15000), InstantFromEpoch(1'795'000'800)};
}

TEST_P(OrderStorage, ORD_008_SITE_ORD_007_ORD_032_ORD_034_CAT_088_TheImplementationPhaseRoundTrips) {
  auto tx = Begin();
  Seeded acme = Seed(*tx, "Acme NV", "0403.170.701");
  ProductOrder order = Sample(acme);
  AddImplementationPhase(order);
  auto id = Orders(*tx).Insert(order);
  ASSERT_TRUE(id.ok()) << id.error().message;
  ASSERT_TRUE(tx->Commit().ok());

  auto read = Orders(*Begin(TxMode::kRead)).Get(*id);
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_EQ(read->contacts, order.contacts);
  EXPECT_EQ(read->site_readiness, order.site_readiness);
  EXPECT_EQ(read->quotes, order.quotes);
  EXPECT_EQ(read->works, order.works);
  EXPECT_EQ(read->late_notices, order.late_notices);
  EXPECT_EQ(read->mobile_backup, order.mobile_backup);
}

TEST_P(OrderStorage, CAT_089_ORD_035_AnUpdateRewritesTheListsAndTheOptions) {
  auto tx = Begin();
  Seeded acme = Seed(*tx, "Acme NV", "0403.170.701");
  ProductOrder order = Sample(acme);
  AddImplementationPhase(order);
  auto id = Orders(*tx).Insert(order);
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(tx->Commit().ok());

  ProductOrder changed = *Orders(*Begin(TxMode::kRead)).Get(*id);
  changed.request.options.erase(changed.request.options.begin());  // as CAT-089 drops an option
  changed.contacts.pop_back();
  changed.site_readiness.push_back({SiteItem::kSoftwareCompatible, InstantFromEpoch(1'795'001'000), UserId(4)});
  changed.quotes[1].status = QuoteStatus::kDeclined;
  changed.quotes[1].answered_by = UserId(4);
  changed.works[0].completed_at.reset();
  changed.late_notices.push_back({*ParseCivilDay("2026-12-24"), 3, "permit delayed", ParseCivilDay("2027-01-12"),
                                  InstantFromEpoch(1'795'001'100), UserId(4)});
  changed.mobile_backup.status = IndoorCoverage::kNotCovered;
  auto write = Begin();
  ASSERT_TRUE(Orders(*write).Update(changed).ok());
  ASSERT_TRUE(write->Commit().ok());

  auto read = Orders(*Begin(TxMode::kRead)).Get(*id);
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->request.options.size(), 2u);
  EXPECT_EQ(read->request.options[0].id, "rush-provisioning");
  EXPECT_EQ(read->request.options[0].characteristics.at("requestedReadyForService"),
            CharacteristicValue(std::string("2026-12-10")));
  EXPECT_EQ(read->contacts, changed.contacts);
  EXPECT_EQ(read->site_readiness, changed.site_readiness);
  EXPECT_EQ(read->quotes, changed.quotes);
  EXPECT_EQ(read->works, changed.works);
  EXPECT_EQ(read->late_notices, changed.late_notices);
  EXPECT_EQ(read->mobile_backup.status, IndoorCoverage::kNotCovered);
  EXPECT_EQ(read->version, 2);
}

TEST_P(OrderStorage, ORD_034_LateOrdersAreFoundUntilAnnouncedForTheirTargetDate) {
  auto tx = Begin();
  Seeded acme = Seed(*tx, "Acme NV", "0403.170.701");
  auto insert = [&](const char* target, OrderMilestone milestone, bool activated) {
    ProductOrder o = Sample(acme);
    o.target_activation_date = ParseCivilDay(target);
    o.milestone = milestone;
    if (activated) o.activated_at = InstantFromEpoch(1'796'000'000);
    auto id = Orders(*tx).Insert(o);
    EXPECT_TRUE(id.ok());
    return *id;
  };
  OrderId late = insert("2026-12-24", OrderMilestone::kAppointmentSet, false);
  OrderId due_today = insert("2026-12-28", OrderMilestone::kInstalled, false);
  insert("2026-12-01", OrderMilestone::kActivated, true);
  insert("2026-12-01", OrderMilestone::kCancelled, false);
  OrderId announced = insert("2026-12-21", OrderMilestone::kAppointmentSet, false);
  ProductOrder no_target = Sample(acme);
  ASSERT_TRUE(Orders(*tx).Insert(no_target).ok());
  ASSERT_TRUE(tx->Commit().ok());
  ProductOrder told = *Orders(*Begin(TxMode::kRead)).Get(announced);
  told.late_notices.push_back({*ParseCivilDay("2026-12-21"), 1, "", std::nullopt, InstantFromEpoch(1), UserId()});
  {
    auto w = Begin();
    ASSERT_TRUE(Orders(*w).Update(told).ok());
    ASSERT_TRUE(w->Commit().ok());
  }

  const CivilDay today = *ParseCivilDay("2026-12-28");
  auto ids = Orders(*Begin(TxMode::kRead)).LateUnannounced(today, 10);
  ASSERT_TRUE(ids.ok()) << ids.error().message;
  EXPECT_EQ(*ids, std::vector<OrderId>{late});
  OrderFilter filter;
  filter.late_on = today;
  auto listed = Orders(*Begin(TxMode::kRead)).List(filter, {});
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->total, 2);  // late, and announced but still late
  EXPECT_EQ(listed->items.at(0).id, late);
  EXPECT_EQ(listed->items.at(1).id, announced);

  // A new target (ORD-035) that passes again is found again.
  told.version = 2;
  told.target_activation_date = ParseCivilDay("2026-12-23");
  {
    auto w = Begin();
    ASSERT_TRUE(Orders(*w).Update(told).ok());
    ASSERT_TRUE(w->Commit().ok());
  }
  EXPECT_EQ(*Orders(*Begin(TxMode::kRead)).LateUnannounced(today, 10), (std::vector<OrderId>{late, announced}));
  EXPECT_EQ(Orders(*Begin(TxMode::kRead)).LateUnannounced(today, 1)->size(), 1u);
  (void)due_today;
}

INSTANTIATE_TEST_SUITE_P(Backends, OrderStorage, ::testing::Values(Backend::kSqlite, Backend::kPostgres), ParamName);

}  // namespace
}  // namespace bizline::testing
