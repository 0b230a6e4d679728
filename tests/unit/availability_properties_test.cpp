// Properties of net downtime and availability (rapidcheck), over several Service Windows and
// around DST weekends, public holidays and Saturdays: the sweep agrees with the definition
// counted minute by minute (SLA-047); splitting or merging downtime, reordering Incidents, adding
// time outside the window or non-P1 Incidents changes nothing; the 99.7 % and 99.5 % decisions
// flip at exactly one second of downtime (SLA-050).
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>

#include "availability_test_support.h"
#include "domain/availability/availability_credit.h"
#include "domain/availability/measurement_period.h"

namespace bizline {
namespace {

using testing::TestCalendar;

const BusinessCalendar& AnyWindow(int which) {
  static const char* const kWindows[] = {testing::kPremiumWindow, testing::kMediumWindow, testing::kBasicWindow,
                                         testing::kFiberWindow, "Mon-Sun 00:00-24:00"};
  return *TestCalendar(kWindows[which % 5]);
}

// Five-day periods starting where bugs would hide: the DST weekends of 2026 and 2027, the days
// around Labour Day (a Friday in 2026), Christmas, Ascension and Whit Monday, a plain week, a
// leap day; or any day of 2019..2038.
Instant AnyPeriodStart() {
  static const std::vector<const char*> kTricky{
      "2026-03-27T00:00Z", "2026-10-23T00:00Z", "2027-03-26T00:00Z", "2027-10-29T00:00Z", "2026-04-29T00:00Z",
      "2026-12-23T00:00Z", "2026-05-13T00:00Z", "2026-05-22T00:00Z", "2026-06-15T00:00Z", "2028-02-27T00:00Z"};
  if (*rc::gen::inRange(0, 3) > 0) return testing::At(*rc::gen::elementOf(kTricky));
  const std::int64_t from = EpochSeconds(testing::At("2019-01-01T00:00Z"));
  return InstantFromEpoch(from + 86400 * *rc::gen::inRange<std::int64_t>(0, 20 * 365));
}

constexpr std::int64_t kPeriodMinutes = 5 * 24 * 60;

// An instant on a whole minute, from a day before the period to a day after it.
Instant AnyMinute(Instant start) {
  return start + std::chrono::minutes(*rc::gen::inRange<std::int64_t>(-24 * 60, kPeriodMinutes + 24 * 60));
}

LineIncident AnyIncident(Instant start, bool p1_by_operator) {
  LineIncident incident;
  incident.priority =
      p1_by_operator ? Priority::kP1 : *rc::gen::element(Priority::kP1, Priority::kP1, Priority::kP2, Priority::kP4);
  incident.responsibility = p1_by_operator ? Responsibility::kOperator
                                           : *rc::gen::element(Responsibility::kOperator, Responsibility::kOperator,
                                                               Responsibility::kClient, Responsibility::kForceMajeure);
  incident.created = AnyMinute(start);
  if (*rc::gen::inRange(0, 6) > 0) {
    incident.resolved = incident.created + std::chrono::minutes(*rc::gen::inRange<std::int64_t>(0, 3 * 24 * 60));
  }
  const int stops = *rc::gen::inRange(0, 4);
  for (int i = 0; i < stops; ++i) {
    // Stop-Clock around the Incident, often reaching outside it.
    const Instant from = incident.created + std::chrono::minutes(*rc::gen::inRange<std::int64_t>(-600, 3000));
    incident.stop_clock.push_back({from, from + std::chrono::minutes(*rc::gen::inRange<std::int64_t>(0, 1500))});
  }
  return incident;
}

std::vector<LineIncident> AnyIncidents(Instant start, bool p1_by_operator = false) {
  std::vector<LineIncident> incidents;
  const int count = *rc::gen::inRange(0, 6);
  for (int i = 0; i < count; ++i) incidents.push_back(AnyIncident(start, p1_by_operator));
  return incidents;
}

TimeInterval FiveDays(Instant start) { return {start, start + std::chrono::minutes(kPeriodMinutes)}; }

RC_GTEST_PROP(AvailabilityProperty, SLA047_TheSweepMatchesTheDefinitionMinuteByMinute, ()) {
  const BusinessCalendar& window = AnyWindow(*rc::gen::inRange(0, 5));
  const Instant start = AnyPeriodStart();
  const auto incidents = AnyIncidents(start);
  RC_ASSERT(testing::Net(window, FiveDays(start), incidents) ==
            testing::NetByMinutes(window, FiveDays(start), incidents));
}

RC_GTEST_PROP(AvailabilityProperty, SLA047_SplittingAnIncidentOrItsStopClockChangesNothing, ()) {
  const BusinessCalendar& window = AnyWindow(*rc::gen::inRange(0, 5));
  const Instant start = AnyPeriodStart();
  auto incidents = AnyIncidents(start);
  incidents.push_back(AnyIncident(start, true));
  const Seconds before = testing::Net(window, FiveDays(start), incidents);
  LineIncident& whole = incidents.back();
  const Instant end = whole.resolved.value_or(FiveDays(start).to);
  if (end > whole.created) {
    // Split at any second: two Incidents with the same Stop-Clock, one ending where the other starts.
    LineIncident second = whole;
    const Instant cut = whole.created + Seconds(*rc::gen::inRange<std::int64_t>(0, (end - whole.created).count()));
    whole.resolved = cut;
    second.created = cut;
    incidents.push_back(second);
  }
  LineIncident& last = incidents.back();
  if (!last.stop_clock.empty() && last.stop_clock[0].to > last.stop_clock[0].from) {
    const TimeInterval stop = last.stop_clock[0];
    const Instant cut = stop.from + Seconds(*rc::gen::inRange<std::int64_t>(0, (stop.to - stop.from).count()));
    last.stop_clock[0].to = cut;
    last.stop_clock.push_back({cut, stop.to});
  }
  RC_ASSERT(testing::Net(window, FiveDays(start), incidents) == before);
}

RC_GTEST_PROP(AvailabilityProperty, SLA047_MergingOverlappingIncidentsChangesNothing, ()) {
  const BusinessCalendar& window = AnyWindow(*rc::gen::inRange(0, 5));
  const Instant start = AnyPeriodStart();
  auto incidents = AnyIncidents(start);
  LineIncident first = AnyIncident(start, true);
  first.stop_clock.clear();
  first.resolved = first.created + Seconds(*rc::gen::inRange<std::int64_t>(1, 2 * 86400));
  LineIncident second = first;
  second.created =
      first.created + Seconds(*rc::gen::inRange<std::int64_t>(0, (*first.resolved - first.created).count() + 1));
  second.resolved = second.created + Seconds(*rc::gen::inRange<std::int64_t>(0, 2 * 86400));
  LineIncident merged = first;
  merged.resolved = std::max(*first.resolved, *second.resolved);
  auto apart = incidents;
  apart.push_back(first);
  apart.push_back(second);
  incidents.push_back(merged);
  RC_ASSERT(testing::Net(window, FiveDays(start), apart) == testing::Net(window, FiveDays(start), incidents));
}

RC_GTEST_PROP(AvailabilityProperty, SLA047_TheOrderOfIncidentsAndStopsChangesNothing, ()) {
  const BusinessCalendar& window = AnyWindow(*rc::gen::inRange(0, 5));
  const Instant start = AnyPeriodStart();
  const auto incidents = AnyIncidents(start);
  auto shuffled = incidents;
  std::reverse(shuffled.begin(), shuffled.end());
  for (auto& incident : shuffled) std::reverse(incident.stop_clock.begin(), incident.stop_clock.end());
  RC_ASSERT(testing::Net(window, FiveDays(start), shuffled) == testing::Net(window, FiveDays(start), incidents));
}

RC_GTEST_PROP(AvailabilityProperty, SLA047_TimeOutsideTheWindowAndNonP1IncidentsChangeNothing, ()) {
  const BusinessCalendar& window = *TestCalendar(
      *rc::gen::element(testing::kPremiumWindow, testing::kMediumWindow, testing::kBasicWindow, testing::kFiberWindow));
  const Instant start = AnyPeriodStart();
  auto incidents = AnyIncidents(start);
  const Seconds before = testing::Net(window, FiveDays(start), incidents);
  // A P1 over a closed stretch: nights, Sundays, Saturdays without hours, public holidays.
  Instant closed = AnyMinute(start) + Seconds(*rc::gen::inRange(0, 60));
  if (auto end = window.OpenIntervalEnd(closed)) closed = *end;
  const Instant reopens = *window.NextOpening(closed);
  RC_ASSERT(reopens > closed);
  LineIncident outside;
  outside.created = closed;
  outside.resolved = reopens;
  incidents.push_back(outside);
  // A P2..P4 anywhere (SLA-047) and a P1 the Client caused (SLA-007).
  LineIncident lower = AnyIncident(start, true);
  lower.priority = *rc::gen::element(Priority::kP2, Priority::kP3, Priority::kP4);
  incidents.push_back(lower);
  LineIncident clients = AnyIncident(start, true);
  clients.responsibility = Responsibility::kClient;
  incidents.push_back(clients);
  RC_ASSERT(testing::Net(window, FiveDays(start), incidents) == before);
}

RC_GTEST_PROP(AvailabilityProperty, SLA047_TheUnionLiesBetweenTheLargestIncidentAndTheSum, ()) {
  const BusinessCalendar& window = AnyWindow(*rc::gen::inRange(0, 5));
  const Instant start = AnyPeriodStart();
  const auto incidents = AnyIncidents(start, true);
  const TimeInterval period = FiveDays(start);
  Seconds largest{0}, sum{0};
  for (const auto& incident : incidents) {
    const Seconds alone = testing::Net(window, period, {incident});
    largest = std::max(largest, alone);
    sum += alone;
  }
  const Seconds net = testing::Net(window, period, incidents);
  RC_ASSERT(largest <= net);
  RC_ASSERT(net <= sum);
  RC_ASSERT(net <= window.WindowTime(period.from, period.to));
}

// The downtime that puts availability exactly on a level, then one second more, made of one P1
// Incident in a real Service Window over a whole Brussels year (leap years included).
RC_GTEST_PROP(AvailabilityProperty, SLA050_TheThresholdsFlipAtExactlyOneSecond, ()) {
  const BusinessCalendar& window = *TestCalendar(
      *rc::gen::element(testing::kPremiumWindow, testing::kMediumWindow, testing::kBasicWindow, testing::kFiberWindow));
  const TimeInterval year = BrusselsYear(date::year(*rc::gen::inRange(2019, 2040)));
  const AvailabilityLevel level = *rc::gen::element(kAvailabilityTarget, kAvailabilityLowTier);
  const Instant created = year.from + Seconds(*rc::gen::inRange<std::int64_t>(0, 270 * 86400));
  const Seconds total = year.to - year.from;
  const Seconds allowed(level.lost * total.count() / level.per);  // the most downtime the level allows
  DowntimeSweep sweep;
  for (const Seconds net : {allowed, allowed + Seconds(1)}) {
    LineIncident incident;
    incident.created = created;
    incident.resolved = window.AddWindowTime(created, net);
    RC_ASSERT(incident.resolved.has_value());
    const auto availability = MeasureAvailability(sweep, window, year, std::vector{incident});
    RC_ASSERT(availability.ok());
    RC_ASSERT(availability->net_downtime == net);
    RC_ASSERT(availability->total == total);
    RC_ASSERT(IsBelow(*availability, level) == (net > allowed));
    const auto credit = DecideAvailabilityCredit(AvailabilityTarget::kPerYear, *availability);
    RC_ASSERT(credit.rate.is_credit() == IsBelow(*availability, kAvailabilityTarget));
  }
}

}  // namespace
}  // namespace bizline
