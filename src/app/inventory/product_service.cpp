#include "app/inventory/product_service.h"

#include "app/core/permissions.h"
#include "app/inventory/ports.h"
#include "app/ipam/ports.h"
#include "domain/inventory/termination.h"

namespace bizline {
namespace {

Error NoSuchProduct(ProductId id) { return Error::NotFound("no product with id " + std::to_string(id.value())); }
Error NoSuchRipeRequest(std::int64_t id) {
  return Error::NotFound("no RIPE-488 request with id " + std::to_string(id));
}

// The product as `principal` may see it: another customer's line is NotFound, exactly like a
// line that does not exist, so an id gives no hint that it is in use.
Result<Product> VisibleProduct(Transaction& tx, const Principal& principal, ProductId id) {
  auto product = Products(tx).Get(id);
  if (!product) return product.error().code == ErrorCode::kNotFound ? NoSuchProduct(id) : product.error();
  if (!principal.CanSee(product->customer_id)) return NoSuchProduct(id);
  return product;
}

// Loads the line for a change by line staff: the tenant check first (NotFound), then the operation.
Result<Product> LineForChange(Transaction& tx, const Principal& principal, ProductId id, Operation operation) {
  // Read under the row lock: a concurrent change of the same line waits, then sees this one.
  if (auto s = Products(tx).Lock(id); !s) return s.error().code == ErrorCode::kNotFound ? NoSuchProduct(id) : s.error();
  auto product = VisibleProduct(tx, principal, id);
  if (!product) return product.error();
  if (auto s = Require(principal, operation); !s) return s.error();
  return product;
}

}  // namespace

Result<Page<Product>> ProductService::List(const Principal& principal, ProductFilter filter, PageRequest page) {
  if (auto s = Require(principal, Operation::kProductRead); !s) return s.error();
  if (!principal.IsStaff()) filter.only = principal.customer_id;
  auto tx = storage_.Begin(TxMode::kRead);
  if (!tx) return tx.error();
  return Products(**tx).List(filter, page);
}

Result<Product> ProductService::Get(const Principal& principal, ProductId id) {
  auto tx = storage_.Begin(TxMode::kRead);
  if (!tx) return tx.error();
  auto product = VisibleProduct(**tx, principal, id);
  if (!product) return product.error();
  if (auto s = Require(principal, Operation::kProductRead); !s) return s.error();
  return product;
}

Result<Product> ProductService::Terminate(const Principal& principal, ProductId id, std::optional<Instant> date) {
  auto tx = storage_.Begin(TxMode::kWrite);
  if (!tx) return tx.error();
  auto line = LineForChange(**tx, principal, id, Operation::kLineTerminate);
  if (!line) return line.error();
  auto plan = PlanTermination(*line, date, clock_.Now());
  if (!plan) return plan.error();
  if (auto s = provisioning_.TerminateLine(**tx, id, plan->at); !s) return s.error();
  auto after = Products(**tx).Get(id);
  if (!after) return after.error();
  if (auto s = (*tx)->Commit(); !s) return s.error();
  return after;
}

Result<Product> ProductService::AddOption(const Principal& principal, ProductId id, const OptionRequest& request) {
  auto tx = storage_.Begin(TxMode::kWrite);
  if (!tx) return tx.error();
  auto line = LineForChange(**tx, principal, id, Operation::kLineAddOption);
  if (!line) return line.error();
  auto change = PlanOptionChange(provisioning_.catalog(), *line, request);
  if (!change) return change.error();
  const Instant now = clock_.Now();
  auto after = provisioning_.ApplyOptionChange(**tx, *change, now);
  if (!after) return after.error();
  if (after->sla_tier != line->sla_tier && tier_follower_ != nullptr) {
    // DESK-028: the line's open tickets follow its new tier, in the same transaction.
    if (auto s = tier_follower_->LineTierChanged(**tx, *after, now); !s) return s.error();
  }
  if (auto s = (*tx)->Commit(); !s) return s.error();
  return after;
}

Result<Product> ProductService::Renumber(const Principal& principal, ProductId id,
                                         const std::vector<RenumberTarget>& targets) {
  auto tx = storage_.Begin(TxMode::kWrite);
  if (!tx) return tx.error();
  auto line = LineForChange(**tx, principal, id, Operation::kLineRenumber);
  if (!line) return line.error();
  auto after = provisioning_.Renumber(**tx, *line, targets, clock_.Now());
  if (!after) return after.error();
  if (auto s = (*tx)->Commit(); !s) return s.error();
  return after;
}

Result<FirewallChangeRequest> ProductService::RequestFirewallChange(const Principal& principal, ProductId id,
                                                                    std::string description,
                                                                    const std::string& channel) {
  auto tx = storage_.Begin(TxMode::kWrite);
  if (!tx) return tx.error();
  // CAT-074: the Client asks (its representative), or staff record what it asked (the table).
  auto line = VisibleProduct(**tx, principal, id);
  if (!line) return line.error();
  if (auto s = Require(principal, Operation::kFirewallChange); !s) return s.error();
  auto request = NewFirewallChange(provisioning_.catalog(), *line, std::move(description), channel, principal.user_id,
                                   clock_.Now());
  if (!request) return request.error();
  auto stored = Products(**tx).InsertFirewallChange(*request);
  if (!stored) return stored.error();
  request->id = *stored;
  if (auto s = (*tx)->Commit(); !s) return s.error();
  return request;
}

Result<std::vector<FirewallChangeRequest>> ProductService::FirewallChanges(const Principal& principal, ProductId id) {
  auto tx = storage_.Begin(TxMode::kRead);
  if (!tx) return tx.error();
  auto line = VisibleProduct(**tx, principal, id);
  if (!line) return line.error();
  if (auto s = Require(principal, Operation::kProductRead); !s) return s.error();
  return Products(**tx).FirewallChangesOf(id);
}

Result<Page<RipeRequest>> ProductService::ListRipeRequests(const Principal& principal, RipeFilter filter,
                                                           PageRequest page) {
  if (auto s = Require(principal, Operation::kProductRead); !s) return s.error();
  if (!principal.IsStaff()) filter.only = principal.customer_id;
  auto tx = storage_.Begin(TxMode::kRead);
  if (!tx) return tx.error();
  return Ipam(**tx).ListRipeRequests(filter, page);
}

Result<RipeRequest> ProductService::GetRipeRequest(const Principal& principal, std::int64_t id) {
  auto tx = storage_.Begin(TxMode::kRead);
  if (!tx) return tx.error();
  auto request = Ipam(**tx).GetRipeRequest(id);
  if (!request) return request.error().code == ErrorCode::kNotFound ? NoSuchRipeRequest(id) : request.error();
  if (!principal.CanSee(request->customer)) return NoSuchRipeRequest(id);
  if (auto s = Require(principal, Operation::kProductRead); !s) return s.error();
  return request;
}

Result<RipeRequest> ProductService::ResolveRipeRequest(const Principal& principal, std::int64_t id, RipeStatus decision,
                                                       const std::string& reason) {
  auto tx = storage_.Begin(TxMode::kWrite);
  if (!tx) return tx.error();
  auto request = Ipam(**tx).GetRipeRequest(id);
  if (!request) return request.error().code == ErrorCode::kNotFound ? NoSuchRipeRequest(id) : request.error();
  if (!principal.CanSee(request->customer)) return NoSuchRipeRequest(id);
  if (auto s = Require(principal, Operation::kRipeDecide); !s) return s.error();
  if (auto s = Products(**tx).Lock(request->product); !s) return s.error();
  auto resolved = provisioning_.ResolveRipeRequest(**tx, id, decision, reason, principal.user_id, clock_.Now());
  if (!resolved) return resolved.error();
  if (auto s = (*tx)->Commit(); !s) return s.error();
  return resolved;
}

}  // namespace bizline
