#include "http/party/customer_json.h"

#include <date/date.h>

namespace bizline::http {
namespace {

json AddressToJson(const PostalAddress& a) {
  return {{"street1", a.street}, {"postCode", a.post_code}, {"city", a.city}, {"country", a.country}};
}

Result<PostalAddress> AddressFromJson(const json& object, const std::string& path) {
  if (!object.is_object()) return Error::Invalid(path, "must be an object");
  TRY(RejectUnknownMembers(object, {"street1", "postCode", "city", "country"}, path));
  PostalAddress a;
  ASSIGN_OR_RETURN(auto street, RequiredString(object, "street1", path));
  ASSIGN_OR_RETURN(auto post, RequiredString(object, "postCode", path));
  ASSIGN_OR_RETURN(auto city, RequiredString(object, "city", path));
  ASSIGN_OR_RETURN(auto country, OptionalString(object, "country", path));
  return PostalAddress{street, post, city, country.value_or("BE")};
}

// Finds the postalAddress entry of a contactMedium array.
Result<std::optional<PostalAddress>> PostalAddressOf(const json& body) {
  auto it = body.find("contactMedium");
  if (it == body.end()) return std::optional<PostalAddress>();
  if (!it->is_array()) return Error::Invalid("contactMedium", "must be an array");
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& medium = (*it)[i];
    std::string path = "contactMedium[" + std::to_string(i) + "]";
    if (!medium.is_object()) return Error::Invalid(path, "must be an object");
    ASSIGN_OR_RETURN(auto type, OptionalString(medium, "mediumType", path));
    if (type.value_or("") != "postalAddress") continue;
    auto c = medium.find("characteristic");
    if (c == medium.end()) return Error::Invalid(path + ".characteristic", "is required");
    ASSIGN_OR_RETURN(auto address, AddressFromJson(*c, path + ".characteristic"));
    return std::optional<PostalAddress>(address);
  }
  return std::optional<PostalAddress>();
}

struct Characteristics {
  std::optional<std::string> enterprise_number;
  std::optional<std::int64_t> employees;
};

Result<Characteristics> CharacteristicsOf(const json& body) {
  Characteristics out;
  auto it = body.find("characteristic");
  if (it == body.end()) return out;
  if (!it->is_array()) return Error::Invalid("characteristic", "must be an array");
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& c = (*it)[i];
    std::string path = "characteristic[" + std::to_string(i) + "]";
    if (!c.is_object()) return Error::Invalid(path, "must be an object");
    auto name = RequiredString(c, "name", path);
    if (!name) return name.error();
    if (*name == "enterpriseNumber") {
      auto v = RequiredString(c, "value", path);
      if (!v) return Error::Invalid("enterpriseNumber", "must be a string such as \"0403.170.701\"");
      out.enterprise_number = *v;
    } else if (*name == "numberOfEmployees") {
      auto v = OptionalInteger(c, "value", path);
      if (!v || !v->has_value()) return Error::Invalid("numberOfEmployees", "must be an integer", "CON-004");
      out.employees = **v;
    } else {
      return Error::Invalid(path + ".name",
                            "unknown characteristic '" + *name + "' (known: enterpriseNumber, numberOfEmployees)");
    }
  }
  return out;
}

Status RejectUnknownCustomerMembers(const json& body) {
  return RejectUnknownMembers(body, {"id", "href", "name", "status", "characteristic", "contactMedium", "engagedParty",
                                     "validFor", "statusReason"});
}

Result<int> EmployeesAsInt(std::int64_t employees) {
  if (employees < 0 || employees > 10'000'000) return Error::Invalid("numberOfEmployees", "out of range");
  return static_cast<int>(employees);
}

}  // namespace

json CustomerToJson(const Customer& c) {
  std::string id = std::to_string(c.id.value());
  return {{"id", id},
          {"href", std::string(kCustomerBase) + "/" + id},
          {"@type", "Customer"},
          {"name", c.name},
          {"status", std::string(ToString(c.status))},
          {"engagedParty", {{"id", id}, {"name", c.name}, {"@referredType", "Organization"}}},
          {"characteristic",
           json::array({{{"name", "enterpriseNumber"}, {"valueType", "string"}, {"value", c.enterprise_number}},
                        {{"name", "numberOfEmployees"}, {"valueType", "integer"}, {"value", c.employees}}})},
          {"contactMedium",
           json::array(
               {{{"mediumType", "postalAddress"}, {"preferred", true}, {"characteristic", AddressToJson(c.address)}}})},
          {"validFor", {{"startDateTime", FormatInstant(c.created_at)}}}};
}

Result<Customer> CustomerFromJson(const json& body) {
  TRY(RejectUnknownCustomerMembers(body));
  Customer c;
  auto name = RequiredString(body, "name");
  if (!name) return name.error();
  c.name = *name;
  ASSIGN_OR_RETURN(auto chars, CharacteristicsOf(body));
  if (!chars.enterprise_number) return Error::Invalid("enterpriseNumber", "is required (a characteristic)");
  if (!chars.employees) return Error::Invalid("numberOfEmployees", "is required (a characteristic)", "CON-004");
  c.enterprise_number = *chars.enterprise_number;
  auto employees = EmployeesAsInt(*chars.employees);
  if (!employees) return employees.error();
  c.employees = *employees;
  auto address = PostalAddressOf(body);
  if (!address) return address.error();
  if (!address->has_value()) return Error::Invalid("contactMedium", "a postalAddress contact medium is required");
  c.address = **address;
  auto status = OptionalString(body, "status");
  if (!status) return status.error();
  if (status->has_value()) {
    auto parsed = ParseCustomerStatus(**status);
    if (!parsed) return Error::Invalid("status", "must be one of active, suspended, terminated");
    c.status = *parsed;
  }
  return c;
}

Result<CustomerPatch> CustomerPatchFromJson(const json& body) {
  TRY(RejectUnknownCustomerMembers(body));
  if (body.contains("id") || body.contains("href")) return Error::Invalid("id", "id and href are set by the server");
  CustomerPatch patch;
  auto name = OptionalString(body, "name");
  if (!name) return name.error();
  patch.name = *name;
  ASSIGN_OR_RETURN(auto chars, CharacteristicsOf(body));
  patch.enterprise_number = chars.enterprise_number;
  if (chars.employees) {
    auto employees = EmployeesAsInt(*chars.employees);
    if (!employees) return employees.error();
    patch.employees = *employees;
  }
  auto address = PostalAddressOf(body);
  if (!address) return address.error();
  patch.address = *address;
  auto status = OptionalString(body, "status");
  if (!status) return status.error();
  if (status->has_value()) {
    auto parsed = ParseCustomerStatus(**status);
    if (!parsed) return Error::Invalid("status", "must be one of active, suspended, terminated");
    patch.status = *parsed;
  }
  return patch;
}

json SiteToJson(const Site& s) {
  return {{"id", std::to_string(s.id.value())},
          {"customerId", std::to_string(s.customer_id.value())},
          {"name", s.name},
          {"address", AddressToJson(s.address)}};
}

Result<Site> SiteFromJson(const json& body, CustomerId customer) {
  TRY(RejectUnknownMembers(body, {"name", "address"}));
  ASSIGN_OR_RETURN(auto name, RequiredString(body, "name"));
  auto it = body.find("address");
  if (it == body.end()) return Error::Invalid("address", "is required");
  ASSIGN_OR_RETURN(auto address, AddressFromJson(*it, "address"));
  return Site{SiteId(), customer, name, address};
}

json RepresentativeToJson(const Representative& r) {
  return {{"id", std::to_string(r.id.value())},
          {"customerId", std::to_string(r.customer_id.value())},
          {"name", r.name},
          {"email", r.email},
          {"phone", r.phone},
          {"role", r.role}};
}

Result<Representative> RepresentativeFromJson(const json& body, CustomerId customer) {
  TRY(RejectUnknownMembers(body, {"name", "email", "phone", "role"}));
  Representative r;
  r.customer_id = customer;
  for (auto [field, target] : {std::pair{"name", &r.name}, std::pair{"email", &r.email}, std::pair{"phone", &r.phone},
                               std::pair{"role", &r.role}}) {
    ASSIGN_OR_RETURN(auto value, RequiredString(body, field));
    *target = value;
  }
  return r;
}

}  // namespace bizline::http
