#include "domain/ordering/order_implementation.h"

#include <array>
#include <utility>

namespace bizline {
namespace {

template <typename E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

template <typename E, std::size_t N>
std::string_view NameOf(const Names<E, N>& names, E value) {
  for (const auto& [v, name] : names) {
    if (v == value) return name;
  }
  return "unknown";
}

template <typename E, std::size_t N>
std::optional<E> ValueOf(const Names<E, N>& names, std::string_view text) {
  for (const auto& [v, name] : names) {
    if (name == text) return v;
  }
  return std::nullopt;
}

constexpr Names<SiteItem, kSiteItemCount> kSiteItems{{
    {SiteItem::kBuildingEntryAccessible, "buildingEntryAccessible"},
    {SiteItem::kCat5eCabling, "cat5eCabling"},
    {SiteItem::kLanConnectionPoint, "lanConnectionPoint"},
    {SiteItem::kLanIpAddress, "lanIpAddress"},
    {SiteItem::kPowerSockets, "powerSockets"},
    {SiteItem::kTelephoneLinePoint, "telephoneLinePoint"},
    {SiteItem::kSystemBackedUp, "systemBackedUp"},
    {SiteItem::kSoftwareCompatible, "softwareCompatible"},
}};

constexpr Names<SiteItem, kSiteItemCount> kSiteRules{{
    {SiteItem::kBuildingEntryAccessible, "SITE-001"},
    {SiteItem::kCat5eCabling, "SITE-002"},
    {SiteItem::kLanConnectionPoint, "SITE-003"},
    {SiteItem::kLanIpAddress, "SITE-004"},
    {SiteItem::kPowerSockets, "SITE-005"},
    {SiteItem::kTelephoneLinePoint, "SITE-006"},
    {SiteItem::kSystemBackedUp, "SITE-007"},
    {SiteItem::kSoftwareCompatible, "SITE-008"},
}};

constexpr Names<QuoteKind, 3> kQuoteKinds{{
    {QuoteKind::kOutOfHoursImplementation, "outOfHoursImplementation"},
    {QuoteKind::kClientBuildingWorks, "clientBuildingWorks"},
    {QuoteKind::kPublicDomainWorks, "publicDomainWorks"},
}};

constexpr Names<QuoteStatus, 3> kQuoteStatuses{{
    {QuoteStatus::kSent, "sent"},
    {QuoteStatus::kApproved, "approved"},
    {QuoteStatus::kDeclined, "declined"},
}};

constexpr Names<WorksLocation, 2> kLocations{{
    {WorksLocation::kClientBuilding, "clientBuilding"},
    {WorksLocation::kPublicDomain, "publicDomain"},
}};

constexpr Names<WorksPerformer, 2> kPerformers{{
    {WorksPerformer::kClient, "client"},
    {WorksPerformer::kProximus, "proximus"},
}};

constexpr Names<IndoorCoverage, 4> kCoverage{{
    {IndoorCoverage::kNotChecked, "notChecked"},
    {IndoorCoverage::kNotAssured, "notAssured"},
    {IndoorCoverage::kCoveredByAntennas, "coveredByAntennas"},
    {IndoorCoverage::kNotCovered, "notCovered"},
}};

}  // namespace

std::string_view ToString(SiteItem item) { return NameOf(kSiteItems, item); }
std::optional<SiteItem> ParseSiteItem(std::string_view text) { return ValueOf(kSiteItems, text); }
std::string_view RuleOf(SiteItem item) { return NameOf(kSiteRules, item); }
std::string_view ToString(QuoteKind value) { return NameOf(kQuoteKinds, value); }
std::optional<QuoteKind> ParseQuoteKind(std::string_view text) { return ValueOf(kQuoteKinds, text); }
std::string_view ToString(QuoteStatus value) { return NameOf(kQuoteStatuses, value); }
std::optional<QuoteStatus> ParseQuoteStatus(std::string_view text) { return ValueOf(kQuoteStatuses, text); }
std::string_view ToString(WorksLocation value) { return NameOf(kLocations, value); }
std::optional<WorksLocation> ParseWorksLocation(std::string_view text) { return ValueOf(kLocations, text); }
std::string_view ToString(WorksPerformer value) { return NameOf(kPerformers, value); }
std::optional<WorksPerformer> ParseWorksPerformer(std::string_view text) { return ValueOf(kPerformers, text); }
std::string_view ToString(IndoorCoverage value) { return NameOf(kCoverage, value); }
std::optional<IndoorCoverage> ParseIndoorCoverage(std::string_view text) { return ValueOf(kCoverage, text); }

}  // namespace bizline
