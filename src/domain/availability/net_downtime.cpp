#include "domain/availability/net_downtime.h"

#include <algorithm>
#include <string>

namespace bizline {
namespace {

bool ByStart(const TimeInterval& a, const TimeInterval& b) { return a.from < b.from; }

std::string IncidentField(std::size_t i, const char* member) {
  return "incidents[" + std::to_string(i) + "]." + member;
}

}  // namespace

Status CheckAvailabilityPeriod(const BusinessCalendar& calendar, TimeInterval period) {
  if (period.to <= period.from) {
    return Error::Invalid("to", "the availability period ends before or when it starts", "SLA-048");
  }
  const auto years = [&] {  // only for an error: a valid period costs no string
    return " the years the service calendar covers (" + std::to_string(calendar.years().first) + "-" +
           std::to_string(calendar.years().last) + ")";
  };
  if (!calendar.Covers(period.from)) return Error::Invalid("from", "the period starts outside" + years());
  if (period.to > calendar.coverage_end()) return Error::Invalid("to", "the period ends after" + years());
  return Ok{};
}

Status CheckIncidents(std::span<const LineIncident> incidents) {
  for (std::size_t i = 0; i < incidents.size(); ++i) {
    const LineIncident& incident = incidents[i];
    if (incident.resolved && *incident.resolved < incident.created) {
      return Error::Invalid(IncidentField(i, "resolved"), "the Incident is resolved before it is created");
    }
    for (std::size_t j = 0; j < incident.stop_clock.size(); ++j) {
      if (incident.stop_clock[j].to < incident.stop_clock[j].from) {
        return Error::Invalid(IncidentField(i, "stopClock[") + std::to_string(j) + "]",
                              "a Stop-Clock period ends before it starts", "SLA-006");
      }
    }
  }
  return Ok{};
}

// The parts of [created, resolved) ∩ period that no Stop-Clock period of the Incident covers.
void DowntimeSweep::AddPieces(const LineIncident& incident, TimeInterval period) {
  const Instant begin = std::max(incident.created, period.from);
  const Instant end = incident.resolved ? std::min(*incident.resolved, period.to) : period.to;
  if (end <= begin) return;
  if (incident.stop_clock.empty()) {
    pieces_.push_back({begin, end});
    return;
  }
  stops_.assign(incident.stop_clock.begin(), incident.stop_clock.end());
  std::sort(stops_.begin(), stops_.end(), ByStart);
  // `cursor` is the first instant not yet known to be under Stop-Clock or emitted; sorted by
  // start, overlapping stops simply push it further.
  Instant cursor = begin;
  for (const TimeInterval& stop : stops_) {
    if (stop.from >= end) break;
    if (stop.from > cursor) pieces_.push_back({cursor, stop.from});
    cursor = std::max(cursor, stop.to);
    if (cursor >= end) return;
  }
  pieces_.push_back({cursor, end});
}

Result<Seconds> DowntimeSweep::NetDowntime(const BusinessCalendar& service_window, TimeInterval period,
                                           std::span<const LineIncident> incidents) {
  TRY(CheckAvailabilityPeriod(service_window, period));
  TRY(CheckIncidents(incidents));
  pieces_.clear();
  merged_.clear();
  for (const LineIncident& incident : incidents) {
    if (incident.priority != Priority::kP1) continue;  // SLA-047: only P1 Incidents interrupt the Service
    if (!CountsForServiceLevels(incident)) continue;   // SLA-007
    AddPieces(incident, period);
  }
  std::sort(pieces_.begin(), pieces_.end(), ByStart);
  for (const TimeInterval& piece : pieces_) {
    if (!merged_.empty() && piece.from <= merged_.back().to) {
      merged_.back().to = std::max(merged_.back().to, piece.to);  // overlapping Incidents count once
    } else {
      merged_.push_back(piece);
    }
  }
  Seconds net{0};
  for (const TimeInterval& interval : merged_) net += service_window.WindowTime(interval.from, interval.to);
  return net;
}

Result<Seconds> NetDowntime(const BusinessCalendar& service_window, TimeInterval period,
                            std::span<const LineIncident> incidents) {
  DowntimeSweep sweep;
  return sweep.NetDowntime(service_window, period, incidents);
}

}  // namespace bizline
