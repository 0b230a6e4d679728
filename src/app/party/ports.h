// Ports of the party capability: customers, their sites and authorised representatives.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/core/page.h"
#include "app/core/storage.h"
#include "domain/party/customer.h"

namespace bizline {

struct CustomerFilter {
  std::optional<CustomerId> only;  // set for a customer representative: the tenant boundary
  std::optional<std::string> name;
  std::optional<CustomerStatus> status;
};

class CustomerRepository {
 public:
  virtual ~CustomerRepository() = default;
  virtual Result<CustomerId> Insert(const Customer& customer) = 0;
  virtual Status Update(const Customer& customer) = 0;
  virtual Result<Customer> Get(CustomerId id) = 0;
  // `number` in canonical form ("0123.456.749"); NotFound when no customer has it.
  virtual Result<Customer> FindByEnterpriseNumber(const std::string& number) = 0;
  virtual Result<Page<Customer>> List(const CustomerFilter& filter, PageRequest page) = 0;
  virtual Result<std::int64_t> Count() = 0;

  virtual Result<SiteId> InsertSite(const Site& site) = 0;
  virtual Result<std::vector<Site>> Sites(CustomerId customer) = 0;
  virtual Result<RepresentativeId> InsertRepresentative(const Representative& representative) = 0;
  virtual Result<std::vector<Representative>> Representatives(CustomerId customer) = 0;
};

inline CustomerRepository& Customers(Transaction& tx) { return tx.Repository<CustomerRepository>(); }

}  // namespace bizline
