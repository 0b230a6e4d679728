// Service Credit claims (issue 13 item 3; SLA-010, SLA-011, SLA-044, SLA-050):
//   POST  /api/v1/serviceCreditClaim        {"lineId", "kind", "period"}: file a claim
//   GET   /api/v1/serviceCreditClaim        ?state=&customerId=&lineId=: the claims, newest first
//   GET   /api/v1/serviceCreditClaim/{id}
//   PATCH /api/v1/serviceCreditClaim/{id}   {"state": "approved"} or {"state": "refused",
//                                            "refusalReason": "..."}: the staff's decision
// Each claim carries the eligibility stored with it and, under `currentEligibility`, the one the
// line's incidents give now (what an approval would record).
#include "domain/availability/claim_notice.h"
#include "domain/core/time_text.h"
#include "http/availability/credit_json.h"
#include "http/availability/routes.h"
#include "http/core/errors.h"
#include "http/core/json_io.h"

namespace bizline::http {
namespace {

constexpr std::string_view kBase = "/api/v1/serviceCreditClaim";

json EligibilityJson(const ClaimEligibility& e) {
  return {{"creditPercent", CreditPercentJson(e.rate)},
          {"rule", e.rule},
          {"reason", e.reason},
          {"monthlyFee", {{"unit", "EUR"}, {"value", FormatEuros(e.monthly_fee)}}},
          {"credit", {{"unit", "EUR"}, {"value", FormatEuros(e.amount)}}}};
}

json ClaimJson(const ClaimView& v) {
  const CreditClaim& c = v.claim;
  json out{{"id", std::to_string(c.id.value())},
           {"href", std::string(kBase) + "/" + std::to_string(c.id.value())},
           {"@type", "ServiceCreditClaim"},
           {"lineId", std::to_string(c.line.value())},
           {"customerId", std::to_string(c.customer.value())},
           {"kind", kClaimKindNames.Name(c.breach.kind)},
           {"period", c.breach.PeriodText()},
           {"state", kClaimStateNames.Name(c.state)},
           {"filedAt", FormatInstant(c.filed_at)},
           {"filedBy", c.filed_by},
           {"claimDeadline", FormatCivilDay(c.deadline)},
           {"eligibility", EligibilityJson(c.eligibility)},
           {"currentEligibility", EligibilityJson(v.now)},
           {"tickets", v.tickets},
           {"version", c.version}};
  if (c.decided_at) {
    out["decidedAt"] = FormatInstant(*c.decided_at);
    out["decidedBy"] = c.decided_by;
  }
  if (c.state == ClaimState::kRefused) out["refusalReason"] = c.refusal_reason;
  return out;
}

std::string By(const Context& ctx) { return "user/" + std::to_string(ctx.principal->user_id.value()); }

struct Filing {
  ProductId line;
  ClaimedBreach breach;
};

Result<Filing> FilingFromJson(const json& body) {
  TRY(RejectUnknownMembers(body, {"lineId", "kind", "period"}));
  ASSIGN_OR_RETURN(const std::string line, RequiredString(body, "lineId"));
  ASSIGN_OR_RETURN(const std::int64_t id, QueryId(line, "lineId"));
  ASSIGN_OR_RETURN(const std::string kind_text, RequiredString(body, "kind"));
  auto kind = kClaimKindNames.Parse(kind_text);
  if (!kind) return Error::Invalid("kind", "must be restoration or availability", "SLA-010");
  ASSIGN_OR_RETURN(const std::string period, RequiredString(body, "period"));
  ASSIGN_OR_RETURN(ClaimedBreach breach, ParseClaimedBreach(*kind, period, "period"));
  return Filing{ProductId(id), breach};
}

struct Decision {
  ClaimDecision decision = ClaimDecision::kApprove;
  std::string reason;
};

Result<Decision> DecisionFromJson(const json& body) {
  TRY(RejectUnknownMembers(body, {"state", "refusalReason"}));
  ASSIGN_OR_RETURN(const std::string state, RequiredString(body, "state"));
  ASSIGN_OR_RETURN(auto reason, OptionalString(body, "refusalReason"));
  if (state == "approved") {
    if (reason) return Error::Invalid("refusalReason", "only a refusal has a reason");
    return Decision{ClaimDecision::kApprove, ""};
  }
  if (state == "refused") return Decision{ClaimDecision::kRefuse, reason.value_or("")};
  return Error::Invalid("state", "must be approved or refused", "SLA-010");
}

Result<ClaimFilter> FilterFromQuery(const Request& request) {
  TRY(OnlyQueryParameters(request, {"state", "customerId", "lineId", "offset", "limit", "fields"}));
  ClaimFilter filter;
  if (auto state = request.Query("state")) {
    filter.state = kClaimStateNames.Parse(*state);
    if (!filter.state) return Error::Invalid("state", "must be pending, approved or refused");
  }
  if (auto customer = request.Query("customerId")) {
    ASSIGN_OR_RETURN(const std::int64_t id, QueryId(*customer, "customerId"));
    filter.customer = CustomerId(id);
  }
  if (auto line = request.Query("lineId")) {
    ASSIGN_OR_RETURN(const std::int64_t id, QueryId(*line, "lineId"));
    filter.line = ProductId(id);
  }
  return filter;
}

}  // namespace

void AddCreditClaimRoutes(Router& router, CreditClaimService& claims) {
  const std::string base(kBase);
  router.Add(Method::kPost, base, Access::kAuthenticated, [&claims, base](const Request& request, const Context& ctx) {
    auto body = ParseJsonObject(request);
    if (!body) return ErrorResponse(body.error());
    auto filing = FilingFromJson(*body);
    if (!filing) return ErrorResponse(filing.error());
    auto filed = claims.File(*ctx.principal, filing->line, filing->breach, By(ctx));
    if (!filed) return ErrorResponse(filed.error());
    Response r = Response::Json(201, ClaimJson(*filed));
    r.headers.emplace_back("Location", base + "/" + std::to_string(filed->claim.id.value()));
    return r;
  });
  router.Add(Method::kGet, base, Access::kAuthenticated, [&claims](const Request& request, const Context& ctx) {
    auto filter = FilterFromQuery(request);
    if (!filter) return ErrorResponse(filter.error());
    auto page = ParsePaging(request);
    if (!page) return ErrorResponse(page.error());
    auto found = claims.List(*ctx.principal, *filter, *page);
    if (!found) return ErrorResponse(found.error());
    json items = json::array();
    for (const ClaimView& v : found->items) items.push_back(ClaimJson(v));
    return ListResponse(items, found->total, request.Query("fields"));
  });
  router.Add(Method::kGet, base + "/{id}", Access::kAuthenticated,
             [&claims](const Request& request, const Context& ctx) {
               if (auto s = OnlyQueryParameters(request, {"fields"}); !s) return ErrorResponse(s.error());
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto found = claims.Get(*ctx.principal, ClaimId(*id));
               if (!found) return ErrorResponse(found.error());
               return Response::Json(200, SelectFields(ClaimJson(*found), request.Query("fields")));
             });
  router.Add(
      Method::kPatch, base + "/{id}", Access::kAuthenticated, [&claims](const Request& request, const Context& ctx) {
        auto id = PathId(request);
        if (!id) return ErrorResponse(id.error());
        auto body = ParseJsonObject(request);
        if (!body) return ErrorResponse(body.error());
        auto decision = DecisionFromJson(*body);
        if (!decision) return ErrorResponse(decision.error());
        auto decided = claims.Decide(*ctx.principal, ClaimId(*id), decision->decision, decision->reason, By(ctx));
        if (!decided) {
          Error error = decided.error();
          if (error.field == "reason") error.field = "refusalReason";  // the body's name for it
          return ErrorResponse(error);
        }
        return Response::Json(200, ClaimJson(*decided));
      });
}

}  // namespace bizline::http
