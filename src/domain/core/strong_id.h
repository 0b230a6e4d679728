// Strong types for identifiers: a CustomerId cannot be passed where a UserId is expected.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace bizline {

template <typename Tag>
class StrongId {
 public:
  constexpr StrongId() = default;
  constexpr explicit StrongId(std::int64_t value) : value_(value) {}
  constexpr std::int64_t value() const { return value_; }
  constexpr bool valid() const { return value_ > 0; }
  friend constexpr auto operator<=>(StrongId, StrongId) = default;

 private:
  std::int64_t value_ = 0;
};

}  // namespace bizline

template <typename Tag>
struct std::hash<bizline::StrongId<Tag>> {
  std::size_t operator()(bizline::StrongId<Tag> id) const noexcept { return std::hash<std::int64_t>{}(id.value()); }
};
