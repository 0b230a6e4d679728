// Every LineTierFollower of the line's tier (DESK-028), told in the order they were added; the
// first failure stops the change, and the transaction it runs in rolls back.
#pragma once

#include <vector>

#include "app/inventory/ports.h"

namespace bizline {

class LineTierFollowers final : public LineTierFollower {
 public:
  void Add(LineTierFollower& follower) { followers_.push_back(&follower); }
  Status LineTierChanged(Transaction& tx, const Product& line, Instant now) override {
    for (LineTierFollower* follower : followers_) {
      TRY(follower->LineTierChanged(tx, line, now));
    }
    return Ok{};
  }

 private:
  std::vector<LineTierFollower*> followers_;
};

}  // namespace bizline
