// Who may do what. Staff roles act for the operator; a customer representative is bound to
// exactly one customer and only ever sees that customer's data.
#pragma once

#include <optional>
#include <string_view>

#include "domain/core/ids.h"

namespace bizline {

enum class Role {
  kAgentL1,
  kAgentL2,
  kProvisioning,
  kBilling,
  kEscalationManager,
  kAdmin,
  kCustomerRep,
};

std::string_view ToString(Role role);
std::optional<Role> ParseRole(std::string_view text);

// The authenticated caller of a use case.
struct Principal {
  UserId user_id;
  Role role = Role::kCustomerRep;
  CustomerId customer_id;  // set only for kCustomerRep

  bool IsStaff() const { return role != Role::kCustomerRep; }
  // True when the caller may read data that belongs to `customer`.
  bool CanSee(CustomerId customer) const { return IsStaff() || customer == customer_id; }
};

// Staff who may create and change customer records.
bool CanManageCustomers(Role role);

}  // namespace bizline
