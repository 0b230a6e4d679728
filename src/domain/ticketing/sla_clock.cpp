#include "domain/ticketing/sla_clock.h"

#include <algorithm>

#include "domain/sla/due_instant.h"
#include "domain/ticketing/lifecycle.h"
#include "domain/ticketing/service_level.h"

namespace bizline {

const EnumNames<SlaClockState, 5> kSlaClockStateNames{{
    {SlaClockState::kRunning, "running"},
    {SlaClockState::kPaused, "paused"},
    {SlaClockState::kClosed, "closed"},
    {SlaClockState::kStopped, "stopped"},
    {SlaClockState::kNone, "none"},
}};

std::string_view ToString(SlaClockState state) { return kSlaClockStateNames.Name(state); }

namespace {

bool Finished(TicketStatus status) {
  return status == TicketStatus::kResolved || status == TicketStatus::kClosed || status == TicketStatus::kCancelled;
}

bool UnderStopClock(const Ticket& ticket) {
  return std::any_of(ticket.stop_clock.begin(), ticket.stop_clock.end(),
                     [](const StopClockPeriod& p) { return !p.end; });
}

}  // namespace

SlaClock SlaClockAt(const SlaTerms* terms, const Ticket& ticket, Instant now) {
  SlaClock clock;
  clock.as_of = now;
  if (terms == nullptr || !ticket.priority) return clock;
  // A finished ticket's clock stopped at its resolution (or its last change, for a cancelled one).
  const bool finished = Finished(ticket.status);
  const Instant at = finished ? ticket.resolution_date.value_or(ticket.status_change_date) : now;
  auto due = ExpectedResolution(*terms, ticket, at);  // an open Stop-Clock period counts up to `at`
  if (!due || !*due || !terms->calendar->Covers(at)) return clock;
  const BusinessCalendar& calendar = *terms->calendar;
  const auto stops = StopClockIntervals(ticket, at);
  clock.remaining =
      **due >= at ? NetWindowTime(calendar, at, **due, stops) : -NetWindowTime(calendar, **due, at, stops);
  if (finished) {
    clock.state = SlaClockState::kStopped;
  } else if (UnderStopClock(ticket)) {
    clock.state = SlaClockState::kPaused;
  } else if (calendar.IsOpen(now)) {
    clock.state = SlaClockState::kRunning;
    clock.next_change = calendar.OpenIntervalEnd(now);
  } else {
    clock.state = SlaClockState::kClosed;
    clock.next_change = calendar.NextOpening(now);
  }
  return clock;
}

}  // namespace bizline
