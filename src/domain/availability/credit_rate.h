// A Service Credit as a share of one monthly fee, in basis points: 1.5 % is 150, 5 % is 500 and
// one month of service fee is 10000. Exact, so no credit decision ever meets floating point; the
// amount in cents is billing's to compute from the line's fee (U-22).
#pragma once

#include <compare>
#include <cstdint>

namespace bizline {

class CreditRate {
 public:
  constexpr CreditRate() = default;
  constexpr explicit CreditRate(std::int64_t basis_points) : basis_points_(basis_points) {}
  constexpr std::int64_t basis_points() const { return basis_points_; }
  constexpr bool is_credit() const { return basis_points_ > 0; }
  friend constexpr auto operator<=>(CreditRate, CreditRate) = default;

 private:
  std::int64_t basis_points_ = 0;
};

inline constexpr CreditRate kNoCredit{0};
inline constexpr CreditRate kOneMonthOfFee{10000};  // SLA-044

}  // namespace bizline
