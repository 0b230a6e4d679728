// Use cases on product orders (TMF622): open an order after the Order Form check (the same
// verdict as `bizline order check`), read and list them within the tenant boundary, and move
// them through the implementation phase. Staff (provisioning and admin roles) move the
// milestones, send quotes, record works, coverage and late-activation reschedules; the Client's
// representative (or staff on its behalf) names implementation contacts (ORD-008), confirms the
// Annex 1 site checklist (SITE), answers quotes (ORD-007, ORD-029, ORD-032) and reports its own
// works (ORD-028). Each change commits with its customer notifications (outbox) and, at
// activation, with the new line. LateActivationWatch announces late orders (ORD-034).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/core/clock.h"
#include "app/ordering/ports.h"
#include "domain/catalog/catalog.h"
#include "domain/identity/role.h"
#include "domain/ordering/order_intake.h"
#include "domain/ordering/order_lifecycle.h"
#include "domain/ordering/order_quotes.h"
#include "domain/ordering/order_works.h"

namespace bizline {

// Either the stored order or every reason it was not accepted (then nothing was stored).
struct OrderCreation {
  std::optional<ProductOrder> order;
  std::vector<Violation> violations;
};

// A change of an order. Parts are applied in the order they are listed, all or nothing: the
// Client's parts (contacts, site items, quote answer, works update) may come from the customer's
// representative or staff; the others are staff's (provisioning, admin).
struct OrderChange {
  // The Client's parts.
  std::vector<ContactInput> contacts;  // ORD-008, ORD-009
  std::vector<SiteItem> site_items;    // SITE-001 to SITE-008: confirmed
  struct QuoteAnswer {
    int quote_id = 0;
    QuoteStatus decision = QuoteStatus::kSent;
  };
  std::optional<QuoteAnswer> quote_answer;  // ORD-007, ORD-029, ORD-032
  struct WorksUpdate {
    int works_id = 0;
    std::optional<CivilDay> expected_completion;  // ORD-028
    bool completed = false;                       // ORD-028: the completion notice
  };
  std::optional<WorksUpdate> works_update;

  // Staff's parts.
  std::optional<QuoteDraft> quote;  // ORD-007: an out-of-hours implementation quote
  std::optional<WorksDraft> works;  // ORD-025, ORD-028 to ORD-032
  struct Coverage {
    std::optional<IndoorCoverage> status;  // notAssured (CAT-088), coveredByAntennas / notCovered (CAT-089)
    int antennas = 0;                      // CAT-088: antennas installed now
  };
  std::optional<Coverage> coverage;
  struct Reschedule {
    CivilDay new_date{};
    std::string reason;
  };
  std::optional<Reschedule> late;          // ORD-034, ORD-035
  std::optional<Instant> new_appointment;  // ORD-004, ORD-005: move the installation appointment
  struct RushAnswer {
    RushFeasibility decision = RushFeasibility::kPending;
    std::optional<RushRefusalReason> reason;
  };
  std::optional<RushAnswer> rush;
  std::optional<OrderStep> step;

  bool HasClientPart() const { return !contacts.empty() || !site_items.empty() || quote_answer || works_update; }
  bool HasStaffPart() const { return quote || works || coverage || late || new_appointment || rush || step; }
};

class OrderService {
 public:
  OrderService(Storage& storage, const Clock& clock, const Catalog& catalog, LineProvisioner& provisioner)
      : storage_(storage), clock_(clock), catalog_(catalog), provisioner_(provisioner) {}

  // A representative orders for its own customer only; another customer is NotFound.
  Result<OrderCreation> Create(const Principal& principal, OrderIntake intake);
  Result<ProductOrder> Get(const Principal& principal, OrderId id);
  Result<Page<ProductOrder>> List(const Principal& principal, OrderFilter filter, PageRequest page);
  // ORD-034: the orders of `filter` that are late today (target activation date passed, not activated).
  Result<Page<ProductOrder>> ListLate(const Principal& principal, OrderFilter filter, PageRequest page);
  Result<ProductOrder> Change(const Principal& principal, OrderId id, const OrderChange& change);

  const Catalog& catalog() const { return catalog_; }

 private:
  static Status ApplyClientPart(ProductOrder& order, const OrderChange& change, UserId by, Instant now);
  Status ApplyStaffPart(Transaction& tx, ProductOrder& order, const OrderChange& change, UserId by, Instant now);
  Storage& storage_;
  const Clock& clock_;
  const Catalog& catalog_;
  LineProvisioner& provisioner_;
};

inline constexpr std::string_view kOrderLateKind = "order.late";

struct LateActivationReport {
  int announced = 0;  // late orders whose Client was told by this run
  int failed = 0;     // orders that could not be announced; the others still are
  std::string first_error;
};

// ORD-034: finds orders past their target activation date that the Client was not told about for
// that date, and records the notice (status, business days late, the reasons or "reasons to
// follow") with its outbox notification, one order per transaction. Once per target date: the
// notice is stored with the order, so a rerun (or a restart) announces nothing twice, and a
// concurrent run loses on the order's version.
class LateActivationWatch {
 public:
  LateActivationWatch(Storage& storage, const Clock& clock, int batch_size = 100)
      : storage_(storage), clock_(clock), batch_size_(batch_size) {}

  Result<LateActivationReport> RunOnce();

 private:
  Result<bool> AnnounceOne(OrderId id, Instant now);
  Storage& storage_;
  const Clock& clock_;
  int batch_size_;
};

}  // namespace bizline
