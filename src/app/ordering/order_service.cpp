#include "app/ordering/order_service.h"

#include "app/core/permissions.h"
#include "app/notification/notify_representatives.h"
#include "app/notification/ports.h"
#include "app/ordering/ports.h"
#include "app/party/ports.h"
#include "domain/calendar/brussels_time.h"
#include "domain/calendar/iso8601.h"
#include "domain/ordering/order_lateness.h"
#include "domain/ordering/order_mobile_backup.h"
#include "domain/ordering/order_site_readiness.h"

namespace bizline {
namespace {

Error NoSuchOrder(OrderId id) { return Error::NotFound("no product order with id " + std::to_string(id.value())); }
Error NoSuchCustomer(CustomerId id) { return Error::NotFound("no customer with id " + std::to_string(id.value())); }

std::string Reference(const ProductOrder& order) { return "productOrder/" + std::to_string(order.id.value()); }

Status Notify(Transaction& tx, const ProductOrder& order, std::string kind, std::string subject, std::string body,
              Instant now) {
  return NotifyRepresentatives(tx, order.customer_id, std::move(kind), Reference(order), std::move(subject),
                               std::move(body), now);
}

// ORD-005: the written confirmation with what the Client needs for installation and activation.
Status NotifyConfirmed(Transaction& tx, const ProductOrder& order, Instant now) {
  std::string body = "Your order " + std::to_string(order.id.value()) + " for " + order.request.formula +
                     " is confirmed. Installation appointment: " + FormatBrussels(*order.appointment_at) +
                     ". Planned activation date: " + FormatCivilDay(*order.target_activation_date) + ".";
  if (order.line == LinePresence::kNoCompatibleLine) body += " The date follows the RFD sent after the site survey.";
  return Notify(tx, order, "order.confirmed", "Order " + std::to_string(order.id.value()) + " confirmed",
                std::move(body), now);
}

// ORD-042: the Client learns whether its RFS date is feasible.
Status NotifyRushAnswer(Transaction& tx, const ProductOrder& order, Instant now) {
  const RushProvisioning& rush = *order.rush;
  std::string date = FormatCivilDay(rush.requested_ready_for_service);
  std::string body = rush.feasibility == RushFeasibility::kAccepted
                         ? "Rush Provisioning accepted: the line will be ready for service on " + date + "."
                         : "Rush Provisioning refused (" + std::string(ToString(*rush.refusal_reason)) + ") for " +
                               date + ": the line is installed as an ordinary installation and no rush fee is charged.";
  return Notify(tx, order, "order.rushAnswered", "Rush Provisioning for order " + std::to_string(order.id.value()),
                std::move(body), now);
}

std::string OrderNo(const ProductOrder& order) { return std::to_string(order.id.value()); }

std::string Euros(Cents amount) {
  std::int64_t cents = amount.value();
  std::string fraction = std::to_string(cents % 100);
  if (fraction.size() < 2) fraction = "0" + fraction;
  return "EUR " + std::to_string(cents / 100) + "." + fraction;
}

// ORD-007, ORD-029, ORD-032: the quote the Client is asked to approve.
Status NotifyQuote(Transaction& tx, const ProductOrder& order, int quote_id, Instant now) {
  const OrderQuote& q = *FindQuote(order, quote_id);
  std::string body = "Quote " + std::to_string(q.id) + " for order " + OrderNo(order) + " (" +
                     std::string(ToString(q.kind)) + "): " + q.reason + ". Amount: " + Euros(q.amount) + ".";
  if (q.target_activation_date) {
    body += " With these works the planned activation date becomes " + FormatCivilDay(*q.target_activation_date) + ".";
  }
  body += " Approve or decline it on the order; an approved quote is billed as an additional charge.";
  return Notify(tx, order, "order.quoteSent", "Quote for order " + OrderNo(order), std::move(body), now);
}

// ORD-032: the cause and the extent of the delay public-domain works bring, with their quote.
Status NotifyPublicDomainDelay(Transaction& tx, const ProductOrder& order, const InfrastructureWorks& works,
                               Instant now) {
  const OrderQuote& q = *FindQuote(order, works.quote_id);
  std::string body = "Works in the public domain are needed to deliver order " + OrderNo(order) +
                     ". Cause of the delay: " + works.description + ".";
  if (order.target_activation_date && q.target_activation_date) {
    int days = BusinessDaysLate(*order.target_activation_date, *q.target_activation_date);
    body += " Extent: " + std::to_string(days) + " business day(s), activation planned on " +
            FormatCivilDay(*q.target_activation_date) + " instead of " + FormatCivilDay(*order.target_activation_date) +
            ".";
  } else if (q.target_activation_date) {
    body += " Activation planned on " + FormatCivilDay(*q.target_activation_date) + ".";
  }
  body += " A specific quote for the installation works follows (quote " + std::to_string(q.id) + ", " +
          Euros(q.amount) + ").";
  return Notify(tx, order, "order.worksDelay", "Delay of order " + OrderNo(order), std::move(body), now);
}

// ORD-034, ORD-035: the order status, the delay and its reasons, and the new date when known.
std::string LateNoticeBody(const ProductOrder& order, const LateNotice& n) {
  std::string body =
      "Your order " + OrderNo(order) + " (" + order.request.formula + ") is not activated on its planned date " +
      FormatCivilDay(n.missed_target) + ". Order status: " + std::string(ToString(order.state())) + ", step " +
      std::string(ToString(order.milestone)) + ". Delay: " + std::to_string(n.business_days_late) + " business day(s).";
  body += n.reason.empty() ? " The reasons of the delay will follow." : " Reasons: " + n.reason + ".";
  if (n.new_date) body += " New planned date: " + FormatCivilDay(*n.new_date) + ".";
  return body;
}

Status NotifyLate(Transaction& tx, const ProductOrder& order, const LateNotice& notice, Instant now) {
  return Notify(tx, order, std::string(kOrderLateKind), "Order " + OrderNo(order) + " is delayed",
                LateNoticeBody(order, notice), now);
}

// CAT-089: the Client learns that mobile backup is not part of its Contract.
Status NotifyMobileBackupRemoved(Transaction& tx, const ProductOrder& order, Instant now) {
  std::string body = "The indoor antenna(s) installed for order " + OrderNo(order) +
                     " do not give indoor mobile coverage: the mobile backup option is not included in your Contract "
                     "and the line is activated without it. The antennas stay billed as installed.";
  return Notify(tx, order, "order.mobileBackupRemoved", "Mobile backup for order " + OrderNo(order), std::move(body),
                now);
}

LineSpec SpecOf(const ProductOrder& order) {
  LineSpec spec;
  spec.customer = order.customer_id;
  spec.site = order.site_id;
  spec.order_ref = std::to_string(order.id.value());
  spec.formula = order.request.formula;
  spec.options = order.request.options;
  spec.wifi = order.request.wifi;
  spec.sla_tier = order.sla_tier;
  spec.initial_term_months = order.InitialTermMonths();
  return spec;
}

std::optional<Violation> CheckSite(const std::vector<Site>& sites, SiteId site) {
  if (!site.valid()) {
    return Violation{"U-16", "site", "Name the installation site of the order: one line has one Site."};
  }
  for (const Site& s : sites) {
    if (s.id == site) return std::nullopt;
  }
  return Violation{"U-16", "site", "Site " + std::to_string(site.value()) + " is not a site of the ordering customer."};
}

}  // namespace

Result<OrderCreation> OrderService::Create(const Principal& principal, OrderIntake intake) {
  if (!principal.IsStaff() && !intake.customer.valid()) intake.customer = principal.customer_id;
  if (!principal.CanSee(intake.customer)) return NoSuchCustomer(intake.customer);
  TRY(Require(principal, Operation::kOrderPlace));
  if (!intake.customer.valid()) {
    return Error::Invalid("relatedParty", "name the ordering customer (relatedParty with role customer)");
  }
  Instant now = clock_.Now();
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  auto customer = Customers(*tx).Get(intake.customer);
  if (!customer) {
    if (customer.error().code == ErrorCode::kNotFound) return NoSuchCustomer(intake.customer);
    return customer.error();
  }
  intake.request.customer_employees = customer->employees;  // CON-004 from the customer record
  ASSIGN_OR_RETURN(auto sites, Customers(*tx).Sites(intake.customer));

  OrderCreation outcome;
  outcome.violations = CheckOrderIntake(catalog_, intake, now);
  if (auto site = CheckSite(sites, intake.site)) outcome.violations.push_back(*site);
  if (!outcome.violations.empty()) return outcome;

  ProductOrder order = OpenOrder(catalog_, intake, now, principal.user_id);
  auto id = Orders(*tx).Insert(order);
  if (!id) return id.error();
  TRY((tx)->Commit());
  order.id = *id;
  order.version = 1;
  outcome.order = std::move(order);
  return outcome;
}

Result<ProductOrder> OrderService::Get(const Principal& principal, OrderId id) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  auto order = Orders(*tx).Get(id);
  if (!order) return order.error().code == ErrorCode::kNotFound ? NoSuchOrder(id) : order.error();
  if (!principal.CanSee(order->customer_id)) return NoSuchOrder(id);
  TRY(Require(principal, Operation::kOrderRead));
  return order;
}

Result<Page<ProductOrder>> OrderService::List(const Principal& principal, OrderFilter filter, PageRequest page) {
  TRY(Require(principal, Operation::kOrderRead));
  if (!principal.IsStaff()) filter.only = principal.customer_id;
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  return Orders(*tx).List(filter, page);
}

Status OrderService::ApplyClientPart(ProductOrder& order, const OrderChange& change, UserId by, Instant now) {
  TRY(AddContacts(order, change.contacts));
  TRY(ConfirmSiteItems(order, change.site_items, now, by));
  if (change.quote_answer) {
    if (auto s = AnswerQuote(order, change.quote_answer->quote_id, change.quote_answer->decision, now, by); !s) {
      return s;
    }
  }
  if (change.works_update) {
    const OrderChange::WorksUpdate& u = *change.works_update;
    if (!u.expected_completion && !u.completed) {
      return Error::Invalid("worksUpdate", "give the expectedCompletionDate or status completed", "ORD-028");
    }
    if (u.expected_completion) {
      TRY(SetExpectedCompletion(order, u.works_id, *u.expected_completion, now));
    }
    if (u.completed) {
      TRY(NotifyWorksCompleted(order, u.works_id, now));
    }
  }
  return Ok{};
}

Status OrderService::ApplyStaffPart(Transaction& tx, ProductOrder& order, const OrderChange& change, UserId by,
                                    Instant now) {
  if (change.quote) {
    ASSIGN_OR_RETURN(auto id, SendOutOfHoursQuote(order, *change.quote, now));
    TRY(NotifyQuote(tx, order, id, now));
  }
  if (change.works) {
    ASSIGN_OR_RETURN(auto recorded, RecordWorks(order, *change.works, now));
    const InfrastructureWorks& works = *FindWorks(order, recorded.works_id);
    if (works.location == WorksLocation::kPublicDomain) {
      TRY(NotifyPublicDomainDelay(tx, order, works, now));
    }
    if (recorded.quote_id != 0) {
      TRY(NotifyQuote(tx, order, recorded.quote_id, now));
    }
  }
  if (change.coverage) {
    const OrderChange::Coverage& c = *change.coverage;
    if (c.status == IndoorCoverage::kNotAssured) {
      TRY(RecordCoverageNotAssured(order, now));
    }
    if (c.antennas != 0) {
      const PriceItem* price = catalog_.FindPrice(kIndoorAntennaPriceId);
      if (price == nullptr) {
        return Error::Precondition("the price list has no indoor-antenna item (T-20 #15)", "CAT-088");
      }
      TRY(InstallIndoorAntennas(order, c.antennas, price->amount, now));
    }
    if (c.status && *c.status != IndoorCoverage::kNotAssured) {
      TRY(RecordAntennaResult(order, *c.status, now));
      if (*c.status == IndoorCoverage::kNotCovered) {
        TRY(NotifyMobileBackupRemoved(tx, order, now));
      }
    }
  }
  if (change.late) {
    auto notice = RescheduleLateOrder(order, change.late->new_date, change.late->reason, now, by);
    if (!notice) return notice.error();
    TRY(NotifyLate(tx, order, *notice, now));
  }
  if (change.new_appointment) {
    TRY(MoveAppointment(order, *change.new_appointment, now, by));
    if (auto s = NotifyConfirmed(tx, order, now); !s) return s;  // ORD-005: the new date in writing
  }
  if (change.rush) {
    TRY(AnswerRushFeasibility(order, change.rush->decision, change.rush->reason, now));
    TRY(NotifyRushAnswer(tx, order, now));
  }
  if (change.step) {
    OrderStep step = *change.step;
    if (const Formula* formula = catalog_.FindFormula(order.request.formula)) step.technology = formula->technology;
    ASSIGN_OR_RETURN(auto effect, AdvanceOrder(order, step, now, by));
    if (effect == StepEffect::kConfirmed) {
      TRY(NotifyConfirmed(tx, order, now));
    }
    if (effect == StepEffect::kActivated) {
      ASSIGN_OR_RETURN(auto product, provisioner_.ProvisionLine(tx, SpecOf(order), now));
      order.product_id = product;
      // ORD-020: ProvisionLine records the activation notice, with the line's addresses.
    }
  }
  return Ok{};
}

Result<Page<ProductOrder>> OrderService::ListLate(const Principal& principal, OrderFilter filter, PageRequest page) {
  filter.late_on = BrusselsDay(clock_.Now());
  return List(principal, std::move(filter), page);
}

Result<ProductOrder> OrderService::Change(const Principal& principal, OrderId id, const OrderChange& change) {
  if (!change.HasClientPart() && !change.HasStaffPart()) {
    return Error::Invalid("state",
                          "give the new state (and milestone), a rushFeasibility answer, contacts, site readiness, a "
                          "quote or its answer, works, mobile backup coverage or a late-activation reschedule");
  }
  Instant now = clock_.Now();
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  auto current = Orders(*tx).Get(id);
  if (!current) return current.error().code == ErrorCode::kNotFound ? NoSuchOrder(id) : current.error();
  if (!principal.CanSee(current->customer_id)) return NoSuchOrder(id);
  if (change.HasStaffPart()) {
    TRY(Require(principal, Operation::kOrderRun));
  }
  if (change.HasClientPart()) {
    TRY(Require(principal, Operation::kOrderClientPart));
  }
  ProductOrder order = std::move(*current);
  TRY(ApplyClientPart(order, change, principal.user_id, now));
  TRY(ApplyStaffPart(*tx, order, change, principal.user_id, now));
  TRY(Orders(*tx).Update(order));
  TRY((tx)->Commit());
  ++order.version;
  return order;
}

Result<LateActivationReport> LateActivationWatch::RunOnce() {
  LateActivationReport report;
  const Instant now = clock_.Now();
  for (;;) {
    std::vector<OrderId> due;
    {
      ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
      ASSIGN_OR_RETURN(auto ids, Orders(*tx).LateUnannounced(BrusselsDay(now), batch_size_));
      due = std::move(ids);
    }
    int announced = 0;
    for (OrderId id : due) {
      auto done = AnnounceOne(id, now);
      if (!done) {  // one broken order must not keep every later one from being announced
        if (report.failed++ == 0) report.first_error = done.error().message;
        continue;
      }
      if (*done) ++announced;
    }
    report.announced += announced;
    // Orders a concurrent run announced are skipped, not retried: stop when a batch made no progress.
    if (static_cast<int>(due.size()) < batch_size_ || announced == 0) return report;
  }
}

Result<bool> LateActivationWatch::AnnounceOne(OrderId id, Instant now) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  ASSIGN_OR_RETURN(auto order, Orders(*tx).Get(id));
  // Checked again inside the write transaction: another watch may have announced it meanwhile.
  if (!IsLate(order, BrusselsDay(now)) || LatenessAnnounced(order)) return false;
  ASSIGN_OR_RETURN(auto notice, AnnounceLateness(order, now));
  TRY(NotifyLate(*tx, order, notice, now));
  if (auto s = Orders(*tx).Update(order); !s) {
    if (s.error().code == ErrorCode::kFailedPrecondition) return false;  // a concurrent change won
    return s.error();
  }
  TRY((tx)->Commit());
  return true;
}

}  // namespace bizline
