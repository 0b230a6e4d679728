// Properties of due instants (rapidcheck): whatever the Stop-Clock, the due instant is the first
// instant at which net window time since creation reaches the budget (SLA-006, SLA-026).
#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include "domain/sla/due_instant.h"
#include "sla_test_support.h"

namespace bizline {
namespace {

const SlaTerms& AnyTerms(int which) {
  static const SlaTerms kTerms[] = {testing::PremiumTerms(), testing::MediumTerms(), testing::BasicTerms(),
                                    testing::Terms(testing::kFiberWindow, "same-day", "3bd", "5bd", "10bd")};
  return kTerms[which % 4];
}

Instant AnyCreated() {
  const std::int64_t from = EpochSeconds(testing::At("2025-01-01T00:00Z"));
  return InstantFromEpoch(*rc::gen::inRange<std::int64_t>(from, from + 4 * 365 * 86400));
}

// Up to four Stop-Clock periods around the creation instant, possibly overlapping or empty.
std::vector<TimeInterval> AnyStops(Instant created) {
  const auto count = *rc::gen::inRange(0, 5);
  std::vector<TimeInterval> stops;
  for (int i = 0; i < count; ++i) {
    const Instant from = created + Seconds(*rc::gen::inRange<std::int64_t>(-2 * 86400, 6 * 86400));
    stops.push_back({from, from + Seconds(*rc::gen::inRange<std::int64_t>(0, 2 * 86400))});
  }
  return stops;
}

RC_GTEST_PROP(SlaDueProperty, SLA026_DueInstantSpendsExactlyTheBudget, ()) {
  const SlaTerms& terms = AnyTerms(*rc::gen::inRange(0, 4));
  const Priority priority = *rc::gen::element(Priority::kP1, Priority::kP2, Priority::kP3, Priority::kP4);
  const Instant created = AnyCreated();
  const auto stops = AnyStops(created);
  const auto due = DueInstant(terms, priority, created, stops);
  RC_ASSERT(due.ok());
  RC_ASSERT(due->has_value());
  const Seconds budget = **RestorationBudget(terms, priority, created);
  const BusinessCalendar& cal = *terms.calendar;
  RC_ASSERT(NetWindowTime(cal, created, **due, stops) == budget);
  if (budget > Seconds(0)) RC_ASSERT(NetWindowTime(cal, created, **due - Seconds(1), stops) < budget);
}

RC_GTEST_PROP(SlaDueProperty, SLA006_StopClockNeverBringsTheDueInstantForward, ()) {
  const SlaTerms& terms = AnyTerms(*rc::gen::inRange(0, 4));
  const Priority priority = *rc::gen::element(Priority::kP1, Priority::kP2, Priority::kP3, Priority::kP4);
  const Instant created = AnyCreated();
  const auto without = DueInstant(terms, priority, created, {});
  const auto with = DueInstant(terms, priority, created, AnyStops(created));
  RC_ASSERT(**with >= **without);
}

RC_GTEST_PROP(SlaDueProperty, U06_U07_DayTargetsWithoutStopClockEndAtAWindowEnd, ()) {
  const SlaTerms& terms = AnyTerms(*rc::gen::inRange(0, 4));
  const Priority priority = *rc::gen::element(Priority::kP2, Priority::kP3, Priority::kP4);
  const Instant created = AnyCreated();
  const auto due = DueInstant(terms, priority, created, {});
  RC_ASSERT(**due == **BaseDeadline(terms, priority, created));
  RC_ASSERT(!terms.calendar->IsOpen(**due));
  RC_ASSERT(terms.calendar->IsOpen(**due - Seconds(1)));
}

}  // namespace
}  // namespace bizline
