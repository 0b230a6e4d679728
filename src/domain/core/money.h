// Money as integer euro cents; never floating point.
#pragma once

#include <compare>
#include <cstdint>

namespace bizline {

class Cents {
 public:
  constexpr Cents() = default;
  constexpr explicit Cents(std::int64_t value) : value_(value) {}
  constexpr std::int64_t value() const { return value_; }
  friend constexpr auto operator<=>(Cents, Cents) = default;
  friend constexpr Cents operator+(Cents a, Cents b) { return Cents(a.value_ + b.value_); }
  friend constexpr Cents operator-(Cents a, Cents b) { return Cents(a.value_ - b.value_); }
  friend constexpr Cents operator*(Cents a, std::int64_t n) { return Cents(a.value_ * n); }

 private:
  std::int64_t value_ = 0;
};

}  // namespace bizline
