#include "app/availability/credit_claims.h"

#include <algorithm>

#include "app/availability/availability_queries.h"
#include "app/core/permissions.h"
#include "app/inventory/ports.h"
#include "app/inventory/visible_product.h"
#include "app/notification/notify_representatives.h"
#include "domain/availability/claim_deadline.h"
#include "domain/availability/claim_notice.h"
#include "domain/calendar/brussels_time.h"
#include "domain/catalog/monthly_fee.h"

namespace bizline {
namespace {

Error NoSuchClaim(ClaimId id) {
  return Error::NotFound("no service credit claim with id " + std::to_string(id.value()));
}

Status Notify(Transaction& tx, const CreditClaim& claim, const Product& line, Instant now) {
  const ClaimNoticeText notice = ClaimNotice(claim, line.name + " (line " + std::to_string(line.id.value()) + ")");
  return NotifyRepresentatives(tx, claim.customer, notice.kind, "creditClaim/" + std::to_string(claim.id.value()),
                               notice.subject, notice.body, now);
}

}  // namespace

// The breach's credit as the line's report computes it now: the restoration month's credit
// (SLA-044, none for FullFiber/FFE: SLA-045) or the year's availability credit (SLA-050).
Result<ClaimView> CreditClaimService::Eligibility(Transaction& tx, const Product& line, const ClaimedBreach& breach,
                                                  Instant now) {
  ASSIGN_OR_RETURN(const LineAvailabilityReport report,
                   BuildLineReport(tx, catalog_, *sla_, line, breach.found.year(), now));
  ClaimView view;
  ClaimEligibility& e = view.now;
  if (!report.no_sla.empty()) {
    e.rule = "X-25";
    e.reason = report.no_sla;
  } else if (breach.kind == ClaimKind::kAvailability) {
    e.rate = report.credit.rate;
    e.rule = std::string(report.credit.rule);
    e.reason = report.credit.reason;
  } else {
    auto month = std::find_if(report.restoration.begin(), report.restoration.end(),
                              [&](const RestorationMonth& m) { return m.credit.month == breach.found; });
    if (month == report.restoration.end()) {
      e.rule = "SLA-044";
      e.reason = "no P1 Incident of the line was restored after its due instant in " + breach.PeriodText();
    } else {
      e.rate = month->credit.rate;
      e.rule = std::string(month->credit.rule);
      e.reason = std::to_string(month->credit.breaches.size()) + " P1 Incident(s) restored late in " +
                 breach.PeriodText() +
                 (e.rate.is_credit() ? ": one month of service fee" : ": the escalation procedure only, no credit");
      view.tickets = month->tickets;
    }
  }
  e.monthly_fee = MonthlyFee(catalog_, line.formula, line.options);
  e.amount = CreditAmount(e.monthly_fee, e.rate);
  return view;
}

Result<ClaimView> CreditClaimService::ViewOf(Transaction& tx, CreditClaim claim, Instant now) {
  ASSIGN_OR_RETURN(const Product line, Products(tx).Get(claim.line));
  ASSIGN_OR_RETURN(ClaimView view, Eligibility(tx, line, claim.breach, now));
  view.claim = std::move(claim);
  return view;
}

Result<ClaimView> CreditClaimService::File(const Principal& principal, ProductId id, const ClaimedBreach& breach,
                                           const std::string& by) {
  const Instant now = clock_.Now();
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  ASSIGN_OR_RETURN(const Product line, VisibleProduct(*tx, principal, id));
  TRY(Require(principal, Operation::kCreditClaimFile));
  TRY(CheckClaimable(breach, BrusselsDay(now)));  // SLA-011
  ASSIGN_OR_RETURN(ClaimView view, Eligibility(*tx, line, breach, now));
  if (!view.now.rate.is_credit()) {
    return Error::Precondition("line " + std::to_string(id.value()) + " has no credit to claim for " +
                                   breach.PeriodText() + ": " + view.now.reason,
                               view.now.rule);
  }
  CreditClaim& claim = view.claim;
  claim.line = line.id;
  claim.customer = line.customer_id;
  claim.breach = breach;
  claim.filed_at = now;
  claim.filed_by = by;
  claim.deadline = ClaimDeadline(breach.found);
  claim.eligibility = view.now;
  ASSIGN_OR_RETURN(claim.id, CreditClaims(*tx).Insert(claim));
  TRY(Notify(*tx, claim, line, now));
  TRY(tx->Commit());
  return view;
}

Result<ClaimView> CreditClaimService::Get(const Principal& principal, ClaimId id) {
  TRY(Require(principal, Operation::kCreditClaimRead));
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  ASSIGN_OR_RETURN(auto found, CreditClaims(*tx).Find(id));
  if (!found || !principal.CanSee(found->customer)) return NoSuchClaim(id);
  return ViewOf(*tx, std::move(*found), clock_.Now());
}

Result<Page<ClaimView>> CreditClaimService::List(const Principal& principal, ClaimFilter filter, PageRequest page) {
  TRY(Require(principal, Operation::kCreditClaimRead));
  if (!principal.IsStaff()) filter.only = principal.customer_id;
  const Instant now = clock_.Now();
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  ASSIGN_OR_RETURN(auto claims, CreditClaims(*tx).List(filter, page));
  Page<ClaimView> out;
  out.total = claims.total;
  for (CreditClaim& claim : claims.items) {
    ASSIGN_OR_RETURN(ClaimView view, ViewOf(*tx, std::move(claim), now));
    out.items.push_back(std::move(view));
  }
  return out;
}

Result<ClaimView> CreditClaimService::Decide(const Principal& principal, ClaimId id, ClaimDecision decision,
                                             const std::string& reason, const std::string& by) {
  const Instant now = clock_.Now();
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  ASSIGN_OR_RETURN(auto found, CreditClaims(*tx).Find(id));
  if (!found || !principal.CanSee(found->customer)) return NoSuchClaim(id);
  TRY(Require(principal, Operation::kCreditClaimDecide));
  ASSIGN_OR_RETURN(const Product line, Products(*tx).Get(found->line));
  ASSIGN_OR_RETURN(ClaimView view, Eligibility(*tx, line, found->breach, now));
  view.claim = std::move(*found);
  CreditClaim& claim = view.claim;
  TRY(bizline::Decide(claim, decision, view.now, reason, by, now));
  auto updated = CreditClaims(*tx).Update(claim);
  if (!updated) {
    // Another decision on the claim committed first: nothing of this one is stored.
    if (updated.error().code == ErrorCode::kStale) {
      return Error::Aborted("claim " + std::to_string(id.value()) + " was decided meanwhile; read it again");
    }
    return updated.error();
  }
  ++claim.version;
  if (claim.state == ClaimState::kApproved) TRY(CreditClaims(*tx).RecordCredit(claim));
  TRY(Notify(*tx, claim, line, now));
  TRY(tx->Commit());
  return view;
}

}  // namespace bizline
