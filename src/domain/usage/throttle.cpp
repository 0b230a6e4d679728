#include "domain/usage/throttle.h"

#include <algorithm>

namespace bizline {

const EnumNames<ThrottleState, 6> kThrottleStateNames{{
    {ThrottleState::kPending, "pending"},
    {ThrottleState::kApplied, "applied"},
    {ThrottleState::kDisconnected, "disconnected"},
    {ThrottleState::kUnreachable, "unreachable"},
    {ThrottleState::kLiftPending, "liftPending"},
    {ThrottleState::kLifted, "lifted"},
}};

std::string_view ToString(ThrottleState state) { return kThrottleStateNames.Name(state); }

bool ReducesSpeed(ThrottleState state) {
  return state == ThrottleState::kPending || state == ThrottleState::kApplied ||
         state == ThrottleState::kDisconnected || state == ThrottleState::kUnreachable;
}

Instant ThrottleLiftsAt(Month month) { return MonthStart(NextMonth(month)); }

Seconds ThrottleRetryAfter(int attempts) { return std::chrono::seconds(10) * (1 << std::clamp(attempts - 1, 0, 10)); }

}  // namespace bizline
