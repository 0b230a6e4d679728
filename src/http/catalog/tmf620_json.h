// TMF620 Product Catalog (v4) shapes of the domain Catalog: one ProductOffering per formula
// (a bundle of its DEF/OPT options) and per option, one ProductSpecification per formula and per
// component (speeds, IP, mailboxes, ports, wifi, CPE, volume, SLA tier, Solution Elements as
// productSpecCharacteristic) and one ProductOfferingPrice per price-list item (EUR from integer
// cents). Descriptions carry the contract's texts a portal must show: the speed disclaimers with
// the speed-check addresses also as attachments (CAT-029, CAT-030, CAT-032), and the notes of
// each component (e.g. the mobile backup conditions). Pure functions: the routes under
// /tmf-api/productCatalogManagement/v4/ call them with their base href.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "domain/catalog/catalog.h"

namespace bizline::http {

inline constexpr std::string_view kProductCatalogBase = "/tmf-api/productCatalogManagement/v4";

// `base_href` is the API root the hrefs start with, e.g. kProductCatalogBase or
// "https://host/tmf-api/productCatalogManagement/v4"; a trailing '/' is ignored.
nlohmann::json FormulaOfferingJson(const Catalog& catalog, const Formula& formula, std::string_view base_href);
nlohmann::json OptionOfferingJson(const Catalog& catalog, const ComponentDef& option, std::string_view base_href);
nlohmann::json FormulaSpecificationJson(const Catalog& catalog, const Formula& formula, std::string_view base_href);
// Any component, orderable or included (its functions, Solution Elements and notes).
nlohmann::json ComponentSpecificationJson(const Catalog& catalog, const ComponentDef& component,
                                          std::string_view base_href);
nlohmann::json ProductOfferingPriceJson(const PriceItem& price, std::string_view base_href);

// Whole collections, formulas first then options (specifications: every component), in
// catalog order.
nlohmann::json ProductOfferingsJson(const Catalog& catalog, std::string_view base_href);
nlohmann::json ProductSpecificationsJson(const Catalog& catalog, std::string_view base_href);
nlohmann::json ProductOfferingPricesJson(const Catalog& catalog, std::string_view base_href);

// One resource by id (a formula or option id; a price id); nullopt when unknown.
std::optional<nlohmann::json> FindProductOfferingJson(const Catalog& catalog, std::string_view id,
                                                      std::string_view base_href);
std::optional<nlohmann::json> FindProductSpecificationJson(const Catalog& catalog, std::string_view id,
                                                           std::string_view base_href);
std::optional<nlohmann::json> FindProductOfferingPriceJson(const Catalog& catalog, std::string_view id,
                                                           std::string_view base_href);

// TMF lifecycleStatus: Launched, Retired for stop-sell, "In design" while pending.
std::string_view LifecycleStatus(FormulaStatus status);

}  // namespace bizline::http
