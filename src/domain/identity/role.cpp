#include "domain/identity/role.h"

#include <array>
#include <utility>

namespace bizline {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 7> kRoleNames{{
    {Role::kAgentL1, "agent-l1"},
    {Role::kAgentL2, "agent-l2"},
    {Role::kProvisioning, "provisioning"},
    {Role::kBilling, "billing"},
    {Role::kEscalationManager, "escalation-manager"},
    {Role::kAdmin, "admin"},
    {Role::kCustomerRep, "customer-rep"},
}};

constexpr bool NamesEveryRole() {
  if (kRoleNames.size() != kAllRoles.size()) return false;
  for (std::size_t i = 0; i < kAllRoles.size(); ++i) {
    if (kRoleNames[i].first != kAllRoles[i]) return false;
  }
  return true;
}
static_assert(NamesEveryRole(), "kRoleNames and kAllRoles list the same roles in the same order");

}  // namespace

std::string_view ToString(Role role) {
  for (const auto& [r, name] : kRoleNames) {
    if (r == role) return name;
  }
  return "customer-rep";
}

std::optional<Role> ParseRole(std::string_view text) {
  for (const auto& [r, name] : kRoleNames) {
    if (name == text) return r;
  }
  return std::nullopt;
}

}  // namespace bizline
