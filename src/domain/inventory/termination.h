// Terminating an active line: when it may happen and what follows. The line ends on its
// termination date, its addresses go to quarantine and stay Proximus' (IP-005), and the lent
// CPE is due back 30 days later (CAT-045, X-33).
#pragma once

#include <optional>

#include "domain/core/result.h"
#include "domain/inventory/product.h"

namespace bizline {

struct Termination {
  Instant at{};
  Instant cpe_return_due{};
};

// `requested` is the termination date asked for (absent: `now`). It may not lie before the
// contract start (CON-007) nor after `now` (this records a termination, it does not schedule
// one). A line already terminated fails with FailedPrecondition naming the date.
Result<Termination> PlanTermination(const Product& line, std::optional<Instant> requested, Instant now);

}  // namespace bizline
