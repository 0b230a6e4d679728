// A ticket's SLA clock as a person watching a countdown needs it (the console's queue): the net
// business time left until the due instant at `now`, whether that time is running, and when that
// next changes. A page counts down from `remaining` only while `state` is running and only until
// `next_change`, then asks again: the server's SLA engine stays the only clock, and the page agrees
// with it to the second.
#pragma once

#include <optional>

#include "domain/core/enum_names.h"
#include "domain/sla/sla_terms.h"
#include "domain/ticketing/ticket.h"

namespace bizline {

enum class SlaClockState {
  kRunning,  // inside the Service Window, no Stop-Clock: the remaining time shrinks second by second
  kPaused,   // under Stop-Clock (SLA-006): frozen until the period ends
  kClosed,   // outside the Service Window: frozen until `next_change`, the next opening
  kStopped,  // resolved, closed or cancelled: the clock no longer runs
  kNone,     // no due instant: no priority yet, best effort (SLA-027) or no SLA for the formula
};

extern const EnumNames<SlaClockState, 5> kSlaClockStateNames;
std::string_view ToString(SlaClockState state);

struct SlaClock {
  SlaClockState state = SlaClockState::kNone;
  Instant as_of{};  // the `now` it was read at
  // Net window time from `now` to the due instant; negative once overdue (the net window time
  // since the due instant). Zero when the state is none.
  Seconds remaining{0};
  std::optional<Instant> next_change;  // running: the window's end; closed: its next opening
};

// `terms` is the ticket's formula x tier, or null when it has none (state none).
SlaClock SlaClockAt(const SlaTerms* terms, const Ticket& ticket, Instant now);

}  // namespace bizline
