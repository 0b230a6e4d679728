#include "app/ticketing/sla_watch.h"

#include <date/date.h>

#include "app/notification/ports.h"
#include "app/party/ports.h"
#include "app/ticketing/ports.h"
#include "domain/sla/breach_remedy.h"

namespace bizline {
namespace {

std::string RemedySentence(const BreachRemedies& remedies) {
  const bool escalation = remedies.escalation == EscalationRight::kOpen;
  const bool credit = remedies.credit == CreditRight::kServiceCredit;
  if (escalation && credit) {
    return " The escalation procedure is open to you, and a Service Credit of one month of service fee; a credit "
           "must be claimed within three months after the end of this month.";
  }
  if (escalation) return " The escalation procedure is open to you.";
  return "";
}

Notification BreachNotice(const Ticket& t, const std::vector<Representative>& reps, const BreachRemedies& remedies,
                          Instant now) {
  Notification n = NoticeTo(*t.customer_id, reps, std::string(kSlaBreachedKind), "troubleTicket/" + t.number, now);
  std::string due = date::format("%F %H:%M UTC", *t.expected_resolution);
  n.subject = "Ticket " + t.number + " passed its expected resolution (" + due + ")";
  n.body = "Your ticket " + t.number + " (" + t.description.substr(0, 200) + ") was not resolved by " + due +
           ", the restoration time of your service level." + RemedySentence(remedies);
  return n;
}

}  // namespace

MissedP1Remedy SlaWatch::MissedP1RemedyOf(const Ticket& ticket) const {
  if (!sla_) return MissedP1Remedy::kEscalationOnly;
  auto formula = sla_->Formula(ticket.sla_formula);
  return formula ? (*formula)->missed_p1 : MissedP1Remedy::kEscalationOnly;
}

Result<SlaWatchReport> SlaWatch::RunOnce() {
  SlaWatchReport report;
  const Instant now = clock_.Now();
  for (;;) {
    ASSIGN_OR_RETURN(auto marked, RunBatch(now));
    report.breached += marked;
    if (marked < batch_size_) return report;
  }
}

Result<int> SlaWatch::RunBatch(Instant now) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  auto due = Tickets(*tx).PastDue(now, batch_size_);
  if (!due) return due.error();
  int marked = 0;
  for (const auto& ticket : *due) {
    auto first = Tickets(*tx).MarkBreached(ticket.id, *ticket.expected_resolution);
    if (!first) return first.error();
    if (!*first) continue;  // another watch got there first
    ++marked;
    if (!ticket.customer_id) continue;  // an operator-raised event has nobody to tell
    ASSIGN_OR_RETURN(auto reps, Customers(*tx).Representatives(*ticket.customer_id));
    // PastDue returns tickets with a due instant, which only a prioritised ticket has.
    const auto remedies = RemediesForMissedTarget(ticket.priority.value_or(Priority::kP4), MissedP1RemedyOf(ticket));
    TRY(Notifications(*tx).Enqueue(BreachNotice(ticket, reps, remedies, now)));
  }
  TRY((tx)->Commit());
  return marked;
}

}  // namespace bizline
