#include "domain/ordering/order_quotes.h"

#include <algorithm>

#include "domain/calendar/brussels_time.h"

namespace bizline {
namespace {

bool BeforeActivation(const ProductOrder& order) { return !IsFinal(order.milestone) && !order.activated_at; }

bool IsWorks(QuoteKind kind) { return kind != QuoteKind::kOutOfHoursImplementation; }

}  // namespace

std::string_view ChargeRuleOf(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kOutOfHoursImplementation: return "ORD-007";
    case QuoteKind::kClientBuildingWorks: return "ORD-029";
    case QuoteKind::kPublicDomainWorks: return "ORD-032";
  }
  return "ORD-025";
}

const OrderQuote* FindQuote(const ProductOrder& order, int quote_id) {
  for (const OrderQuote& q : order.quotes) {
    if (q.id == quote_id) return &q;
  }
  return nullptr;
}

bool HasQuote(const ProductOrder& order, QuoteKind kind, QuoteStatus status) {
  return std::any_of(order.quotes.begin(), order.quotes.end(),
                     [&](const OrderQuote& q) { return q.kind == kind && q.status == status; });
}

Result<int> AddQuote(ProductOrder& order, const QuoteDraft& draft, const std::string& field, const std::string& rule,
                     Instant now) {
  if (!BeforeActivation(order)) {
    return Error::Precondition("quotes are sent during the implementation phase, before activation", rule);
  }
  if (draft.amount <= Cents(0)) {
    return Error::Invalid(field + ".amountCents", "the quoted amount is a positive number of euro cents", rule);
  }
  if (draft.reason.empty()) return Error::Invalid(field + ".reason", "say what the quote is for", rule);
  if (IsWorks(draft.kind)) {
    CivilDay today = BrusselsDay(now);
    if (!draft.target_activation_date) {
      return Error::Invalid(field + ".targetActivationDate",
                            "a works quote states the activation date the works lead to (the new lead time)", rule);
    }
    if (*draft.target_activation_date <= today || !IsBusinessDay(*draft.target_activation_date)) {
      return Error::Invalid(field + ".targetActivationDate", "must be a business day (U-02) after today", rule);
    }
  } else if (draft.target_activation_date) {
    return Error::Invalid(field + ".targetActivationDate", "only a works quote changes the lead time", rule);
  }
  OrderQuote quote;
  quote.id = static_cast<int>(order.quotes.size()) + 1;
  quote.kind = draft.kind;
  quote.amount = draft.amount;
  quote.reason = draft.reason;
  quote.target_activation_date = draft.target_activation_date;
  quote.sent_at = now;
  order.quotes.push_back(quote);
  return quote.id;
}

Result<int> SendOutOfHoursQuote(ProductOrder& order, const QuoteDraft& draft, Instant now) {
  if (draft.kind != QuoteKind::kOutOfHoursImplementation) {
    return Error::Invalid("quote.kind",
                          "works quotes are sent with their works (infrastructureWorks, ORD-029, ORD-032); a quote "
                          "alone is for implementation outside Business Hours",
                          "ORD-007");
  }
  bool before_appointment = order.milestone == OrderMilestone::kAcknowledged ||
                            order.milestone == OrderMilestone::kSiteSurvey ||
                            order.milestone == OrderMilestone::kRfdIssued;
  if (!before_appointment) {
    return Error::Precondition("an out-of-hours quote is agreed before the installation appointment is set", "ORD-007");
  }
  return AddQuote(order, draft, "quote", "ORD-007", now);
}

Status AnswerQuote(ProductOrder& order, int quote_id, QuoteStatus decision, Instant now, UserId by) {
  auto it =
      std::find_if(order.quotes.begin(), order.quotes.end(), [&](const OrderQuote& q) { return q.id == quote_id; });
  if (it == order.quotes.end()) {
    return Error::Invalid("quoteAnswer.id", "this order has no quote " + std::to_string(quote_id));
  }
  std::string rule(ChargeRuleOf(it->kind));
  if (decision == QuoteStatus::kSent) {
    return Error::Invalid("quoteAnswer.decision", "the answer is approved or declined", rule);
  }
  if (it->status != QuoteStatus::kSent) {
    return Error::Precondition(
        "quote " + std::to_string(quote_id) + " was already " + std::string(ToString(it->status)), rule);
  }
  if (!BeforeActivation(order)) {
    return Error::Precondition("the order is no longer in its implementation phase", rule);
  }
  // ORD-029: approving fixes the lead time the quote states; a date already passed would make
  // the order late the moment the Client agrees to it. Proximus re-quotes instead.
  if (decision == QuoteStatus::kApproved && it->target_activation_date &&
      *it->target_activation_date <= BrusselsDay(now)) {
    return Error::Precondition("quote " + std::to_string(quote_id) + " promised activation by " +
                                   FormatCivilDay(*it->target_activation_date) +
                                   ", which has passed: ask Proximus for a new quote",
                               rule);
  }
  it->status = decision;
  it->answered_at = now;
  it->answered_by = by;
  // ORD-029, ORD-032: approving the works fixes their lead time; with several works the
  // latest date holds, as the line needs all of them.
  if (decision == QuoteStatus::kApproved && it->target_activation_date) {
    if (!order.target_activation_date || *order.target_activation_date < *it->target_activation_date) {
      order.target_activation_date = it->target_activation_date;
    }
  }
  return Ok{};
}

}  // namespace bizline
