#include "domain/inventory/termination.h"

#include "domain/calendar/iso8601.h"
#include "domain/inventory/line_record.h"

namespace bizline {

Result<Termination> PlanTermination(const Product& line, std::optional<Instant> requested, Instant now) {
  if (line.status == ProductStatus::kTerminated) {
    std::string when = line.terminated_at ? " on " + FormatBrussels(*line.terminated_at) : "";
    return Error::Precondition("product " + std::to_string(line.id.value()) + " was already terminated" + when);
  }
  Instant at = requested.value_or(now);
  if (at < line.contract_start) {
    return Error::Invalid("terminationDate",
                          "the termination date lies before the contract start " + FormatBrussels(line.contract_start),
                          "CON-007");
  }
  if (at > now) {
    return Error::Invalid("terminationDate", "the termination date lies in the future; record it when it happens");
  }
  return Termination{at, at + kCpeReturnPeriod};  // CAT-045, X-33
}

}  // namespace bizline
