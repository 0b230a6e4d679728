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

// A clock set by hand: the demo loader places orders and tickets at chosen past instants.
class SettableClock final : public Clock {
 public:
  explicit SettableClock(Instant now) : now_(now) {}
  Instant Now() const override { return now_; }
  void Set(Instant now) { now_ = now; }

 private:
  Instant now_;
};

}  // namespace bizline
