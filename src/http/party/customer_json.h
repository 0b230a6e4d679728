// TMF629 Customer <-> domain Customer. Enterprise number and employee count travel as
// `characteristic` entries, the registered address as a `contactMedium` of type postalAddress.
#pragma once

#include "app/party/customer_service.h"
#include "domain/core/time_text.h"
#include "http/core/json_io.h"

namespace bizline::http {

inline constexpr std::string_view kCustomerBase = "/tmf-api/customerManagement/v4/customer";

json CustomerToJson(const Customer& customer);
Result<Customer> CustomerFromJson(const json& body);
Result<CustomerPatch> CustomerPatchFromJson(const json& body);

json SiteToJson(const Site& site);
Result<Site> SiteFromJson(const json& body, CustomerId customer);
json RepresentativeToJson(const Representative& representative);
Result<Representative> RepresentativeFromJson(const json& body, CustomerId customer);

}  // namespace bizline::http
