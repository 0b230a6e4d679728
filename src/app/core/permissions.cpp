#include "app/core/permissions.h"

#include <array>

namespace bizline {
namespace {

using R = Role;

// The service desk: 1st and 2nd line, the Customer Escalation Managers and admins.
constexpr RoleSet kServiceDesk{R::kAgentL1, R::kAgentL2, R::kEscalationManager, R::kAdmin};
constexpr RoleSet kStaff{R::kAgentL1, R::kAgentL2, R::kProvisioning, R::kBilling, R::kEscalationManager, R::kAdmin};
constexpr RoleSet kEveryone = kStaff | RoleSet{R::kCustomerRep};
constexpr RoleSet kCustomerDesk{R::kAgentL1, R::kAgentL2, R::kProvisioning, R::kBilling, R::kAdmin};
constexpr RoleSet kLineDesk{R::kProvisioning, R::kAdmin};

using O = Operation;

// clang-format off
constexpr std::array<Permission, kOperationCount> kTable{{
  {O::kTicketRead, "ticket.read", kEveryone, "DESK-016",
   "the Client follows its tickets on the portal; every staff role reads them"},
  {O::kTicketOpen, "ticket.open", kServiceDesk | RoleSet{R::kCustomerRep}, "DESK-046",
   "a representative registers Service Events on the portal, the service desk may record one there"},
  {O::kTicketRegister, "ticket.register", kServiceDesk, "DESK-025",
   "the service desk registers a call, an e-mail or a monitoring event for the Client, a P1 only by phone (DESK-023)"},
  {O::kTicketEdit, "ticket.edit", kEveryone, "",
   "the account of the event (name, description, severity, product, wished date) is the Client's; staff may correct it"},
  {O::kTicketNote, "ticket.note", kEveryone, "DESK-016",
   "Proximus and the Client interact on the ticket throughout its lifecycle"},
  {O::kTicketAttach, "ticket.attach", kEveryone, "DESK-016",
   "Proximus and the Client exchange files on the ticket"},
  {O::kTicketPrioritise, "ticket.prioritise", kServiceDesk, "DESK-027",
   "the service desk assigns the priority at its sole discretion"},
  {O::kTicketClassify, "ticket.classify", kServiceDesk, "DESK-025",
   "the service desk classifies the event (type, SLA formula and tier) and assesses On-demand Support"},
  {O::kTicketLifecycle, "ticket.lifecycle", kServiceDesk, "DESK-028",
   "the service desk and its skill pools work the ticket: progress, Stop-Clock, resolution, closure, reopening"},
  {O::kTicketLinkOutage, "ticket.linkOutage", kStaff, "U-29",
   "operator staff link a Client's ticket to a general-outage parent incident"},
  {O::kTicketEscalate, "ticket.escalate", kServiceDesk | RoleSet{R::kCustomerRep}, "ESC-001",
   "escalation covers incident management: the Client and the service desk, not provisioning or billing"},
  {O::kTicketEscalateAboveLevel2, "ticket.escalateAboveLevel2", {R::kEscalationManager, R::kCustomerRep}, "ESC-012",
   "levels above 2 are handled by the Customer Escalation Managers, at the Client's request"},
  {O::kCustomerRead, "customer.read", kEveryone, "",
   "customer records, sites and representatives; a representative reads its own customer only"},
  {O::kCustomerManage, "customer.manage", kCustomerDesk, "",
   "the desk, provisioning, billing and admins keep customer records; escalation managers and the Client do not"},
  {O::kSiteAdd, "customer.site.add", kCustomerDesk, "U-16",
   "staff who keep customer records record the Client's sites"},
  {O::kRepresentativeAdd, "customer.representative.add", kCustomerDesk | RoleSet{R::kCustomerRep}, "U-15",
   "the Client maintains its representatives through the portal or the service desk"},
  {O::kOrderRead, "order.read", kEveryone, "",
   "orders and their progress; a representative reads its own customer's only"},
  {O::kOrderPlace, "order.place", {R::kCustomerRep, R::kProvisioning, R::kAdmin}, "ORD-001",
   "the Client orders with the Order Form, provisioning staff enter it for the Client"},
  {O::kOrderClientPart, "order.clientPart", {R::kCustomerRep, R::kProvisioning, R::kAdmin}, "ORD-008",
   "the Client (or provisioning staff for it) names contacts, confirms Annex 1, answers quotes, reports its works"},
  {O::kOrderRun, "order.run", kLineDesk, "ORD-006",
   "only Proximus carries out the implementation: provisioning staff move milestones, quote, record works and dates"},
  {O::kProductRead, "product.read", kEveryone, "",
   "lines, firewall change requests and RIPE-488 requests; a representative reads its own customer's only"},
  {O::kLineTerminate, "line.terminate", kLineDesk, "",
   "the provisioning desk changes lines in the inventory"},
  {O::kLineAddOption, "line.addOption", kLineDesk, "",
   "the provisioning desk changes lines in the inventory"},
  {O::kLineRenumber, "line.renumber", kLineDesk, "IP-006",
   "the provisioning desk renumbers a line's addresses"},
  {O::kFirewallChange, "line.firewallChange", {R::kCustomerRep, R::kAgentL1, R::kAgentL2, R::kProvisioning, R::kAdmin},
   "CAT-074",
   "the Client asks, the service desk that receives the e-mail (CAT-075) or line staff record it; a chargeable "
   "request (CAT-076) is not for billing or escalation staff to create"},
  {O::kRipeDecide, "ripe.decide", kLineDesk, "IP-008",
   "the provisioning desk approves or rejects RIPE-488 requests"},
  {O::kVolumePackOrder, "usage.volumePack", {R::kCustomerRep, R::kAgentL1, R::kAgentL2, R::kProvisioning, R::kAdmin},
   "USE-004",
   "the Client orders a Volume Pack for its own line; the service desk or line staff order one for it"},
  {O::kUsageOversee, "usage.oversee", kStaff, "U-13",
   "throttled lines and accounting records of unknown users are the operator's to follow up"},
  {O::kCreditClaimRead, "credit.read", kEveryone, "SLA-010",
   "the Client follows its Service Credit claims; staff read every customer's"},
  {O::kCreditClaimFile, "credit.claim", kServiceDesk | RoleSet{R::kBilling, R::kCustomerRep}, "SLA-010",
   "the Client claims a Service Credit; the service desk or billing staff may file its claim on its behalf"},
  {O::kCreditClaimDecide, "credit.decide", {R::kBilling, R::kEscalationManager, R::kAdmin}, "SLA-010",
   "billing staff, the Customer Escalation Managers and admins approve or refuse Service Credit claims"},
  {O::kUserCreate, "user.create", {R::kAdmin}, "",
   "only an admin creates users"},
  {O::kMetricsRead, "metrics.read", kStaff, "",
   "request metrics describe the whole operator's traffic: staff only"},
}};
// clang-format on

constexpr bool InOperationOrder() {
  for (std::size_t i = 0; i < kTable.size(); ++i) {
    if (static_cast<std::size_t>(kTable[i].operation) != i) return false;
  }
  return true;
}
static_assert(InOperationOrder(), "one row per Operation, in the order of the enum");

}  // namespace

std::span<const Permission> Permissions() { return kTable; }

const Permission& PermissionOf(Operation operation) { return kTable[static_cast<std::size_t>(operation)]; }

bool Allows(Role role, Operation operation) { return PermissionOf(operation).roles.Has(role); }

Status Require(const Principal& principal, Operation operation, std::string field) {
  if (Allows(principal.role, operation)) return Ok{};
  const Permission& p = PermissionOf(operation);
  std::string message = "the " + std::string(ToString(principal.role)) + " role may not " + std::string(p.name);
  if (!p.rule.empty()) message += " (" + std::string(p.rule) + ")";
  message += ": " + std::string(p.why);
  return Error{ErrorCode::kPermissionDenied, std::move(message), std::move(field), std::string(p.rule)};
}

}  // namespace bizline
