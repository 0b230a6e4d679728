// A Service Credit on the wire (issue 13): the share of one monthly fee in percent as a JSON
// number, exact from basis points (1.5, 5, 100). Shared by the HTTP reports and the batch CLI.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/availability/credit_rate.h"

namespace bizline::http {

inline nlohmann::json CreditPercentJson(CreditRate rate) {
  const std::int64_t basis_points = rate.basis_points();
  if (basis_points % 100 == 0) return basis_points / 100;
  // Only to write the number: whole basis points over 100 have two decimals at most, and every
  // decision was made on the integers.
  return static_cast<double>(basis_points) / 100;
}

}  // namespace bizline::http
