// Tickets for escalation and SLA-watch tests: a customer with two representatives, and P1/P2
// incidents registered by the service desk on the phone (DESK-023).
#pragma once

#include <date/date.h>

#include "app/app_fixture.h"
#include "app/notification/ports.h"
#include "app/party/ports.h"
#include "app/ticketing/escalation_service.h"
#include "app/ticketing/ticket_service.h"
#include "unit/sla_test_support.h"

namespace bizline::testing {

// Tuesday 24 Nov 2026 10:00 Brussels (CET): inside Business Hours (U-01).
inline const Instant kTuesdayMorning = date::sys_days(date::year{2026} / 11 / 24) + std::chrono::hours(9);

class TicketAppTest : public AppTest {
 protected:
  void SetUp() override {
    AppTest::SetUp();
    clock_.Set(kTuesdayMorning);
    tickets_ = std::make_unique<TicketService>(*storage_, clock_, sla_);
    escalations_ = std::make_unique<EscalationService>(*storage_, clock_);
    acme_ = NewCustomerWithReps("Acme NV", "0403.170.701", "acme");
    globex_ = NewCustomerWithReps("Globex BV", "0202.239.951", "globex");
  }

  struct Tenant {
    CustomerId id;
    std::vector<Representative> reps;
    ProductId line;  // a line whose formula states no SLA (X-25): its tickets get no due instant
  };

  Tenant NewCustomerWithReps(const std::string& name, const std::string& number, const std::string& domain) {
    Tenant t{NewCustomer(name, number).id, {}, {}};
    t.line = AddLine(t.id, "business-internet-copper", "");
    auto tx = storage_->Begin(TxMode::kWrite);
    for (const char* who : {"ann", "luc"}) {
      Representative rep{RepresentativeId(), t.id,        who, std::string(who) + "@" + domain + ".example",
                         "+32 475 55 01 01", "IT manager"};
      auto id = Customers(**tx).InsertRepresentative(rep);
      EXPECT_TRUE(id.ok());
      rep.id = *id;
      t.reps.push_back(rep);
    }
    EXPECT_TRUE((*tx)->Commit().ok());
    return t;
  }

  Ticket NewIncident(const Tenant& tenant, Priority priority, const std::string& type = "incident") {
    TicketDraft draft;
    draft.description = "No internet at the head office";
    draft.severity = "critical";
    draft.ticket_type = type;
    draft.priority = priority;
    draft.channel = Channel::kPhone;
    draft.customer_id = tenant.id;
    draft.reporter_id = tenant.reps[0].id;
    draft.product_ref = LineRef(tenant.line);  // DESK-028
    auto created = tickets_->Create(kAgent, draft);
    EXPECT_TRUE(created.ok()) << created.error().message << " " << created.error().rule;
    return *created;
  }

  // The service desk records a call of the first representative (ESC-006, ESC-008).
  EscalationInput Call(int from, int to, const Tenant& tenant) {
    EscalationInput in;
    in.from_level = from;
    in.level = to;
    in.channel = Channel::kPhone;
    in.requester_id = tenant.reps[0].id;
    in.requester_contact = {"", "ann.direct@acme.example", "+32 475 55 01 01"};
    in.language = "nl";
    in.reason = "no progress";
    return in;
  }

  std::vector<Notification> NotificationsOf(const Tenant& tenant, const std::string& kind) {
    auto tx = storage_->Begin(TxMode::kRead);
    auto page = Notifications(**tx).ListForCustomer(tenant.id, {0, 1000});
    EXPECT_TRUE(page.ok());
    std::vector<Notification> out;
    for (auto& n : page->items) {
      if (n.kind == kind) out.push_back(n);
    }
    return out;
  }

  static inline const Principal kManager{UserId(2), Role::kEscalationManager, CustomerId()};
  static inline const Principal kBilling{UserId(3), Role::kBilling, CustomerId()};
  std::shared_ptr<const SlaCatalog> sla_ = std::make_shared<const SlaCatalog>(T15Catalog());
  std::unique_ptr<TicketService> tickets_;
  std::unique_ptr<EscalationService> escalations_;
  Tenant acme_;
  Tenant globex_;
};

}  // namespace bizline::testing
