#include "app/usage/throttle_enforcer.h"

#include "app/usage/ports.h"

namespace bizline {

Status ThrottleEnforcer::LiftMonthsOver(Instant now, EnforcementReport& report, int limit) {
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  ASSIGN_OR_RETURN(auto over, Enforcement(*tx).ThrottlesBefore(MonthOf(now), limit));
  for (Throttle t : over) {
    // U-13: the throttle ends at 00:00 Brussels on the 1st of the next month.
    if (t.nas_address.empty()) {
      t.state = ThrottleState::kLifted;
      t.lifted_at = ThrottleLiftsAt(t.month);
    } else {
      t.state = ThrottleState::kLiftPending;
      t.attempts = 0;
      t.next_attempt_at = now;
    }
    TRY(Enforcement(*tx).UpdateThrottle(t));
    ++report.lifts_due;
  }
  return tx->Commit();
}

Throttle ThrottleEnforcer::Answered(Throttle t, Instant now, EnforcementReport& report) {
  const bool lifting = t.state == ThrottleState::kLiftPending;
  NasRequest request{t.nas_address, t.user_name, t.session_id, lifting ? t.lift_profile : t.profile};
  ++report.sent;
  NasAnswer answer = nas_.ChangeProfile(request);
  bool disconnected = false;
  if (answer == NasAnswer::kNak) {
    // RFC 5176 §3: the NAS cannot change the session; ending it makes the next one start under the
    // policy of its authentication.
    request.profile.clear();
    answer = nas_.Disconnect(request);
    disconnected = answer == NasAnswer::kAck;
    if (answer == NasAnswer::kNak) {
      t.state = lifting ? ThrottleState::kLifted : ThrottleState::kUnreachable;
      t.last_error = "the NAS refused both the CoA-Request and the Disconnect-Request";
      if (lifting) t.lifted_at = now;
      ++report.unreachable;
      return t;
    }
  }
  if (answer == NasAnswer::kNoAnswer) {
    ++t.attempts;
    t.last_error = "no answer from the NAS at " + t.nas_address;
    if (t.attempts < kMaxThrottleAttempts) {
      t.next_attempt_at = now + ThrottleRetryAfter(t.attempts);
      ++report.retried;
      return t;
    }
    ++report.unreachable;
    if (lifting) {
      t.state = ThrottleState::kLifted;  // the session will end some day; the month is over anyway
      t.lifted_at = now;
    } else {
      t.state = ThrottleState::kUnreachable;
    }
    return t;
  }
  t.last_error.clear();
  t.attempts = 0;
  if (lifting) {
    t.state = ThrottleState::kLifted;
    t.lifted_at = now;
    ++report.lifted;
  } else if (disconnected) {
    t.state = ThrottleState::kDisconnected;
    ++report.disconnected;
  } else {
    t.state = ThrottleState::kApplied;
    ++report.applied;
  }
  return t;
}

Result<EnforcementReport> ThrottleEnforcer::RunOnce(int limit) {
  EnforcementReport report;
  const Instant now = clock_.Now();
  TRY(LiftMonthsOver(now, report, limit));
  std::vector<Throttle> due;
  {
    ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
    ASSIGN_OR_RETURN(due, Enforcement(*tx).DueThrottles(now, limit));
  }
  for (const Throttle& t : due) {
    // The request goes out with no transaction open: a NAS that does not answer holds nothing.
    Throttle outcome = Answered(t, clock_.Now(), report);
    ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
    auto written = Enforcement(*tx).UpdateThrottle(outcome);
    if (!written) {
      if (written.error().code == ErrorCode::kStale) continue;  // changed meanwhile: the next run sees it
      return written.error();
    }
    TRY(tx->Commit());
  }
  return report;
}

}  // namespace bizline
