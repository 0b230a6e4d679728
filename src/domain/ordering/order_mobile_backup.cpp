#include "domain/ordering/order_mobile_backup.h"

#include <algorithm>

namespace bizline {
namespace {

constexpr const char* kField = "mobileBackup";

Status DuringImplementation(const ProductOrder& order, const char* rule) {
  if (!HasMobileBackup(order)) {
    return Error::Precondition("this order has no mobile backup option", rule);
  }
  if (IsFinal(order.milestone) || order.activated_at) {
    return Error::Precondition("indoor coverage is settled during implementation, before activation", rule);
  }
  return Ok{};
}

}  // namespace

bool HasMobileBackup(const ProductOrder& order) {
  return std::any_of(order.request.options.begin(), order.request.options.end(),
                     [](const OrderOption& o) { return o.id == kMobileBackupOptionId; });
}

Status RecordCoverageNotAssured(ProductOrder& order, Instant now) {
  TRY(DuringImplementation(order, "CAT-088"));
  if (order.mobile_backup.status != IndoorCoverage::kNotChecked) {
    return Error::Precondition(
        "indoor coverage is already recorded as " + std::string(ToString(order.mobile_backup.status)), "CAT-088");
  }
  order.mobile_backup.status = IndoorCoverage::kNotAssured;
  order.mobile_backup.recorded_at = now;
  return Ok{};
}

Status InstallIndoorAntennas(ProductOrder& order, int count, Cents unit_price, Instant now) {
  TRY(DuringImplementation(order, "CAT-088"));
  if (order.mobile_backup.status != IndoorCoverage::kNotAssured) {
    return Error::Precondition("indoor antennas are installed when indoor coverage is found not assured", "CAT-088");
  }
  if (count <= 0 || count > 20) {
    return Error::Invalid(std::string(kField) + ".antennasInstalled", "is a number of antennas from 1 to 20",
                          "CAT-088");
  }
  order.mobile_backup.antennas += count;
  order.mobile_backup.antenna_price = unit_price;
  order.mobile_backup.recorded_at = now;
  return Ok{};
}

Status RecordAntennaResult(ProductOrder& order, IndoorCoverage result, Instant now) {
  TRY(DuringImplementation(order, "CAT-089"));
  if (result != IndoorCoverage::kCoveredByAntennas && result != IndoorCoverage::kNotCovered) {
    return Error::Invalid(std::string(kField) + ".indoorCoverage",
                          "after the antennas, indoor coverage is coveredByAntennas or notCovered", "CAT-089");
  }
  if (order.mobile_backup.status != IndoorCoverage::kNotAssured || order.mobile_backup.antennas == 0) {
    return Error::Precondition("record the installed indoor antennas first", "CAT-089");
  }
  order.mobile_backup.status = result;
  order.mobile_backup.recorded_at = now;
  if (result == IndoorCoverage::kNotCovered) {
    // CAT-089: the option is not included in the Client's Contract; the line goes live without it.
    auto& options = order.request.options;
    options.erase(std::remove_if(options.begin(), options.end(),
                                 [](const OrderOption& o) { return o.id == kMobileBackupOptionId; }),
                  options.end());
  }
  return Ok{};
}

}  // namespace bizline
