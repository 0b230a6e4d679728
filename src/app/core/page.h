// Offset/limit paging shared by every list use case.
#pragma once

#include <cstdint>
#include <vector>

namespace bizline {

struct PageRequest {
  std::int64_t offset = 0;
  std::int64_t limit = 100;
};

inline constexpr std::int64_t kMaxPageLimit = 1000;

template <typename T>
struct Page {
  std::vector<T> items;
  std::int64_t total = 0;  // matching rows before offset/limit
};

}  // namespace bizline
