// A product order (TMF622) through the implementation phase of the contract: received
// (ORD-003), site survey and RFD when no compatible line exists (ORD-023 to ORD-027), the
// installation appointment and written confirmation (ORD-004, ORD-005), installation (ORD-010,
// ORD-011), configuration and activation (ORD-012 to ORD-016, ORD-020), functional and
// performance tests (ORD-018), completion; or cancelled / rejected. Each step is a bizline
// `milestone`; the TMF `state` follows from it. Plain values: storage and HTTP map them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/calendar/belgian_holidays.h"
#include "domain/core/enum_names.h"
#include "domain/core/ids.h"
#include "domain/core/instant.h"
#include "domain/core/money.h"
#include "domain/core/time_text.h"
#include "domain/ordering/order_implementation.h"
#include "domain/ordering/order_request.h"

namespace bizline {

using OrderId = StrongId<struct OrderTag>;
// The product (line) the provisioning capability creates when the order is activated.

// The bizline sub-state of an order, in the order the implementation phase runs.
enum class OrderMilestone {  // kAllOrderMilestones below lists them all
  kAcknowledged,             // ORD-003: complete Order Form received, implementation starts
  kSiteSurvey,               // ORD-026: no compatible line, site survey appointment set
  kRfdIssued,                // ORD-027: the RFD states the delivery conditions and the target date
  kAppointmentSet,           // ORD-004, ORD-005: installation appointment set, order confirmed in writing
  kInstalled,                // ORD-010, ORD-011
  kActivated,                // ORD-012 to ORD-016, ORD-020: configured and activated (U-11)
  kTested,                   // ORD-018: functional and performance tests passed
  kCompleted,
  kCancelled,
  kRejected,
};

inline constexpr OrderMilestone kAllOrderMilestones[] = {OrderMilestone::kAcknowledged, OrderMilestone::kSiteSurvey,
                                                         OrderMilestone::kRfdIssued,    OrderMilestone::kAppointmentSet,
                                                         OrderMilestone::kInstalled,    OrderMilestone::kActivated,
                                                         OrderMilestone::kTested,       OrderMilestone::kCompleted,
                                                         OrderMilestone::kCancelled,    OrderMilestone::kRejected};

// TMF622 ProductOrder states used by bizline.
enum class OrderState { kAcknowledged, kInProgress, kCompleted, kCancelled, kRejected };

std::string_view ToString(OrderMilestone milestone);
std::optional<OrderMilestone> ParseOrderMilestone(std::string_view text);
// The names of every OrderState, for parsing and for saying what is allowed.
extern const EnumNames<OrderState, 5> kOrderStateNames;
std::string_view ToString(OrderState state);
std::optional<OrderState> ParseOrderState(std::string_view text);
OrderState StateOf(OrderMilestone milestone);
bool IsFinal(OrderMilestone milestone);

// U-32: whether a working Proximus line of the ordered technology is already at the Site.
enum class LinePresence { kCompatibleLine, kNoCompatibleLine };

// ORD-043 (a), (b), (c).
enum class RushRefusalReason { kProductionCapacity, kSiteNotReady, kTechnicalConstraints };
enum class RushFeasibility { kPending, kAccepted, kRefused };
// ORD-046: who caused an agreed RFS date to be missed.
enum class RushDelayCause { kProximus, kClient, kForceMajeure, kThirdParty };
// What happens to the Rush Provisioning fee (T-20 #16).
enum class RushFeeDecision {
  kPending,                     // not known before activation (or refusal)
  kCharged,                     // ORD-047 date met, ORD-049 missed for a reason not Proximus'
  kNotChargedRefused,           // ORD-044
  kNotChargedMissedByProximus,  // ORD-048
};

std::string_view ToString(RushRefusalReason value);
std::optional<RushRefusalReason> ParseRushRefusalReason(std::string_view text);
std::string_view ToString(RushFeasibility value);
std::optional<RushFeasibility> ParseRushFeasibility(std::string_view text);
std::string_view ToString(RushDelayCause value);
std::optional<RushDelayCause> ParseRushDelayCause(std::string_view text);
std::string_view ToString(RushFeeDecision value);
std::optional<RushFeeDecision> ParseRushFeeDecision(std::string_view text);

// Rush Provisioning on a Temporary line (ORD-037 to ORD-049).
struct RushProvisioning {
  CivilDay requested_ready_for_service{};  // ORD-039, the RFS date of the Order Form
  CivilDay feasibility_due{};              // ORD-042: 2 business days after receipt
  RushFeasibility feasibility = RushFeasibility::kPending;
  std::optional<RushRefusalReason> refusal_reason;
  std::optional<Instant> answered_at;
  std::optional<RushDelayCause> delay_cause;  // set when an accepted RFS date was missed
  RushFeeDecision fee_decision = RushFeeDecision::kPending;
  Cents fee;  // the price-list amount (T-20 #16); billed only when kCharged

  Cents ChargedFee() const { return fee_decision == RushFeeDecision::kCharged ? fee : Cents(0); }
};

// One entry of the order's history: the milestone reached, when, by whom, and why.
struct OrderEvent {
  OrderMilestone milestone = OrderMilestone::kAcknowledged;
  Instant at{};
  UserId by;
  std::string note;

  friend bool operator==(const OrderEvent&, const OrderEvent&) = default;
};

struct ProductOrder {
  OrderId id;
  CustomerId customer_id;  // the orderer (relatedParty)
  SiteId site_id;          // the installation site of that customer (U-16)
  std::string external_id;
  OrderRequest request;  // formula, options, wifi, initial term (ORD-002)
  std::string sla_tier;  // the tier the order selects (option or formula default)
  LinePresence line = LinePresence::kCompatibleLine;
  OrderMilestone milestone = OrderMilestone::kAcknowledged;
  Instant created_at{};
  std::optional<CivilDay> target_activation_date;  // ORD-022, ORD-033, ORD-045
  std::optional<Instant> appointment_at;           // ORD-004
  std::optional<Instant> activated_at;             // U-11: the Activation Date
  std::optional<Instant> completed_at;
  std::optional<ProductId> product_id;
  std::optional<RushProvisioning> rush;
  std::vector<ImplementationContact> contacts;   // ORD-008, ORD-009
  std::vector<SiteConfirmation> site_readiness;  // SITE-001 to SITE-008, in confirmation order
  std::vector<OrderQuote> quotes;                // ORD-007, ORD-029, ORD-032
  std::vector<InfrastructureWorks> works;        // ORD-025, ORD-028 to ORD-032
  std::vector<LateNotice> late_notices;          // ORD-034, ORD-035
  MobileBackupCoverage mobile_backup;            // CAT-088, CAT-089
  std::vector<OrderEvent> history;
  int version = 0;  // optimistic concurrency: storage refuses an update of a stale copy

  OrderState state() const { return StateOf(milestone); }
  int InitialTermMonths() const {
    return static_cast<int>(request.initial_term_months.value_or(kDefaultInitialTermMonths));
  }
};

}  // namespace bizline
