// Who may do what: one table, one row per guarded operation of every use case, naming the roles
// allowed and why (with the contract rule where one applies). Use cases call Require() before
// they change or read anything; adapters may call Allows()/Require() too (GET /metrics). The
// tenant boundary (a representative reaches only its own customer, anything else is NotFound) is
// not part of this table: each use case checks it first, then the operation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

#include "domain/core/result.h"
#include "domain/identity/role.h"

namespace bizline {

enum class Operation : std::uint8_t {
  // Trouble tickets (TMF621) and their escalation.
  kTicketRead,                 // list, read, download attachments, read escalation level
  kTicketOpen,                 // register a Service Event with channel portal
  kTicketRegister,             // register a call, e-mail or monitoring event (P1 by phone included)
  kTicketEdit,                 // name, description, severity, external id, affected product, requested date
  kTicketNote,                 // add notes
  kTicketAttach,               // upload a file
  kTicketPrioritise,           // set or clear the priority
  kTicketClassify,             // ticket type, SLA formula and tier, estimate
  kTicketLifecycle,            // status changes: in progress, pending, resolved, closed, cancelled, reopened
  kTicketLinkOutage,           // link a ticket to a general-outage parent
  kTicketEscalate,             // request an escalation step
  kTicketEscalateAboveLevel2,  // request levels 3 to 5
  // Customers, their sites and representatives.
  kCustomerRead,
  kCustomerManage,  // create and change customer records
  kSiteAdd,
  kRepresentativeAdd,
  // Product orders (TMF622).
  kOrderRead,
  kOrderPlace,
  kOrderClientPart,  // contacts, site readiness, quote answers, the Client's own works
  kOrderRun,         // milestones, quotes, works, coverage, new dates, rush answers
  // Product inventory (TMF637), firewall changes and RIPE-488 requests.
  kProductRead,
  kLineTerminate,
  kLineAddOption,
  kLineRenumber,
  kFirewallChange,
  kRipeDecide,
  // Users and operations.
  kVolumePackOrder,  // U-14
  kUsageOversee,     // the staff's lists of throttled lines and unmatched accounting users
  // Service Credits (issue 13).
  kCreditClaimRead,    // the claims of a customer (a representative: its own)
  kCreditClaimFile,    // SLA-010: claim a breach's credit
  kCreditClaimDecide,  // approve or refuse a pending claim

  kUserCreate,
  kMetricsRead,  // keep last: kOperationCount counts up to it
};

inline constexpr std::size_t kOperationCount = static_cast<std::size_t>(Operation::kMetricsRead) + 1;

// A set of roles, as a bit mask.
class RoleSet {
 public:
  constexpr RoleSet(std::initializer_list<Role> roles) {
    for (Role r : roles) bits_ |= Bit(r);
  }
  constexpr bool Has(Role role) const { return (bits_ & Bit(role)) != 0; }
  constexpr RoleSet operator|(RoleSet other) const { return RoleSet(bits_ | other.bits_); }

 private:
  constexpr explicit RoleSet(std::uint32_t bits) : bits_(bits) {}
  static constexpr std::uint32_t Bit(Role role) { return std::uint32_t{1} << static_cast<unsigned>(role); }
  std::uint32_t bits_ = 0;
};

// One row of the table.
struct Permission {
  Operation operation;
  std::string_view name;  // stable: "ticket.lifecycle"; used in messages, logs and tests
  RoleSet roles;
  std::string_view rule;  // the contract rule ID behind the restriction, empty when none applies
  std::string_view why;
};

// Every row, in the order of Operation.
std::span<const Permission> Permissions();
const Permission& PermissionOf(Operation operation);

bool Allows(Role role, Operation operation);

// Ok when the principal's role may perform `operation`; otherwise PermissionDenied naming the
// operation and its rule, with `field` (the offending input member, if any).
Status Require(const Principal& principal, Operation operation, std::string field = {});

}  // namespace bizline
