// Customers, sites and representatives in SQL.
#pragma once

#include "app/party/ports.h"

namespace soci {
class session;
}

namespace bizline {

class SociCustomerRepository final : public CustomerRepository {
 public:
  explicit SociCustomerRepository(soci::session& session) : sql_(session) {}

  Result<CustomerId> Insert(const Customer& customer) override;
  Status Update(const Customer& customer) override;
  Result<Customer> Get(CustomerId id) override;
  Result<Customer> FindByEnterpriseNumber(const std::string& number) override;
  Result<Page<Customer>> List(const CustomerFilter& filter, PageRequest page) override;
  Result<std::int64_t> Count() override;

  Result<SiteId> InsertSite(const Site& site) override;
  Result<std::vector<Site>> Sites(CustomerId customer) override;
  Result<RepresentativeId> InsertRepresentative(const Representative& representative) override;
  Result<std::vector<Representative>> Representatives(CustomerId customer) override;

 private:
  soci::session& sql_;
};

}  // namespace bizline
