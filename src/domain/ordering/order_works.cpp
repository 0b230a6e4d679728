#include "domain/ordering/order_works.h"

#include <algorithm>

#include "domain/calendar/brussels_time.h"
#include "domain/ordering/order_quotes.h"

namespace bizline {
namespace {

constexpr const char* kField = "infrastructureWorks";

std::string Field(const std::string& name) { return std::string(kField) + "." + name; }

std::string RuleOf(WorksLocation location, WorksPerformer performer) {
  if (location == WorksLocation::kPublicDomain) return "ORD-032";
  return performer == WorksPerformer::kClient ? "ORD-028" : "ORD-029";
}

Status CheckDraft(const WorksDraft& d) {
  const std::string rule = RuleOf(d.location, d.performer);
  if (d.location == WorksLocation::kPublicDomain && d.performer == WorksPerformer::kClient) {
    return Error::Invalid(Field("performer"), "works in the public domain are Proximus' works", "ORD-030");
  }
  if (d.description.empty()) {
    return Error::Invalid(Field("description"),
                          d.location == WorksLocation::kPublicDomain
                              ? "state the cause of the delay (e.g. a permit of the public authorities)"
                              : "describe the works of the RFD's activity list",
                          d.location == WorksLocation::kPublicDomain ? "ORD-032" : "ORD-027");
  }
  if (d.performer == WorksPerformer::kClient) {
    if (d.quote_amount || d.target_activation_date) {
      return Error::Invalid(Field("quote"), "the Client doing its own works gets no quote", "ORD-028");
    }
    return Ok{};
  }
  if (d.expected_completion) {
    return Error::Invalid(Field("expectedCompletionDate"),
                          "the expected completion date is the Client's, for works it does itself", "ORD-028");
  }
  if (!d.quote_amount) {
    return Error::Invalid(Field("quote.amountCents"), "Proximus' works are quoted first", rule);
  }
  return Ok{};
}

InfrastructureWorks* FindMutable(ProductOrder& order, int works_id) {
  for (InfrastructureWorks& w : order.works) {
    if (w.id == works_id) return &w;
  }
  return nullptr;
}

Result<InfrastructureWorks*> ClientWorks(ProductOrder& order, int works_id) {
  InfrastructureWorks* w = FindMutable(order, works_id);
  if (w == nullptr) return Error::Invalid("worksUpdate.id", "this order has no works " + std::to_string(works_id));
  if (w->performer != WorksPerformer::kClient) {
    return Error::Invalid("worksUpdate.id", "works " + std::to_string(works_id) + " are Proximus' works", "ORD-028");
  }
  if (w->completed_at) {
    return Error::Precondition("works " + std::to_string(works_id) + " were already notified as completed", "ORD-028");
  }
  if (IsFinal(order.milestone) || order.activated_at) {
    return Error::Precondition("the implementation phase of this order is over", "ORD-028");
  }
  return w;
}

// Whether later works at the same location take over from `w` (after a declined quote).
bool Superseded(const ProductOrder& order, const InfrastructureWorks& w) {
  return std::any_of(order.works.begin(), order.works.end(),
                     [&](const InfrastructureWorks& other) { return other.location == w.location && other.id > w.id; });
}

}  // namespace

const InfrastructureWorks* FindWorks(const ProductOrder& order, int works_id) {
  for (const InfrastructureWorks& w : order.works) {
    if (w.id == works_id) return &w;
  }
  return nullptr;
}

Result<WorksRecorded> RecordWorks(ProductOrder& order, const WorksDraft& draft, Instant now) {
  if (order.line != LinePresence::kNoCompatibleLine) {
    return Error::Precondition("works are for a Site without a compatible line (ORD-023); this order has one",
                               "ORD-025");
  }
  if (order.milestone != OrderMilestone::kRfdIssued) {
    return Error::Precondition(
        "works come from the site survey's activity list: record them once the RFD is issued "
        "and before the installation appointment (the order is " +
            std::string(ToString(order.milestone)) + ")",
        "ORD-027");
  }
  TRY(CheckDraft(draft));
  if (draft.expected_completion) {
    if (*draft.expected_completion < BrusselsDay(now)) {
      return Error::Invalid(Field("expectedCompletionDate"), "is in the past", "ORD-028");
    }
  }
  ProductOrder changed = order;
  WorksRecorded recorded;
  InfrastructureWorks works;
  works.id = static_cast<int>(changed.works.size()) + 1;
  works.location = draft.location;
  works.performer = draft.performer;
  works.description = draft.description;
  works.expected_completion = draft.expected_completion;
  works.recorded_at = now;
  if (draft.performer == WorksPerformer::kProximus) {
    QuoteDraft quote{draft.location == WorksLocation::kPublicDomain ? QuoteKind::kPublicDomainWorks
                                                                    : QuoteKind::kClientBuildingWorks,
                     *draft.quote_amount, draft.description, draft.target_activation_date};
    auto id = AddQuote(changed, quote, Field("quote"), RuleOf(draft.location, draft.performer), now);
    if (!id) return id.error();
    works.quote_id = *id;
    recorded.quote_id = *id;
  }
  recorded.works_id = works.id;
  changed.works.push_back(works);
  order = std::move(changed);
  return recorded;
}

Status SetExpectedCompletion(ProductOrder& order, int works_id, CivilDay day, Instant now) {
  ASSIGN_OR_RETURN(auto w, ClientWorks(order, works_id));
  if (day < BrusselsDay(now)) return Error::Invalid("worksUpdate.expectedCompletionDate", "is in the past", "ORD-028");
  (w)->expected_completion = day;
  return Ok{};
}

Status NotifyWorksCompleted(ProductOrder& order, int works_id, Instant now) {
  ASSIGN_OR_RETURN(auto w, ClientWorks(order, works_id));
  (w)->completed_at = now;
  return Ok{};
}

Status CheckWorksAllowAppointment(const ProductOrder& order) {
  for (const InfrastructureWorks& w : order.works) {
    std::string id = std::to_string(w.id);
    if (w.performer == WorksPerformer::kClient) {
      if (w.completed_at) continue;
      std::string expected = w.expected_completion ? " (expected " + FormatCivilDay(*w.expected_completion) + ")"
                                                   : " (the Client has not stated when yet)";
      return Error::Precondition("works " + id + " in the Client's buildings are not notified as completed" + expected +
                                     "; the installation appointment waits for that notice",
                                 "ORD-028");
    }
    const OrderQuote* quote = FindQuote(order, w.quote_id);
    std::string rule = RuleOf(w.location, w.performer);
    if (quote == nullptr || quote->status == QuoteStatus::kApproved) continue;
    if (quote->status == QuoteStatus::kSent) {
      return Error::Precondition("the quote " + std::to_string(w.quote_id) + " for works " + id +
                                     " awaits the Client's approval of its cost and lead time",
                                 rule);
    }
    if (Superseded(order, w)) continue;
    return Error::Precondition(
        w.location == WorksLocation::kPublicDomain
            ? "the Client declined the quote for the public-domain works " + id +
                  ": without them the line cannot be delivered; send a new quote or cancel the order"
            : "the Client declined the quote for works " + id +
                  ": record the works as the Client's own (ORD-028) or cancel the order",
        rule);
  }
  return Ok{};
}

}  // namespace bizline
