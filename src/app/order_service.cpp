#include "app/order_service.h"

#include "domain/calendar/iso8601.h"

namespace bizline {
namespace {

Error NoSuchOrder(OrderId id) { return Error::NotFound("no product order with id " + std::to_string(id.value())); }
Error NoSuchCustomer(CustomerId id) { return Error::NotFound("no customer with id " + std::to_string(id.value())); }

std::string Reference(const ProductOrder& order) { return "productOrder/" + std::to_string(order.id.value()); }

Result<std::string> Recipients(Transaction& tx, CustomerId customer) {
  auto reps = tx.customers().Representatives(customer);
  if (!reps) return reps.error();
  std::string to;
  for (const Representative& rep : *reps) to += (to.empty() ? "" : ",") + rep.email;
  return to;
}

Status Notify(Transaction& tx, const ProductOrder& order, std::string kind, std::string subject, std::string body,
              Instant now) {
  auto to = Recipients(tx, order.customer_id);
  if (!to) return to.error();
  Notification n;
  n.customer_id = order.customer_id;
  n.kind = std::move(kind);
  n.reference = Reference(order);
  n.recipients = *to;
  n.subject = std::move(subject);
  n.body = std::move(body);
  n.created_at = now;
  n.next_attempt_at = now;
  auto id = tx.notifications().Enqueue(n);
  if (!id) return id.error();
  return Ok{};
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

bool CanRunOrders(Role role) { return role == Role::kProvisioning || role == Role::kAdmin; }

Result<OrderCreation> OrderService::Create(const Principal& principal, OrderIntake intake) {
  if (!principal.IsStaff() && !intake.customer.valid()) intake.customer = principal.customer_id;
  if (!principal.CanSee(intake.customer)) return NoSuchCustomer(intake.customer);
  if (principal.IsStaff() && !CanRunOrders(principal.role)) {
    return Error::Denied("this role may not place orders");
  }
  if (!intake.customer.valid()) {
    return Error::Invalid("relatedParty", "name the ordering customer (relatedParty with role customer)");
  }
  Instant now = clock_.Now();
  auto tx = storage_.Begin(TxMode::kWrite);
  if (!tx) return tx.error();
  auto customer = (*tx)->customers().Get(intake.customer);
  if (!customer) {
    if (customer.error().code == ErrorCode::kNotFound) return NoSuchCustomer(intake.customer);
    return customer.error();
  }
  intake.request.customer_employees = customer->employees;  // CON-004 from the customer record
  auto sites = (*tx)->customers().Sites(intake.customer);
  if (!sites) return sites.error();

  OrderCreation outcome;
  outcome.violations = CheckOrderIntake(catalog_, intake, now);
  if (auto site = CheckSite(*sites, intake.site)) outcome.violations.push_back(*site);
  if (!outcome.violations.empty()) return outcome;

  ProductOrder order = OpenOrder(catalog_, intake, now, principal.user_id);
  auto id = (*tx)->orders().Insert(order);
  if (!id) return id.error();
  if (auto s = (*tx)->Commit(); !s) return s.error();
  order.id = *id;
  order.version = 1;
  outcome.order = std::move(order);
  return outcome;
}

Result<ProductOrder> OrderService::Get(const Principal& principal, OrderId id) {
  auto tx = storage_.Begin(TxMode::kRead);
  if (!tx) return tx.error();
  auto order = (*tx)->orders().Get(id);
  if (!order) return order.error().code == ErrorCode::kNotFound ? NoSuchOrder(id) : order.error();
  if (!principal.CanSee(order->customer_id)) return NoSuchOrder(id);
  return order;
}

Result<Page<ProductOrder>> OrderService::List(const Principal& principal, OrderFilter filter, PageRequest page) {
  if (!principal.IsStaff()) filter.only = principal.customer_id;
  auto tx = storage_.Begin(TxMode::kRead);
  if (!tx) return tx.error();
  return (*tx)->orders().List(filter, page);
}

Result<ProductOrder> OrderService::Change(const Principal& principal, OrderId id, const OrderChange& change) {
  if (!change.step && !change.rush) {
    return Error::Invalid("state", "give the new state (and milestone) or a rushFeasibility answer");
  }
  Instant now = clock_.Now();
  auto tx = storage_.Begin(TxMode::kWrite);
  if (!tx) return tx.error();
  auto current = (*tx)->orders().Get(id);
  if (!current) return current.error().code == ErrorCode::kNotFound ? NoSuchOrder(id) : current.error();
  if (!principal.CanSee(current->customer_id)) return NoSuchOrder(id);
  if (!CanRunOrders(principal.role)) {
    return Error::Denied("only provisioning staff and administrators change the state of an order");
  }
  ProductOrder order = std::move(*current);
  if (change.rush) {
    if (auto s = AnswerRushFeasibility(order, change.rush->decision, change.rush->reason, now); !s) return s.error();
    if (auto s = NotifyRushAnswer(**tx, order, now); !s) return s.error();
  }
  if (change.step) {
    auto effect = AdvanceOrder(order, *change.step, now, principal.user_id);
    if (!effect) return effect.error();
    if (*effect == StepEffect::kConfirmed) {
      if (auto s = NotifyConfirmed(**tx, order, now); !s) return s.error();
    }
    if (*effect == StepEffect::kActivated) {
      auto product = provisioner_.ProvisionLine(**tx, SpecOf(order), now);
      if (!product) return product.error();
      order.product_id = *product;
      // ORD-020: ProvisionLine records the activation notice, with the line's addresses.
    }
  }
  if (auto s = (*tx)->orders().Update(order); !s) return s.error();
  if (auto s = (*tx)->Commit(); !s) return s.error();
  ++order.version;
  return order;
}

}  // namespace bizline
