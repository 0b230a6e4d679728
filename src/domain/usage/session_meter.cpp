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

Metering MeterRecord(const std::optional<MeteredSession>& known, const AccountingRecord& record) {
  const SessionCounters now{record.input_octets, record.output_octets};
  if (known) {
    if (record.event_time == known->last_event && record.status == known->last_status &&
        now.input == known->counters.input && now.output == known->counters.output) {
      return {RecordOutcome::kDuplicate, Bytes{}, *known};
    }
    // A Stop is the session's last word: whatever arrives after it is late, even with a later
    // clock reading (a NAS stamps an Interim-Update queued just before the Stop a second later).
    if (known->last_status == AcctStatus::kStop) return {RecordOutcome::kStale, Bytes{}, *known};
    if (record.event_time < known->last_event) {
      // An earlier clock reading is late, except a Stop whose counters went on growing: its final
      // counters still count, attributed to its own instant.
      const bool final_counters = record.status == AcctStatus::kStop && now.input >= known->counters.input &&
                                  now.output >= known->counters.output;
      if (!final_counters) return {RecordOutcome::kStale, Bytes{}, *known};
    }
  }
  Metering m;
  m.growth = known ? SessionGrowth(known->counters, now) : SessionGrowth(std::nullopt, now);
  m.session = known.value_or(MeteredSession{record.nas, record.session_id, record.user_name, {}, {}, {}, true, {}});
  m.session.counters = now;
  m.session.last_event = known ? std::max(known->last_event, record.event_time) : record.event_time;
  m.session.last_status = record.status;
  m.session.open = record.status != AcctStatus::kStop;
  if (!record.nas_address.empty()) m.session.nas_address = record.nas_address;
  return m;
}

}  // namespace bizline
