// Tells the NAS what the throttles decided (U-13, RFC 5176). A run first turns the throttles of
// months already over into lifts, then sends each due request outside any transaction: a
// CoA-Request naming the throttle profile (or, to lift, the line's own profile); when the NAS
// refuses it (CoA-NAK) a Disconnect-Request, after which the line reconnects under the policy
// its next authentication gives. No answer is retried with backoff, then recorded as unreachable
// for the staff. Each outcome is written with the throttle's version, so a Volume Pack ordered
// while a request was in flight is never overwritten: the next run sends the lift.
#pragma once

#include <string>

#include "app/core/clock.h"
#include "app/core/storage.h"
#include "domain/usage/throttle.h"

namespace bizline {

enum class NasAnswer { kAck, kNak, kNoAnswer };

struct NasRequest {
  std::string nas_address;
  std::string user_name;
  std::string session_id;
  std::string profile;  // empty for a Disconnect-Request
};

// The RADIUS side (radius/coa_client.h).
class NasControl {
 public:
  virtual ~NasControl() = default;
  virtual NasAnswer ChangeProfile(const NasRequest& request) = 0;  // CoA-Request
  virtual NasAnswer Disconnect(const NasRequest& request) = 0;     // Disconnect-Request
};

struct EnforcementReport {
  int lifts_due = 0;  // throttles of months over, turned into lifts
  int sent = 0;
  int applied = 0;
  int disconnected = 0;
  int lifted = 0;
  int retried = 0;
  int unreachable = 0;
};

class ThrottleEnforcer {
 public:
  ThrottleEnforcer(Storage& storage, NasControl& nas, const Clock& clock)
      : storage_(storage), nas_(nas), clock_(clock) {}

  Result<EnforcementReport> RunOnce(int limit = 50);

 private:
  Status LiftMonthsOver(Instant now, EnforcementReport& report, int limit);
  // The throttle after its request was answered (or not).
  Throttle Answered(Throttle t, Instant now, EnforcementReport& report);

  Storage& storage_;
  NasControl& nas_;
  const Clock& clock_;
};

}  // namespace bizline
