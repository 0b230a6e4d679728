// The staff operations on an active line, as use cases on both backends: termination with the
// addresses kept in Proximus' pool (IP-005) and the CPE due back (CAT-045), option changes after
// activation (ORD-041, CAT-054, CAT-057, IP-008), renumbering (IP-006), RIPE-488 requests
// resolved with a notice (IP-008, IP-009), firewall change requests (CAT-072, CAT-076), roles
// and the tenant boundary.
#include "app/ipam/ports.h"
#include "app/notification/ports.h"
#include "provisioning_fixture.h"

namespace bizline::testing {
namespace {

using ProductOperations = ProvisioningTest;

const Principal kDesk{UserId(1), Role::kProvisioning, CustomerId()};
const Principal kAgent{UserId(2), Role::kAgentL1, CustomerId()};

OrderOption IpPack(std::int64_t size) { return {"ip-pack", {{"ipv4BlockSize", size}}}; }
OptionRequest Add(OrderOption option) { return OptionRequest{std::move(option), std::nullopt}; }

class Ops : public ProductOperations {
 protected:
  void SetUp() override {
    ProductOperations::SetUp();
    if (IsSkipped()) return;
    clock_.Set(kActivated + std::chrono::days(10));
    products_ = std::make_unique<ProductService>(*storage_, *provisioning_, clock_);
  }

  Principal RepOf(CustomerId customer) { return Principal{UserId(9), Role::kCustomerRep, customer}; }

  std::vector<Notification> Notices(CustomerId customer) {
    return Notifications(*Tx(TxMode::kRead)).ListForCustomer(customer, {})->items;
  }

  std::vector<IpBlock> Pool(const std::string& id) { return *Ipam(*Tx(TxMode::kRead)).Blocks(id); }

  std::unique_ptr<ProductService> products_;
};

// --- Termination ---

TEST_P(Ops, TerminationKeepsTheAddressesInProximusPool_IP005_CAT045) {
  auto [customer, site] = NewCustomer("0403.170.701");
  auto id = *Provision(Spec(customer, site, "fullfiber-extended", {IpPack(8)}), kActivated);
  Product before = Get(id);
  auto done = products_->Terminate(kDesk, id, std::nullopt);
  ASSERT_TRUE(done.ok()) << done.error().message;
  EXPECT_EQ(done->status, ProductStatus::kTerminated);
  EXPECT_EQ(done->terminated_at, clock_.Now());
  EXPECT_EQ(done->cpe_return_due, clock_.Now() + std::chrono::days(30));  // CAT-045, X-33
  // IP-005: not portable: every block stays a row of Proximus' pools, in quarantine, owned by
  // no product, and the line record keeps no claim on them.
  EXPECT_TRUE(Ipam(*Tx(TxMode::kRead)).BlocksOf(id)->empty());
  for (const char* pool : {"v4", "v6", "pack8"}) {
    auto blocks = Pool(pool);
    auto held = std::count_if(blocks.begin(), blocks.end(), [](const IpBlock& b) {
      return b.state == BlockState::kQuarantined && b.product.value() == 0;
    });
    EXPECT_EQ(held, 1) << pool;
  }
  auto v4 = Pool("v4");
  EXPECT_EQ(v4.front().cidr, before.addressing.ipv4_address + "/32");
  // A new line during the quarantine gets another address.
  auto next = *Provision(Spec(customer, site, "fullfiber-extended"), clock_.Now());
  EXPECT_NE(Get(next).addressing.ipv4_address, before.addressing.ipv4_address);
}

TEST_P(Ops, TerminatingTwiceIsAClearError) {
  auto [customer, site] = NewCustomer("0403.170.701");
  auto id = *Provision(Spec(customer, site, "internet-pro"), kActivated);
  ASSERT_TRUE(products_->Terminate(kDesk, id, kActivated + std::chrono::days(2)).ok());
  auto twice = products_->Terminate(kDesk, id, std::nullopt);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(twice.error().message.find("already terminated"), std::string::npos);
  EXPECT_EQ(Get(id).terminated_at, kActivated + std::chrono::days(2));  // unchanged
}

TEST_P(Ops, OnlyTheProvisioningDeskTerminatesAndTenantsStayApart) {
  auto [acme, acme_site] = NewCustomer("0403.170.701");
  auto [globex, globex_site] = NewCustomer("0202.239.951");
  auto acme_line = *Provision(Spec(acme, acme_site, "internet-pro"), kActivated);
  EXPECT_EQ(products_->Terminate(kAgent, acme_line, std::nullopt).error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(products_->Terminate(RepOf(acme), acme_line, std::nullopt).error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(products_->Terminate(RepOf(globex), acme_line, std::nullopt).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(products_->Terminate(kDesk, ProductId(9999), std::nullopt).error().code, ErrorCode::kNotFound);
  auto bad_date = products_->Terminate(kDesk, acme_line, kActivated - std::chrono::days(1));
  EXPECT_EQ(bad_date.error().rule, "CON-007");
  EXPECT_EQ(Get(acme_line).status, ProductStatus::kActive);  // nothing changed
  Principal admin{UserId(3), Role::kAdmin, CustomerId()};
  EXPECT_TRUE(products_->Terminate(admin, acme_line, std::nullopt).ok());
}

// --- Option changes ---

TEST_P(Ops, AFixedIpv4OptionAllocatesAnAddress_CAT054_ORD014) {
  auto [customer, site] = NewCustomer("0403.170.701");
  auto id = *Provision(Spec(customer, site, "internet-pro"), kActivated);
  auto changed = products_->AddOption(kDesk, id, Add({"fixed-ipv4", {}}));
  ASSERT_TRUE(changed.ok()) << changed.error().message;
  Product p = Get(id);
  EXPECT_EQ(p.addressing.ipv4_mode, AddressMode::kFixed);
  EXPECT_EQ(p.addressing.ipv4_address, "198.51.100.0");
  EXPECT_EQ(p.options, std::vector<std::string>{"fixed-ipv4"});
  EXPECT_EQ(Ipam(*Tx(TxMode::kRead)).BlocksOf(id)->size(), 1u);
}

TEST_P(Ops, AnIpPackOptionAllocatesItsBlockAndIpv6Part_CAT057_CAT059) {
  auto [customer, site] = NewCustomer("0403.170.701");
  auto id = *Provision(Spec(customer, site, "fullfiber-extended"), kActivated);
  ASSERT_TRUE(products_->AddOption(kDesk, id, Add(IpPack(16))).ok());
  Product p = Get(id);
  EXPECT_EQ(p.addressing.ip_pack_ipv4_block, "203.0.113.128/28");
  EXPECT_EQ(p.addressing.ip_pack_ipv6_prefix, "2001:db8:4000:80::/57");
  EXPECT_EQ(p.addressing.ip_pack_ipv6_gateway, "2001:db8:4000:80::10/64");
}

TEST_P(Ops, ALargeIpPackOptionBecomesARipeRequestWithANotice_IP008_IP009) {
  auto [customer, site] = NewCustomer("0403.170.701");
  auto id = *Provision(Spec(customer, site, "fullfiber-extended"), kActivated);
  ASSERT_TRUE(products_->AddOption(kDesk, id, Add(IpPack(64))).ok());
  EXPECT_EQ(Get(id).addressing.ripe_pending_block_size, 64);
  EXPECT_TRUE(Get(id).addressing.ip_pack_ipv4_block.empty());
  auto requests = *Ipam(*Tx(TxMode::kRead)).RipeRequestsOf(id);
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].status, RipeStatus::kPending);
  auto notices = Notices(customer);
  auto ripe =
      std::find_if(notices.begin(), notices.end(), [](const Notification& n) { return n.kind == "ripe.pending"; });
  ASSERT_NE(ripe, notices.end());
  EXPECT_NE(ripe->body.find("RIPE-489"), std::string::npos);  // IP-009
  EXPECT_NE(ripe->body.find("https://www.ripe.net"), std::string::npos);
}

TEST_P(Ops, RushAfterActivationIsRefusedAndNothingChanges_ORD041) {
  auto [customer, site] = NewCustomer("0403.170.701");
  auto id = *Provision(Spec(customer, site, "temporary-fullfiber-extended"), kActivated);
  OptionRequest rush = Add({"ip-pack", {{"ipv4BlockSize", std::int64_t{8}}}});
  rush.requested_ready_for_service = "2027-02-01";
  auto refused = products_->AddOption(kDesk, id, rush);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().rule, "ORD-041");
  EXPECT_EQ(refused.error().field, "requestedReadyForService");
  EXPECT_TRUE(Get(id).options.empty());
  EXPECT_TRUE(Get(id).addressing.ip_pack_ipv4_block.empty());
  EXPECT_EQ(products_->AddOption(kAgent, id, Add(IpPack(8))).error().code, ErrorCode::kPermissionDenied);
}

// --- Renumbering ---

TEST_P(Ops, RenumberingGivesNewAddressesAndQuarantinesTheOld_IP006) {
  auto [customer, site] = NewCustomer("0403.170.701");
  auto id = *Provision(Spec(customer, site, "fullfiber-extended", {IpPack(4)}), kActivated);
  Product before = Get(id);
  auto after = products_->Renumber(kDesk, id, {RenumberTarget::kFixedIpv4, RenumberTarget::kIpPack});
  ASSERT_TRUE(after.ok()) << after.error().message;
  EXPECT_NE(after->addressing.ipv4_address, before.addressing.ipv4_address);
  EXPECT_NE(after->addressing.ip_pack_ipv4_block, before.addressing.ip_pack_ipv4_block);
  EXPECT_EQ(after->addressing.ipv6_prefix, before.addressing.ipv6_prefix);  // not a target
  EXPECT_EQ(Get(id).addressing.ipv4_address, after->addressing.ipv4_address);
  auto held = *Ipam(*Tx(TxMode::kRead)).BlocksOf(id);
  EXPECT_EQ(held.size(), 3u);  // new /32, the /56, new /30: never the old ones too
  for (const auto& [pool, old_cidr] : {std::pair{"v4", before.addressing.ipv4_address + "/32"},
                                       std::pair{"pack4", before.addressing.ip_pack_ipv4_block}}) {
    auto blocks = Pool(pool);
    auto old_block = std::find_if(blocks.begin(), blocks.end(), [&](const IpBlock& b) { return b.cidr == old_cidr; });
    ASSERT_NE(old_block, blocks.end());
    EXPECT_EQ(old_block->state, BlockState::kQuarantined);
    EXPECT_EQ(old_block->reusable_at, clock_.Now() + ipam_.quarantine);
  }
}

TEST_P(Ops, RenumberingWhatTheLineLacksIsRefused_IP006) {
  auto [customer, site] = NewCustomer("0403.170.701");
  auto id = *Provision(Spec(customer, site, "internet-pro"), kActivated);
  auto r = products_->Renumber(kDesk, id, {RenumberTarget::kFixedIpv4});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "targets[0]");
  EXPECT_EQ(r.error().rule, "IP-006");
}

// --- RIPE-488 requests ---

TEST_P(Ops, ApprovingARipeRequestAllocatesTheAlignedBlock_IP008_IP009) {
  auto [customer, site] = NewCustomer("0403.170.701");
  auto [other, other_site] = NewCustomer("0202.239.951");
  auto id = *Provision(Spec(customer, site, "fullfiber-extended", {IpPack(128)}), kActivated);
  RipeFilter pending;
  pending.status = RipeStatus::kPending;
  auto listed = products_->ListRipeRequests(kDesk, pending, {});
  ASSERT_EQ(listed->total, 1);
  std::int64_t request = listed->items[0].id;
  EXPECT_EQ(products_->ListRipeRequests(RepOf(customer), {}, {})->total, 1);
  EXPECT_EQ(products_->ListRipeRequests(RepOf(other), {}, {})->total, 0);
  EXPECT_EQ(products_->GetRipeRequest(RepOf(other), request).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(products_->ResolveRipeRequest(RepOf(customer), request, RipeStatus::kApproved, "").error().code,
            ErrorCode::kPermissionDenied);

  auto approved = products_->ResolveRipeRequest(kDesk, request, RipeStatus::kApproved, "");
  ASSERT_TRUE(approved.ok()) << approved.error().message;
  EXPECT_EQ(approved->status, RipeStatus::kApproved);
  EXPECT_EQ(approved->allocated_block, "192.0.2.0/25");
  Product p = Get(id);
  EXPECT_EQ(p.addressing.ip_pack_ipv4_block, "192.0.2.0/25");
  EXPECT_EQ(p.addressing.ripe_pending_block_size, 0);
  EXPECT_FALSE(p.addressing.ip_pack_ipv6_prefix.empty());        // CAT-059
  EXPECT_EQ(Ipam(*Tx(TxMode::kRead)).BlocksOf(id)->size(), 6u);  // /32, /56 and four /27
  auto notices = Notices(customer);
  auto told =
      std::find_if(notices.begin(), notices.end(), [](const Notification& n) { return n.kind == "ripe.approved"; });
  ASSERT_NE(told, notices.end());
  EXPECT_NE(told->body.find("192.0.2.0/25"), std::string::npos);
  EXPECT_NE(told->body.find("RIPE-489"), std::string::npos);  // IP-009
  auto again = products_->ResolveRipeRequest(kDesk, request, RipeStatus::kRejected, "changed mind");
  EXPECT_EQ(again.error().code, ErrorCode::kFailedPrecondition);

  // The /25 is renumbered as a whole, to the next aligned /25 (IP-006).
  auto renumbered = products_->Renumber(kDesk, id, {RenumberTarget::kIpPack});
  ASSERT_TRUE(renumbered.ok()) << renumbered.error().message;
  EXPECT_EQ(renumbered->addressing.ip_pack_ipv4_block, "192.0.2.128/25");
}

TEST_P(Ops, RejectingARipeRequestNeedsAReasonAndTellsTheCustomer_IP008) {
  auto [customer, site] = NewCustomer("0403.170.701");
  auto id = *Provision(Spec(customer, site, "fullfiber-extended", {IpPack(64)}), kActivated);
  std::int64_t request = Ipam(*Tx(TxMode::kRead)).RipeRequestsOf(id)->front().id;
  auto blank = products_->ResolveRipeRequest(kDesk, request, RipeStatus::kRejected, "");
  EXPECT_EQ(blank.error().field, "rejectionReason");
  auto rejected = products_->ResolveRipeRequest(kDesk, request, RipeStatus::kRejected, "no network map (IP-007)");
  ASSERT_TRUE(rejected.ok()) << rejected.error().message;
  EXPECT_EQ(rejected->rejection_reason, "no network map (IP-007)");
  EXPECT_EQ(Get(id).addressing.ripe_pending_block_size, 0);
  EXPECT_TRUE(Get(id).addressing.ip_pack_ipv4_block.empty());
  auto notices = Notices(customer);
  auto told =
      std::find_if(notices.begin(), notices.end(), [](const Notification& n) { return n.kind == "ripe.rejected"; });
  ASSERT_NE(told, notices.end());
  EXPECT_NE(told->body.find("no network map"), std::string::npos);
  EXPECT_NE(told->body.find("RIPE-488"), std::string::npos);
  // The refused pack is not on the line, so the Client can still order one of /27 or less.
  const Product after = Get(id);
  EXPECT_EQ(std::count(after.options.begin(), after.options.end(), "ip-pack"), 0);
  auto smaller = products_->AddOption(kDesk, id, Add(IpPack(16)));
  ASSERT_TRUE(smaller.ok()) << smaller.error().message;
  EXPECT_FALSE(smaller->addressing.ip_pack_ipv4_block.empty());  // CAT-056: allocated at once
}

TEST_P(Ops, TerminationClosesAPendingRipeRequest_IP008) {
  auto [customer, site] = NewCustomer("0403.170.701");
  auto id = *Provision(Spec(customer, site, "fullfiber-extended", {IpPack(64)}), kActivated);
  ASSERT_TRUE(products_->Terminate(kDesk, id, std::nullopt).ok());
  auto request = Ipam(*Tx(TxMode::kRead)).RipeRequestsOf(id)->front();
  EXPECT_EQ(request.status, RipeStatus::kRejected);
  EXPECT_EQ(request.rejection_reason, "the line was terminated");
  auto approve = products_->ResolveRipeRequest(kDesk, request.id, RipeStatus::kApproved, "");
  EXPECT_EQ(approve.error().code, ErrorCode::kFailedPrecondition);
  auto notices = Notices(customer);
  EXPECT_TRUE(
      std::any_of(notices.begin(), notices.end(), [](const Notification& n) { return n.kind == "ripe.rejected"; }));
}

// --- Firewall change requests ---

TEST_P(Ops, FirewallChangesAreFreeForAWeekThenCharged_CAT076) {
  auto [customer, site] = NewCustomer("0403.170.701");
  auto id = *Provision(Spec(customer, site, "fullfiber-extended"), kActivated);
  clock_.Set(kActivated + std::chrono::days(3));
  auto free_one = products_->RequestFirewallChange(RepOf(customer), id, "open 8443/tcp to 10.0.0.5", "email");
  ASSERT_TRUE(free_one.ok()) << free_one.error().message;
  EXPECT_EQ(free_one->charge, ChangeCharge::kFree);
  clock_.Set(kActivated + std::chrono::days(8));
  auto paid = products_->RequestFirewallChange(kAgent, id, "close 21/tcp", "myproximus");
  ASSERT_TRUE(paid.ok());
  EXPECT_EQ(paid->charge, ChangeCharge::kChargeable);
  EXPECT_EQ(paid->amount, Cents(kFirewallChangeCents));
  auto listed = products_->FirewallChanges(RepOf(customer), id);
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ(listed->at(1).requested_by, kAgent.user_id);
}

TEST_P(Ops, NoFirewallNoChangeRequest_CAT072) {
  auto [customer, site] = NewCustomer("0403.170.701");
  auto [other, other_site] = NewCustomer("0202.239.951");
  auto pro = *Provision(Spec(customer, site, "internet-pro"), kActivated);
  auto r = products_->RequestFirewallChange(kDesk, pro, "open 8443/tcp", "email");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().rule, "CAT-072");
  auto ffe = *Provision(Spec(customer, site, "fullfiber-extended"), kActivated);
  EXPECT_EQ(products_->RequestFirewallChange(RepOf(other), ffe, "x", "email").error().code, ErrorCode::kNotFound);
  EXPECT_EQ(products_->FirewallChanges(RepOf(other), ffe).error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(products_->FirewallChanges(kDesk, ffe)->empty());
  // CAT-074, CAT-075: the Client, the service desk that takes its e-mail, or line staff; billing
  // staff do not create (chargeable, CAT-076) requests.
  const Principal billing{UserId(9), Role::kBilling, CustomerId()};
  EXPECT_EQ(products_->RequestFirewallChange(billing, ffe, "x", "email").error().code, ErrorCode::kPermissionDenied);
  EXPECT_TRUE(products_->FirewallChanges(kDesk, ffe)->empty());
}

// --- The line record at activation ---

TEST_P(Ops, ActivationRecordsTheFirstConfigurationBackup_ORD013_CFG014) {
  auto [customer, site] = NewCustomer("0403.170.701");
  EXPECT_EQ(Get(*Provision(Spec(customer, site, "fullfiber-extended"), kActivated)).first_config_backup_at, kActivated);
  EXPECT_FALSE(Get(*Provision(Spec(customer, site, "internet-pro"), kActivated)).first_config_backup_at);
}

INSTANTIATE_TEST_SUITE_P(Backends, Ops, ::testing::Values(Backend::kSqlite, Backend::kPostgres), BackendParamName);

}  // namespace
}  // namespace bizline::testing
