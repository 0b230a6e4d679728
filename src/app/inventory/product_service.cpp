#include "app/inventory/product_service.h"

#include "app/core/permissions.h"
#include "app/inventory/ports.h"
#include "app/inventory/visible_product.h"
#include "app/ipam/ports.h"
#include "domain/inventory/termination.h"

namespace bizline {
namespace {

Error NoSuchRipeRequest(std::int64_t id) {
  return Error::NotFound("no RIPE-488 request with id " + std::to_string(id));
}

// Loads the line for a change by line staff: the tenant check first (NotFound), then the operation.
Result<Product> LineForChange(Transaction& tx, const Principal& principal, ProductId id, Operation operation) {
  // Read under the row lock: a concurrent change of the same line waits, then sees this one.
  if (auto s = Products(tx).Lock(id); !s) return s.error().code == ErrorCode::kNotFound ? NoSuchProduct(id) : s.error();
  auto product = VisibleProduct(tx, principal, id);
  if (!product) return product.error();
  TRY(Require(principal, operation));
  return product;
}

}  // namespace

Result<Page<Product>> ProductService::List(const Principal& principal, ProductFilter filter, PageRequest page) {
  TRY(Require(principal, Operation::kProductRead));
  if (!principal.IsStaff()) filter.only = principal.customer_id;
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  return Products(*tx).List(filter, page);
}

Result<Product> ProductService::Get(const Principal& principal, ProductId id) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  auto product = VisibleProduct(*tx, principal, id);
  if (!product) return product.error();
  TRY(Require(principal, Operation::kProductRead));
  return product;
}

Result<Product> ProductService::Terminate(const Principal& principal, ProductId id, std::optional<Instant> date) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  ASSIGN_OR_RETURN(auto line, LineForChange(*tx, principal, id, Operation::kLineTerminate));
  ASSIGN_OR_RETURN(auto plan, PlanTermination(line, date, clock_.Now()));
  TRY(provisioning_.TerminateLine(*tx, id, plan.at));
  auto after = Products(*tx).Get(id);
  if (!after) return after.error();
  TRY((tx)->Commit());
  return after;
}

Result<Product> ProductService::AddOption(const Principal& principal, ProductId id, const OptionRequest& request) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  auto line = LineForChange(*tx, principal, id, Operation::kLineAddOption);
  if (!line) return line.error();
  ASSIGN_OR_RETURN(auto change, PlanOptionChange(provisioning_.catalog(), *line, request));
  const Instant now = clock_.Now();
  auto after = provisioning_.ApplyOptionChange(*tx, change, now);
  if (!after) return after.error();
  if (after->sla_tier != line->sla_tier && tier_follower_ != nullptr) {
    // DESK-028: the line's open tickets follow its new tier, in the same transaction.
    TRY(tier_follower_->LineTierChanged(*tx, *after, now));
  }
  TRY((tx)->Commit());
  return after;
}

Result<Product> ProductService::Renumber(const Principal& principal, ProductId id,
                                         const std::vector<RenumberTarget>& targets) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  ASSIGN_OR_RETURN(auto line, LineForChange(*tx, principal, id, Operation::kLineRenumber));
  auto after = provisioning_.Renumber(*tx, line, targets, clock_.Now());
  if (!after) return after.error();
  TRY((tx)->Commit());
  return after;
}

Result<FirewallChangeRequest> ProductService::RequestFirewallChange(const Principal& principal, ProductId id,
                                                                    std::string description,
                                                                    const std::string& channel) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  // CAT-074: the Client asks (its representative), or staff record what it asked (the table).
  ASSIGN_OR_RETURN(auto line, VisibleProduct(*tx, principal, id));
  TRY(Require(principal, Operation::kFirewallChange));
  auto request = NewFirewallChange(provisioning_.catalog(), line, std::move(description), channel, principal.user_id,
                                   clock_.Now());
  if (!request) return request.error();
  ASSIGN_OR_RETURN(auto stored, Products(*tx).InsertFirewallChange(*request));
  request->id = stored;
  TRY((tx)->Commit());
  return request;
}

Result<std::vector<FirewallChangeRequest>> ProductService::FirewallChanges(const Principal& principal, ProductId id) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  auto line = VisibleProduct(*tx, principal, id);
  if (!line) return line.error();
  TRY(Require(principal, Operation::kProductRead));
  return Products(*tx).FirewallChangesOf(id);
}

Result<Page<RipeRequest>> ProductService::ListRipeRequests(const Principal& principal, RipeFilter filter,
                                                           PageRequest page) {
  TRY(Require(principal, Operation::kProductRead));
  if (!principal.IsStaff()) filter.only = principal.customer_id;
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  return Ipam(*tx).ListRipeRequests(filter, page);
}

Result<RipeRequest> ProductService::GetRipeRequest(const Principal& principal, std::int64_t id) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  auto request = Ipam(*tx).GetRipeRequest(id);
  if (!request) return request.error().code == ErrorCode::kNotFound ? NoSuchRipeRequest(id) : request.error();
  if (!principal.CanSee(request->customer)) return NoSuchRipeRequest(id);
  TRY(Require(principal, Operation::kProductRead));
  return request;
}

Result<RipeRequest> ProductService::ResolveRipeRequest(const Principal& principal, std::int64_t id, RipeStatus decision,
                                                       const std::string& reason) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  auto request = Ipam(*tx).GetRipeRequest(id);
  if (!request) return request.error().code == ErrorCode::kNotFound ? NoSuchRipeRequest(id) : request.error();
  if (!principal.CanSee(request->customer)) return NoSuchRipeRequest(id);
  TRY(Require(principal, Operation::kRipeDecide));
  TRY(Products(*tx).Lock(request->product));
  auto resolved = provisioning_.ResolveRipeRequest(*tx, id, decision, reason, principal.user_id, clock_.Now());
  if (!resolved) return resolved.error();
  TRY((tx)->Commit());
  return resolved;
}

}  // namespace bizline
