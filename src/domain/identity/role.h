// Who a caller is. Staff roles act for the operator; a customer representative is bound to
// exactly one customer and only ever sees that customer's data. What each role may do is the
// permission table of the app layer (app/access/permissions.h).
#pragma once

#include <array>
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

inline constexpr std::array<Role, 7> kAllRoles{Role::kAgentL1,    Role::kAgentL2,           Role::kProvisioning,
                                               Role::kBilling,    Role::kEscalationManager, Role::kAdmin,
                                               Role::kCustomerRep};

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

}  // namespace bizline
