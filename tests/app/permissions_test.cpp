// The permission table itself (app/access/permissions.h): one well-formed row per operation,
// the service-desk rows of issue 8 §3 (DESK-025, DESK-027), and what Require answers. The table
// is performed for every role against the real server in tests/api/permission_matrix_test.cpp.
#include "app/core/permissions.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace bizline::testing {
namespace {

TEST(PermissionTable, OneNamedRowPerOperationWithItsWhy) {
  ASSERT_EQ(Permissions().size(), kOperationCount);
  std::set<std::string> names;
  for (std::size_t i = 0; i < Permissions().size(); ++i) {
    const Permission& row = Permissions()[i];
    EXPECT_EQ(static_cast<std::size_t>(row.operation), i);
    EXPECT_EQ(&PermissionOf(row.operation), &row);
    EXPECT_TRUE(names.insert(std::string(row.name)).second) << "duplicate name " << row.name;
    EXPECT_NE(row.name.find('.'), std::string_view::npos) << row.name << ": names are <resource>.<verb>";
    EXPECT_FALSE(row.why.empty()) << row.name;
  }
}

TEST(PermissionTable, PriorityLifecycleClassificationAndRegistrationAreTheServiceDesks_DESK025_DESK027) {
  for (Operation op : {Operation::kTicketPrioritise, Operation::kTicketLifecycle, Operation::kTicketClassify,
                       Operation::kTicketRegister}) {
    SCOPED_TRACE(std::string(PermissionOf(op).name));
    for (Role role : kAllRoles) {
      const bool desk =
          role == Role::kAgentL1 || role == Role::kAgentL2 || role == Role::kEscalationManager || role == Role::kAdmin;
      EXPECT_EQ(Allows(role, op), desk) << ToString(role);
    }
  }
  EXPECT_EQ(PermissionOf(Operation::kTicketPrioritise).rule, "DESK-027");
  EXPECT_EQ(PermissionOf(Operation::kTicketClassify).rule, "DESK-025");
  // Billing and provisioning keep reading tickets and adding notes and files.
  for (Role role : {Role::kBilling, Role::kProvisioning}) {
    EXPECT_TRUE(Allows(role, Operation::kTicketRead));
    EXPECT_TRUE(Allows(role, Operation::kTicketNote));
    EXPECT_TRUE(Allows(role, Operation::kTicketAttach));
  }
}

TEST(PermissionTable, RequireNamesTheOperationAndItsRule_DESK027) {
  const Principal billing{UserId(3), Role::kBilling, CustomerId()};
  auto denied = Require(billing, Operation::kTicketPrioritise, "priority");
  ASSERT_FALSE(denied.ok());
  EXPECT_EQ(denied.error().code, ErrorCode::kPermissionDenied);
  EXPECT_EQ(denied.error().rule, "DESK-027");
  EXPECT_EQ(denied.error().field, "priority");
  EXPECT_NE(denied.error().message.find("ticket.prioritise"), std::string::npos) << denied.error().message;
  EXPECT_NE(denied.error().message.find("DESK-027"), std::string::npos) << denied.error().message;
  EXPECT_NE(denied.error().message.find("billing"), std::string::npos) << denied.error().message;

  const Principal agent{UserId(1), Role::kAgentL1, CustomerId()};
  EXPECT_TRUE(Require(agent, Operation::kTicketPrioritise).ok());
  // A row without a rule still names its operation.
  auto no_rule = Require(agent, Operation::kUserCreate);
  ASSERT_FALSE(no_rule.ok());
  EXPECT_TRUE(no_rule.error().rule.empty());
  EXPECT_NE(no_rule.error().message.find("user.create"), std::string::npos);
}

}  // namespace
}  // namespace bizline::testing
