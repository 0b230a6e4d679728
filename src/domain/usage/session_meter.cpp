#include "domain/usage/session_meter.h"

#include <algorithm>

namespace bizline {
namespace {

constexpr std::uint64_t k32 = std::uint64_t{1} << 32;
// A 32-bit counter read in its last quarter before a lower value wrapped around; lower down, a
// backwards step is a reset (a wrap from there would mean gigabytes in one interim period).
constexpr std::uint64_t kWrapZone = k32 - (k32 / 4);

}  // namespace

std::uint64_t CounterGrowth(std::uint64_t before, std::uint64_t now) {
  if (now >= before) return now - before;
  if (before < k32 && before >= kWrapZone) return (k32 - before) + now;  // a 32-bit wrap
  return now;                                                            // a NAS reset
}

Bytes SessionGrowth(const std::optional<SessionCounters>& before, const SessionCounters& now) {
  if (!before) return Bytes{now.input + now.output};
  return Bytes{CounterGrowth(before->input, now.input) + CounterGrowth(before->output, now.output)};
}

StateStep MeterReading(const std::optional<SessionState>& known, const SessionReading& reading) {
  const SessionCounters& now = reading.counters;
  if (known) {
    if (reading.event_time == known->last_event && reading.status == known->last_status &&
        now.input == known->counters.input && now.output == known->counters.output) {
      return {RecordOutcome::kDuplicate, Bytes{}, *known};
    }
    // A Stop is the session's last word: whatever arrives after it is late, even with a later
    // clock reading (a NAS stamps an Interim-Update queued just before the Stop a second later).
    if (known->last_status == AcctStatus::kStop) return {RecordOutcome::kStale, Bytes{}, *known};
    if (reading.event_time < known->last_event) {
      // An earlier clock reading is late, except a Stop whose counters went on growing: its final
      // counters still count, attributed to its own instant.
      const bool final_counters = reading.status == AcctStatus::kStop && now.input >= known->counters.input &&
                                  now.output >= known->counters.output;
      if (!final_counters) return {RecordOutcome::kStale, Bytes{}, *known};
    }
  }
  StateStep step;
  step.growth = known ? SessionGrowth(known->counters, now) : SessionGrowth(std::nullopt, now);
  step.state.counters = now;
  step.state.last_event = known ? std::max(known->last_event, reading.event_time) : reading.event_time;
  step.state.last_status = reading.status;
  step.state.open = reading.status != AcctStatus::kStop;
  return step;
}

Metering MeterRecord(const std::optional<MeteredSession>& known, const AccountingRecord& record) {
  const StateStep step = MeterReading(known ? std::optional<SessionState>(known->state) : std::nullopt,
                                      {record.status, {record.input_octets, record.output_octets}, record.event_time});
  Metering m{step.outcome, step.growth,
             known.value_or(MeteredSession{record.nas, record.session_id, record.user_name, {}, {}})};
  if (step.outcome != RecordOutcome::kCounted) return m;
  m.session.state = step.state;
  if (!record.nas_address.empty()) m.session.nas_address = record.nas_address;
  return m;
}

}  // namespace bizline
