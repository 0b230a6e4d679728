// TMF629 Customer <-> domain Customer. Enterprise number and employee count travel as
// `characteristic` entries, the registered address as a `contactMedium` of type postalAddress.
#pragma once

#include "app/customer_service.h"
#include "http/json_io.h"

namespace bizline::http {

inline constexpr std::string_view kCustomerBase = "/tmf-api/customerManagement/v4/customer";

json CustomerToJson(const Customer& customer);
Result<Customer> CustomerFromJson(const json& body);
Result<CustomerPatch> CustomerPatchFromJson(const json& body);

json SiteToJson(const Site& site);
Result<Site> SiteFromJson(const json& body, CustomerId customer);
json RepresentativeToJson(const Representative& representative);
Result<Representative> RepresentativeFromJson(const json& body, CustomerId customer);

std::string FormatInstant(Instant instant);  // ISO 8601 UTC, e.g. 2026-11-26T09:44:00Z

}  // namespace bizline::http
