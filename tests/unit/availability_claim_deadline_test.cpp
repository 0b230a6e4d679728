// SLA-011: a claim is accepted until the end of the third month after the month the breach was
// found in; the deadline day itself is still in time.
#include <gtest/gtest.h>

#include "domain/availability/claim_deadline.h"

namespace bizline {
namespace {

using namespace date::literals;

TEST(AvailabilityClaimDeadline, TheEndOfTheThirdMonthAfterTheBreachMonth_SLA_011) {
  EXPECT_EQ(FormatCivilDay(ClaimDeadline(2026_y / date::January)), "2026-04-30");   // SLA-011
  EXPECT_EQ(FormatCivilDay(ClaimDeadline(2026_y / date::November)), "2027-02-28");  // over the year end
  EXPECT_EQ(FormatCivilDay(ClaimDeadline(2027_y / date::November)), "2028-02-29");  // a leap February
  EXPECT_EQ(FormatCivilDay(ClaimDeadline(2026_y / date::December)), "2027-03-31");  // availability of 2026
}

}  // namespace
}  // namespace bizline
