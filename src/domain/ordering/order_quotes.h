// Quotes on an order: for implementation outside Business Hours, asked for by the Client
// (ORD-007), and for infrastructure works (ORD-029, ORD-032, recorded with the works, see
// order_works). Proximus sends a quote; the Client approves or declines it once. An approved
// quote is an additional charge of the order (order_charges); an approved works quote also
// fixes the new target activation date (ORD-029: the Client approves the costs and the lead time).
#pragma once

#include <optional>
#include <string>

#include "domain/core/result.h"
#include "domain/ordering/order.h"

namespace bizline {

struct QuoteDraft {
  QuoteKind kind = QuoteKind::kOutOfHoursImplementation;
  Cents amount;
  std::string reason;
  std::optional<CivilDay> target_activation_date;  // works quotes only
};

// Sends an out-of-hours implementation quote (ORD-007); returns its id. Works quotes are sent
// with their works (RecordWorks).
Result<int> SendOutOfHoursQuote(ProductOrder& order, const QuoteDraft& draft, Instant now);

// Adds a quote after checking the amount, the reason and (works) the new target date; the
// common part of SendOutOfHoursQuote and RecordWorks. `field` prefixes the error fields.
Result<int> AddQuote(ProductOrder& order, const QuoteDraft& draft, const std::string& field, const std::string& rule,
                     Instant now);

// The Client's answer: approved or declined, once, before activation.
Status AnswerQuote(ProductOrder& order, int quote_id, QuoteStatus decision, Instant now, UserId by);

const OrderQuote* FindQuote(const ProductOrder& order, int quote_id);
bool HasQuote(const ProductOrder& order, QuoteKind kind, QuoteStatus status);

// The rule that makes a quote of this kind chargeable (T-20 #17, #18).
std::string_view ChargeRuleOf(QuoteKind kind);

}  // namespace bizline
