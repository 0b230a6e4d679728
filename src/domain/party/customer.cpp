#include "domain/party/customer.h"

#include "domain/party/enterprise_number.h"

namespace bizline {
namespace {

bool IsBlank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// A pragmatic check: one '@', something on both sides, a dot in the domain; one mailbox, local@domain: nothing a mail
// header or the outbox's recipient list would read as a separator or a display name (space, comma, semicolon, angle
// brackets, quotes, controls).
bool LooksLikeEmail(const std::string& s) {
  if (s.size() > 254 || s.find_first_of(" \t,;<>\"()[]\\") != std::string::npos) return false;
  for (unsigned char c : s) {
    if (c < 0x20 || c == 0x7f) return false;
  }
  auto at = s.find('@');
  if (at == std::string::npos || at == 0 || s.find('@', at + 1) != std::string::npos) return false;
  auto dot = s.find('.', at);
  return dot != std::string::npos && dot > at + 1 && dot + 1 < s.size();
}

Status ValidateAddress(const PostalAddress& address, const std::string& prefix) {
  if (IsBlank(address.street)) return Error::Invalid(prefix + ".street", "the street is required");
  if (IsBlank(address.post_code)) return Error::Invalid(prefix + ".postCode", "the post code is required");
  if (IsBlank(address.city)) return Error::Invalid(prefix + ".city", "the city is required");
  if (address.country.size() != 2) {
    return Error::Invalid(prefix + ".country", "the country is a two-letter ISO 3166 code");
  }
  return Ok{};
}

}  // namespace

std::string_view ToString(CustomerStatus status) {
  switch (status) {
    case CustomerStatus::kActive: return "active";
    case CustomerStatus::kSuspended: return "suspended";
    case CustomerStatus::kTerminated: return "terminated";
  }
  return "active";
}

std::optional<CustomerStatus> ParseCustomerStatus(std::string_view text) {
  if (text == "active") return CustomerStatus::kActive;
  if (text == "suspended") return CustomerStatus::kSuspended;
  if (text == "terminated") return CustomerStatus::kTerminated;
  return std::nullopt;
}

Status ValidateCustomer(Customer& customer) {
  if (IsBlank(customer.name)) return Error::Invalid("name", "the customer's legal name is required");
  if (customer.name.size() > 200) return Error::Invalid("name", "the name is longer than 200 characters");
  auto number = NormalizeEnterpriseNumber(customer.enterprise_number);
  if (!number) {
    return Error::Invalid("enterpriseNumber",
                          "not a valid Belgian enterprise number (ten digits, mod-97 check), e.g. 0123.456.749");
  }
  customer.enterprise_number = *number;
  if (customer.employees < kMinimumClientEmployees) {
    return Error::Invalid("numberOfEmployees", "a Client has more than nine employees", "CON-004");
  }
  return ValidateAddress(customer.address, "address");
}

Status ValidateSite(const Site& site) {
  if (IsBlank(site.name)) return Error::Invalid("name", "the site needs a name");
  return ValidateAddress(site.address, "address");
}

Status ValidateRepresentative(const Representative& representative) {
  if (IsBlank(representative.name)) return Error::Invalid("name", "the representative's name is required", "DESK-012");
  if (!LooksLikeEmail(representative.email)) {
    return Error::Invalid("email", "a valid e-mail address is required", "DESK-012");
  }
  if (IsBlank(representative.phone)) {
    return Error::Invalid("phone", "a phone number is required to check callers", "DESK-012");
  }
  if (IsBlank(representative.role)) return Error::Invalid("role", "the representative's role is required");
  return Ok{};
}

}  // namespace bizline
