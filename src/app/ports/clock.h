// The source of "now" for use cases. Production uses the system clock; tests drive a fake.
#pragma once

#include "domain/core/instant.h"

namespace bizline {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Instant Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  Instant Now() const override;
};

}  // namespace bizline
