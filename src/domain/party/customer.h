// The Client of the contract: a legal entity with its installation sites and the authorised
// representatives the service desk checks callers against (DESK-012, U-15).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/core/ids.h"
#include "domain/core/instant.h"
#include "domain/core/result.h"

namespace bizline {

struct PostalAddress {
  std::string street;
  std::string post_code;
  std::string city;
  std::string country = "BE";
};

enum class CustomerStatus { kActive, kSuspended, kTerminated };

std::string_view ToString(CustomerStatus status);
std::optional<CustomerStatus> ParseCustomerStatus(std::string_view text);

struct Customer {
  CustomerId id;
  std::string name;
  std::string enterprise_number;  // canonical "0123.456.749"
  PostalAddress address;
  int employees = 0;
  CustomerStatus status = CustomerStatus::kActive;
  Instant created_at{};
};

struct Site {
  SiteId id;
  CustomerId customer_id;
  std::string name;
  PostalAddress address;
};

struct Representative {
  RepresentativeId id;
  CustomerId customer_id;
  std::string name;
  std::string email;
  std::string phone;
  std::string role;  // e.g. "IT manager"; free text declared by the Client
};

// CON-004: a Client has more than nine employees.
inline constexpr int kMinimumClientEmployees = 10;

// Checks a customer about to be stored and puts its enterprise number in canonical form.
Status ValidateCustomer(Customer& customer);
Status ValidateSite(const Site& site);
Status ValidateRepresentative(const Representative& representative);

}  // namespace bizline
