// The one enum-name table (domain/core/enum_names.h): names, parses and lists the allowed names,
// and the tables the API quotes in its errors round-trip every value.
#include "domain/core/enum_names.h"

#include <gtest/gtest.h>

#include "domain/ordering/order.h"
#include "domain/ticketing/ticket.h"

namespace bizline {
namespace {

enum class Colour { kRed, kGreen, kBlue, kUnlisted };
constexpr EnumNames<Colour, 3> kColours{{{Colour::kRed, "red"}, {Colour::kGreen, "green"}, {Colour::kBlue, "blue"}}};

TEST(EnumNames, NamesParsesAndListsWhatIsAllowed) {
  static_assert(kColours.Name(Colour::kGreen) == "green");
  static_assert(kColours.Parse("blue") == Colour::kBlue);
  EXPECT_EQ(kColours.Parse("Blue"), std::nullopt);  // exact names only
  EXPECT_EQ(kColours.Parse(""), std::nullopt);
  EXPECT_EQ(kColours.Name(Colour::kUnlisted), "unknown");
  EXPECT_EQ(kColours.Allowed(), "red, green or blue");
  EXPECT_EQ(kColours.Names(), (std::vector<std::string_view>{"red", "green", "blue"}));
}

template <class E, std::size_t N>
void ExpectRoundTrip(const EnumNames<E, N>& table) {
  for (std::string_view name : table.Names()) {
    auto value = table.Parse(name);
    ASSERT_TRUE(value.has_value()) << name;
    EXPECT_EQ(table.Name(*value), name);
  }
}

TEST(EnumNames, TheTablesTheApiQuotesRoundTrip) {
  ExpectRoundTrip(kTicketStatusNames);  // T-13's statuses, TMF621
  ExpectRoundTrip(kChannelNames);       // T-14
  ExpectRoundTrip(kOrderStateNames);    // TMF622
  EXPECT_EQ(kChannelNames.Allowed(), "phone, email, portal or monitoring");
  EXPECT_EQ(ToString(TicketStatus::kInProgress), "inProgress");
  EXPECT_EQ(ParseOrderState("inProgress"), OrderState::kInProgress);
}

}  // namespace
}  // namespace bizline
