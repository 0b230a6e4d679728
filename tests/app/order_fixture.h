// The order use cases' fixture: a real SQLite database, a driven clock (Thursday 26 November
// 2026, 10:00 Brussels), the domain tests' catalog (rush fee, indoor antenna), Acme and Globex
// with a site each and Acme's representative, and a provisioner that records the lines.
#pragma once

#include "app/notification/ports.h"
#include "app/ordering/order_service.h"
#include "app/ordering/ports.h"
#include "app_fixture.h"
#include "domain/ordering/order_charges.h"
#include "domain/ordering/order_mobile_backup.h"
#include "unit/order_test_support.h"

namespace bizline::testing {

// Records the lines it is asked for; can be told to fail, as a provisioning error would.
class RecordingProvisioner final : public LineProvisioner {
 public:
  Result<ProductId> ProvisionLine(Transaction&, const LineSpec& spec, Instant activated_at) override {
    if (fail_) return Error::Unavailable("no fixed IPv4 block left in the pool");
    specs_.push_back(spec);
    at_.push_back(activated_at);
    return ProductId(static_cast<std::int64_t>(500 + specs_.size()));
  }
  void Fail() { fail_ = true; }
  const std::vector<LineSpec>& specs() const { return specs_; }
  const std::vector<Instant>& at() const { return at_; }

 private:
  bool fail_ = false;
  std::vector<LineSpec> specs_;
  std::vector<Instant> at_;
};

class OrderServiceTest : public AppTest {
 protected:
  void SetUp() override {
    AppTest::SetUp();
    clock_.Set(At("2026-11-26T10:00:00+01:00"));  // a Thursday
    orders_ = std::make_unique<OrderService>(*storage_, clock_, catalog_, provisioner_);
    acme_ = NewCustomer("Acme NV", "0403.170.701");
    globex_ = NewCustomer("Globex BV", "0202.239.951");
    acme_site_ = AddSite(acme_.id);
    globex_site_ = AddSite(globex_.id);
    auto rep = customers_->AddRepresentative(
        kAdmin, Representative{RepresentativeId(), acme_.id, "Ann", "ann@acme.example", "+32 2", "IT"});
    ASSERT_TRUE(rep.ok());
  }

  SiteId AddSite(CustomerId customer) {
    auto site = customers_->AddSite(kAdmin, Site{SiteId(), customer, "Office", {"Street 1", "1000", "Brussels", "BE"}});
    EXPECT_TRUE(site.ok());
    return site->id;
  }

  // An Order Form with the supervising person the Client appoints (ORD-008, ORD-009).
  OrderIntake Intake(CustomerId customer, SiteId site, std::string formula = "internet-pro-plus") {
    OrderIntake intake;
    intake.customer = customer;
    intake.site = site;
    intake.request.formula = std::move(formula);
    intake.request.wifi = WifiChoice::kOn;
    intake.line = LinePresence::kCompatibleLine;
    intake.contacts = {Contact()};
    return intake;
  }

  ProductOrder Created(const Principal& who, OrderIntake intake) {
    auto created = orders_->Create(who, std::move(intake));
    EXPECT_TRUE(created.ok()) << created.error().message;
    EXPECT_TRUE(created->violations.empty())
        << created->violations.front().rule << " " << created->violations.front().message;
    return *created->order;
  }

  // A staff step. Installation comes with the Client's Annex 1 confirmations (SITE-001 to
  // SITE-008) and at the appointment (ORD-010): the clock moves there if it is earlier.
  Result<ProductOrder> Step(const ProductOrder& order, OrderMilestone to, std::optional<Instant> appointment = {}) {
    OrderChange change;
    change.step = StepTo(to);
    change.step->appointment = appointment;
    if (to == OrderMilestone::kInstalled) {
      for (int i = 0; i < kSiteItemCount; ++i) change.site_items.push_back(static_cast<SiteItem>(i));
      auto stored = orders_->Get(kAdmin, order.id);
      if (stored.ok() && stored->appointment_at && clock_.Now() < *stored->appointment_at) {
        clock_.Set(*stored->appointment_at);
      }
    }
    return orders_->Change(kProvisioning, order.id, change);
  }

  std::vector<Notification> NoticesTo(CustomerId customer) {
    auto tx = storage_->Begin(TxMode::kRead);
    return bizline::Notifications(**tx).ListForCustomer(customer, {})->items;
  }

  std::int64_t OrderCount() {
    auto tx = storage_->Begin(TxMode::kRead);
    return Orders(**tx).List({}, {})->total;
  }

  static inline const Principal kAdmin{UserId(2), Role::kAdmin, CustomerId()};
  static inline const Principal kProvisioning{UserId(5), Role::kProvisioning, CustomerId()};
  Catalog catalog_ = OrderCatalog();
  RecordingProvisioner provisioner_;
  std::unique_ptr<OrderService> orders_;
  Customer acme_, globex_;
  SiteId acme_site_, globex_site_;
};

}  // namespace bizline::testing
