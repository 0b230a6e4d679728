// U-13, USE-004, USE-005, USE-010: a line whose month reached 100 % of its volume is throttled to
// its formula's throttle profile until 00:00 Europe/Brussels on the 1st of the next month, or
// until a Volume Pack raises the month's cap above what was used. bizline enforces it on the NAS
// with a RADIUS CoA-Request (RFC 5176) and, when the NAS refuses the change, a
// Disconnect-Request; the record below is the durable to-do list of that enforcement.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/core/enum_names.h"
#include "domain/core/ids.h"
#include "domain/core/instant.h"
#include "domain/usage/volume.h"

namespace bizline {

enum class ThrottleState {
  kPending,       // to be sent to the NAS (CoA-Request with the throttle profile)
  kApplied,       // the NAS acknowledged the CoA-Request
  kDisconnected,  // the NAS refused the CoA (CoA-NAK) and acknowledged the Disconnect-Request
  kUnreachable,   // no NAS to tell (the volume came from a file) or no answer after every retry
  kLiftPending,   // the month ended or a Volume Pack was ordered: the lift is to be sent
  kLifted,        // the line has its speed again
};

// Wire names: "pending", "applied", "disconnected", "unreachable", "liftPending", "lifted".
extern const EnumNames<ThrottleState, 6> kThrottleStateNames;
std::string_view ToString(ThrottleState state);

// The customer's speed is reduced in these states (the NAS may not have confirmed it yet).
bool ReducesSpeed(ThrottleState state);

struct Throttle {
  std::int64_t id = 0;
  ProductId line;
  std::string user_name;
  Month month;
  ThrottleState state = ThrottleState::kPending;
  std::string profile;       // the catalog's throttle profile (U-13)
  std::string lift_profile;  // what the lifting CoA-Request names: the line's formula
  std::string nas_address;   // where the CoA goes: the address the line's last session came from
  std::string session_id;    // Acct-Session-Id of that session (RFC 5176 §3 session identification)
  int attempts = 0;          // sends of the current request without an answer
  Instant created_at{};
  Instant next_attempt_at{};
  std::optional<Instant> lifted_at;
  std::string last_error;
  int version = 0;  // optimistic lock: the enforcer and a Volume Pack order both write it
};

// U-13: the instant a throttle of `month` lifts by itself (00:00 Brussels on the 1st after it).
Instant ThrottleLiftsAt(Month month);

// The CoA-Request is retried when the NAS does not answer: after 10 s, 20 s, 40 s... at most
// kMaxThrottleAttempts sends, then the throttle is unreachable and the staff see it.
inline constexpr int kMaxThrottleAttempts = 6;
Seconds ThrottleRetryAfter(int attempts);

}  // namespace bizline
