#include "domain/ordering/order_implementation.h"

#include <utility>

#include "domain/core/enum_names.h"

namespace bizline {
namespace {

constexpr EnumNames<SiteItem, kSiteItemCount> kSiteItems{{
    {SiteItem::kBuildingEntryAccessible, "buildingEntryAccessible"},
    {SiteItem::kCat5eCabling, "cat5eCabling"},
    {SiteItem::kLanConnectionPoint, "lanConnectionPoint"},
    {SiteItem::kLanIpAddress, "lanIpAddress"},
    {SiteItem::kPowerSockets, "powerSockets"},
    {SiteItem::kTelephoneLinePoint, "telephoneLinePoint"},
    {SiteItem::kSystemBackedUp, "systemBackedUp"},
    {SiteItem::kSoftwareCompatible, "softwareCompatible"},
}};

constexpr EnumNames<SiteItem, kSiteItemCount> kSiteRules{{
    {SiteItem::kBuildingEntryAccessible, "SITE-001"},
    {SiteItem::kCat5eCabling, "SITE-002"},
    {SiteItem::kLanConnectionPoint, "SITE-003"},
    {SiteItem::kLanIpAddress, "SITE-004"},
    {SiteItem::kPowerSockets, "SITE-005"},
    {SiteItem::kTelephoneLinePoint, "SITE-006"},
    {SiteItem::kSystemBackedUp, "SITE-007"},
    {SiteItem::kSoftwareCompatible, "SITE-008"},
}};

constexpr EnumNames<QuoteKind, 3> kQuoteKinds{{
    {QuoteKind::kOutOfHoursImplementation, "outOfHoursImplementation"},
    {QuoteKind::kClientBuildingWorks, "clientBuildingWorks"},
    {QuoteKind::kPublicDomainWorks, "publicDomainWorks"},
}};

constexpr EnumNames<QuoteStatus, 3> kQuoteStatuses{{
    {QuoteStatus::kSent, "sent"},
    {QuoteStatus::kApproved, "approved"},
    {QuoteStatus::kDeclined, "declined"},
}};

constexpr EnumNames<WorksLocation, 2> kLocations{{
    {WorksLocation::kClientBuilding, "clientBuilding"},
    {WorksLocation::kPublicDomain, "publicDomain"},
}};

constexpr EnumNames<WorksPerformer, 2> kPerformers{{
    {WorksPerformer::kClient, "client"},
    {WorksPerformer::kProximus, "proximus"},
}};

constexpr EnumNames<IndoorCoverage, 4> kCoverage{{
    {IndoorCoverage::kNotChecked, "notChecked"},
    {IndoorCoverage::kNotAssured, "notAssured"},
    {IndoorCoverage::kCoveredByAntennas, "coveredByAntennas"},
    {IndoorCoverage::kNotCovered, "notCovered"},
}};

}  // namespace

std::string_view ToString(SiteItem item) { return kSiteItems.Name(item); }
std::optional<SiteItem> ParseSiteItem(std::string_view text) { return kSiteItems.Parse(text); }
std::string_view RuleOf(SiteItem item) { return kSiteRules.Name(item); }
std::string_view ToString(QuoteKind value) { return kQuoteKinds.Name(value); }
std::optional<QuoteKind> ParseQuoteKind(std::string_view text) { return kQuoteKinds.Parse(text); }
std::string_view ToString(QuoteStatus value) { return kQuoteStatuses.Name(value); }
std::optional<QuoteStatus> ParseQuoteStatus(std::string_view text) { return kQuoteStatuses.Parse(text); }
std::string_view ToString(WorksLocation value) { return kLocations.Name(value); }
std::optional<WorksLocation> ParseWorksLocation(std::string_view text) { return kLocations.Parse(text); }
std::string_view ToString(WorksPerformer value) { return kPerformers.Name(value); }
std::optional<WorksPerformer> ParseWorksPerformer(std::string_view text) { return kPerformers.Parse(text); }
std::string_view ToString(IndoorCoverage value) { return kCoverage.Name(value); }
std::optional<IndoorCoverage> ParseIndoorCoverage(std::string_view text) { return kCoverage.Parse(text); }

}  // namespace bizline
