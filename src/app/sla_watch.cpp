#include "app/sla_watch.h"

#include <date/date.h>

namespace bizline {
namespace {

Notification BreachNotice(const Ticket& t, const std::vector<Representative>& reps, Instant now) {
  Notification n;
  n.customer_id = *t.customer_id;
  n.kind = std::string(kSlaBreachedKind);
  n.reference = "troubleTicket/" + t.number;
  for (const auto& rep : reps) n.recipients += (n.recipients.empty() ? "" : ",") + rep.email;
  std::string due = date::format("%F %H:%M UTC", *t.expected_resolution);
  n.subject = "Ticket " + t.number + " passed its expected resolution (" + due + ")";
  n.body = "Your ticket " + t.number + " (" + t.description.substr(0, 200) + ") was not resolved by " + due +
           ", the restoration time of your service level. The escalation procedure is open to you, and a Service "
           "Credit where your service level provides one; a credit must be claimed within three months after the "
           "end of this month.";
  n.created_at = now;
  n.next_attempt_at = now;
  return n;
}

}  // namespace

Result<SlaWatchReport> SlaWatch::RunOnce() {
  SlaWatchReport report;
  const Instant now = clock_.Now();
  for (;;) {
    auto marked = RunBatch(now);
    if (!marked) return marked.error();
    report.breached += *marked;
    if (*marked < batch_size_) return report;
  }
}

Result<int> SlaWatch::RunBatch(Instant now) {
  auto tx = storage_.Begin(TxMode::kWrite);
  if (!tx) return tx.error();
  auto due = (*tx)->tickets().PastDue(now, batch_size_);
  if (!due) return due.error();
  int marked = 0;
  for (const auto& ticket : *due) {
    auto first = (*tx)->tickets().MarkBreached(ticket.id, *ticket.expected_resolution);
    if (!first) return first.error();
    if (!*first) continue;  // another watch got there first
    ++marked;
    if (!ticket.customer_id) continue;  // an operator-raised event has nobody to tell
    auto reps = (*tx)->customers().Representatives(*ticket.customer_id);
    if (!reps) return reps.error();
    if (auto id = (*tx)->notifications().Enqueue(BreachNotice(ticket, *reps, now)); !id) return id.error();
  }
  if (auto s = (*tx)->Commit(); !s) return s.error();
  return marked;
}

}  // namespace bizline
