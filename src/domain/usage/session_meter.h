// How much a RADIUS accounting session moved since its last record (issue 11 item 2). A session's
// volume is the growth of its cumulative counters: a Start counts from zero, each Interim-Update
// or Stop adds what the counters grew since the record before. A counter that goes backwards is
// never negative volume: a 32-bit counter near its top that restarts low wrapped (the NAS sends
// no gigawords), anything else is a NAS reset that counts from zero again. Each delta belongs to
// the Brussels month of the record that measured it, so a session running over midnight of the
// 1st is split at its interim records.
#pragma once

#include <cstdint>
#include <optional>

#include "domain/usage/accounting_record.h"
#include "domain/usage/volume.h"

namespace bizline {

// The last counters a session reported.
struct SessionCounters {
  std::uint64_t input = 0;
  std::uint64_t output = 0;
};

// The growth from `before` to `now` of one cumulative counter (see above).
std::uint64_t CounterGrowth(std::uint64_t before, std::uint64_t now);

// The volume (input + output) a record adds to its session; `before` is nullopt for the first
// record of a session (a Start, or a late Interim whose Start was lost: counted from zero).
Bytes SessionGrowth(const std::optional<SessionCounters>& before, const SessionCounters& now);

// Where a session stands after its last record: what decides how the next one counts.
struct SessionState {
  SessionCounters counters;
  Instant last_event{};
  AcctStatus last_status = AcctStatus::kStart;
  bool open = true;  // no Stop yet, no Accounting-On/Off of its NAS, not silent too long
};

// What metering knows of one accounting session (its NAS and Acct-Session-Id name it).
struct MeteredSession {
  std::string nas;
  std::string session_id;
  std::string user_name;
  SessionState state;
  std::string nas_address{};  // the NAS's address as the last record came from it (RFC 5176 CoA target)
};

// What a record says of its session, without the names that find the session.
struct SessionReading {
  AcctStatus status = AcctStatus::kStart;
  SessionCounters counters;
  Instant event_time{};
};

enum class RecordOutcome {
  kCounted,    // its growth (maybe zero) was added
  kDuplicate,  // the same status, time and counters again: a retransmit, counted once
  kStale,      // older than the session's last record: it arrived late and changes nothing
};

struct Metering {
  RecordOutcome outcome = RecordOutcome::kCounted;
  Bytes growth;            // what to add to the user's volume on the record's Brussels day
  MeteredSession session;  // the session as it stands after the record
};

struct StateStep {
  RecordOutcome outcome = RecordOutcome::kCounted;
  Bytes growth;        // what to add to the user's volume on the record's Brussels day
  SessionState state;  // the session's state after the record
};

// The metering rule itself, on the state alone: one Start, Interim-Update or Stop against the
// session's state (nullopt: the session is new). Bulk import keeps sessions in this compact form.
StateStep MeterReading(const std::optional<SessionState>& known, const SessionReading& reading);

// The same for a whole record and session (the listener's path): names carried along.
Metering MeterRecord(const std::optional<MeteredSession>& known, const AccountingRecord& record);

}  // namespace bizline
