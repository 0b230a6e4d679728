// What an order carries through the rest of the implementation phase, as plain values: the
// persons the Client appoints to supervise it (ORD-008, ORD-009), the Annex 1 site checklist the
// Client confirms (SITE-001 to SITE-008), quotes (outside Business Hours, ORD-007; works,
// ORD-029, ORD-032), infrastructure works (ORD-025, ORD-028 to ORD-032), the notices of late
// activation (ORD-034, ORD-035) and the indoor coverage of mobile backup (CAT-088, CAT-089).
// The rules over them live in order_contacts, order_site_readiness, order_quotes, order_works,
// order_lateness, order_mobile_backup and order_charges.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/calendar/belgian_holidays.h"
#include "domain/core/ids.h"
#include "domain/core/instant.h"
#include "domain/core/money.h"

namespace bizline {

// ORD-008: a person the Client appoints to supervise the Service. ORD-009 asks that one be
// reachable by phone throughout the implementation phase, so the phone is required.
struct ImplementationContact {
  std::string name;
  std::string phone;
  std::string email;  // optional

  friend bool operator==(const ImplementationContact&, const ImplementationContact&) = default;
};

// Annex 1: the technical prerequisites the Client makes sure of before installation.
enum class SiteItem {
  kBuildingEntryAccessible,  // SITE-001
  kCat5eCabling,             // SITE-002: entry point -> CPE location
  kLanConnectionPoint,       // SITE-003
  kLanIpAddress,             // SITE-004
  kPowerSockets,             // SITE-005: two sockets within 1 m of the CPE (230 V accepted, X-38)
  kTelephoneLinePoint,       // SITE-006: copper formulas only
  kSystemBackedUp,           // SITE-007
  kSoftwareCompatible,       // SITE-008: software and antivirus
};
inline constexpr int kSiteItemCount = 8;

std::string_view ToString(SiteItem item);
std::optional<SiteItem> ParseSiteItem(std::string_view text);
std::string_view RuleOf(SiteItem item);  // "SITE-001" ...

// One item the Client (or staff on its behalf) confirmed.
struct SiteConfirmation {
  SiteItem item = SiteItem::kBuildingEntryAccessible;
  Instant at{};
  UserId by;

  friend bool operator==(const SiteConfirmation&, const SiteConfirmation&) = default;
};

enum class QuoteKind { kOutOfHoursImplementation, kClientBuildingWorks, kPublicDomainWorks };
enum class QuoteStatus { kSent, kApproved, kDeclined };

std::string_view ToString(QuoteKind value);
std::optional<QuoteKind> ParseQuoteKind(std::string_view text);
std::string_view ToString(QuoteStatus value);
std::optional<QuoteStatus> ParseQuoteStatus(std::string_view text);

// A quote sent to the Client. An approved quote is an additional charge of the order.
struct OrderQuote {
  int id = 0;  // 1, 2, ... within the order
  QuoteKind kind = QuoteKind::kOutOfHoursImplementation;
  Cents amount;
  std::string reason;
  // Works quotes: the activation date the works lead to (ORD-029 "the lead time", ORD-032 "the
  // extent of the delay"); it becomes the order's target when the Client approves.
  std::optional<CivilDay> target_activation_date;
  QuoteStatus status = QuoteStatus::kSent;
  Instant sent_at{};
  std::optional<Instant> answered_at;
  UserId answered_by;

  friend bool operator==(const OrderQuote&, const OrderQuote&) = default;
};

enum class WorksLocation { kClientBuilding, kPublicDomain };
enum class WorksPerformer { kClient, kProximus };

std::string_view ToString(WorksLocation value);
std::optional<WorksLocation> ParseWorksLocation(std::string_view text);
std::string_view ToString(WorksPerformer value);
std::optional<WorksPerformer> ParseWorksPerformer(std::string_view text);

// Infrastructure works from the site survey's activity list (ORD-027).
struct InfrastructureWorks {
  int id = 0;  // 1, 2, ... within the order
  WorksLocation location = WorksLocation::kClientBuilding;
  WorksPerformer performer = WorksPerformer::kClient;
  std::string description;                      // the activity; public domain: the cause of the delay (ORD-032)
  std::optional<CivilDay> expected_completion;  // performer client: the date it states (ORD-028)
  std::optional<Instant> completed_at;          // performer client: its completion notice (ORD-028)
  int quote_id = 0;                             // performer Proximus: the quote sent first (ORD-029, ORD-032)
  Instant recorded_at{};

  friend bool operator==(const InfrastructureWorks&, const InfrastructureWorks&) = default;
};

// ORD-034, ORD-035: what the Client was told about a late activation.
struct LateNotice {
  CivilDay missed_target{};          // the target activation date that passed
  int business_days_late = 0;        // at the time of the notice
  std::string reason;                // empty: the reasons follow
  std::optional<CivilDay> new_date;  // ORD-035: the new planned date, when known
  Instant at{};
  UserId by;  // invalid: the late-activation watch

  friend bool operator==(const LateNotice&, const LateNotice&) = default;
};

// CAT-088, CAT-089: indoor mobile coverage found during implementation.
enum class IndoorCoverage {
  kNotChecked,         // nothing recorded: the pre-sales feasibility study stands (CAT-086)
  kNotAssured,         // CAT-088: staff found it not assured; antennas may be installed
  kCoveredByAntennas,  // the antennas gave coverage
  kNotCovered,         // CAT-089: they did not; mobile backup left the order
};

std::string_view ToString(IndoorCoverage value);
std::optional<IndoorCoverage> ParseIndoorCoverage(std::string_view text);

struct MobileBackupCoverage {
  IndoorCoverage status = IndoorCoverage::kNotChecked;
  int antennas = 0;     // installed indoor antennas (CAT-088, a paid option)
  Cents antenna_price;  // per antenna, from the price list when installed (T-20 #15)
  std::optional<Instant> recorded_at;

  friend bool operator==(const MobileBackupCoverage&, const MobileBackupCoverage&) = default;
};

}  // namespace bizline
