// Use cases on customers, their sites and their authorised representatives. The tenant
// boundary lives here: a customer representative only ever reads its own customer, and a
// request for another customer's record answers NotFound, never the data.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/core/clock.h"
#include "app/party/ports.h"
#include "domain/identity/role.h"

namespace bizline {

// A partial update: only the fields that are set change.
struct CustomerPatch {
  std::optional<std::string> name;
  std::optional<std::string> enterprise_number;
  std::optional<PostalAddress> address;
  std::optional<int> employees;
  std::optional<CustomerStatus> status;
};

class CustomerService {
 public:
  CustomerService(Storage& storage, const Clock& clock) : storage_(storage), clock_(clock) {}

  Result<Page<Customer>> List(const Principal& principal, CustomerFilter filter, PageRequest page);
  Result<Customer> Get(const Principal& principal, CustomerId id);
  Result<Customer> Create(const Principal& principal, Customer customer);
  Result<Customer> Patch(const Principal& principal, CustomerId id, const CustomerPatch& patch);

  Result<std::vector<Site>> Sites(const Principal& principal, CustomerId id);
  Result<Site> AddSite(const Principal& principal, Site site);
  Result<std::vector<Representative>> Representatives(const Principal& principal, CustomerId id);
  Result<Representative> AddRepresentative(const Principal& principal, Representative representative);

 private:
  Storage& storage_;
  const Clock& clock_;
};

}  // namespace bizline
