#include "app/party/customer_service.h"

#include "app/core/permissions.h"
#include "app/party/ports.h"

namespace bizline {
namespace {

Error NoSuchCustomer(CustomerId id) { return Error::NotFound("no customer with id " + std::to_string(id.value())); }

}  // namespace

Result<Page<Customer>> CustomerService::List(const Principal& principal, CustomerFilter filter, PageRequest page) {
  TRY(Require(principal, Operation::kCustomerRead));
  if (!principal.IsStaff()) filter.only = principal.customer_id;
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  return Customers(*tx).List(filter, page);
}

Result<Customer> CustomerService::Get(const Principal& principal, CustomerId id) {
  if (!principal.CanSee(id)) return NoSuchCustomer(id);
  TRY(Require(principal, Operation::kCustomerRead));
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  auto customer = Customers(*tx).Get(id);
  if (!customer && customer.error().code == ErrorCode::kNotFound) return NoSuchCustomer(id);
  return customer;
}

Result<Customer> CustomerService::Create(const Principal& principal, Customer customer) {
  TRY(Require(principal, Operation::kCustomerManage));
  TRY(ValidateCustomer(customer));
  customer.created_at = clock_.Now();
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  auto id = Customers(*tx).Insert(customer);
  if (!id) {
    if (id.error().code == ErrorCode::kAlreadyExists) {
      return Error{ErrorCode::kAlreadyExists,
                   "a customer with enterprise number " + customer.enterprise_number + " exists",
                   "enterpriseNumber",
                   {}};
    }
    return id.error();
  }
  TRY((tx)->Commit());
  customer.id = *id;
  return customer;
}

Result<Customer> CustomerService::Patch(const Principal& principal, CustomerId id, const CustomerPatch& patch) {
  if (!principal.CanSee(id)) return NoSuchCustomer(id);
  TRY(Require(principal, Operation::kCustomerManage));
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  ASSIGN_OR_RETURN(auto current, Customers(*tx).Get(id));
  Customer customer = current;
  if (patch.name) customer.name = *patch.name;
  if (patch.enterprise_number) customer.enterprise_number = *patch.enterprise_number;
  if (patch.address) customer.address = *patch.address;
  if (patch.employees) customer.employees = *patch.employees;
  if (patch.status) customer.status = *patch.status;
  TRY(ValidateCustomer(customer));
  if (auto s = Customers(*tx).Update(customer); !s) {
    if (s.error().code == ErrorCode::kAlreadyExists) {
      return Error{ErrorCode::kAlreadyExists,
                   "a customer with enterprise number " + customer.enterprise_number + " exists",
                   "enterpriseNumber",
                   {}};
    }
    return s.error();
  }
  TRY((tx)->Commit());
  return customer;
}

Result<std::vector<Site>> CustomerService::Sites(const Principal& principal, CustomerId id) {
  if (!principal.CanSee(id)) return NoSuchCustomer(id);
  TRY(Require(principal, Operation::kCustomerRead));
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  TRY(Customers(*tx).Get(id));
  return Customers(*tx).Sites(id);
}

Result<Site> CustomerService::AddSite(const Principal& principal, Site site) {
  if (!principal.CanSee(site.customer_id)) return NoSuchCustomer(site.customer_id);
  TRY(Require(principal, Operation::kSiteAdd));
  TRY(ValidateSite(site));
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  TRY(Customers(*tx).Get(site.customer_id));
  auto id = Customers(*tx).InsertSite(site);
  if (!id) return id.error();
  TRY((tx)->Commit());
  site.id = *id;
  return site;
}

Result<std::vector<Representative>> CustomerService::Representatives(const Principal& principal, CustomerId id) {
  if (!principal.CanSee(id)) return NoSuchCustomer(id);
  TRY(Require(principal, Operation::kCustomerRead));
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kRead));
  TRY(Customers(*tx).Get(id));
  return Customers(*tx).Representatives(id);
}

// U-15: the Client maintains its list of representatives through the portal or the service
// desk, so a representative may add to its own customer's list.
Result<Representative> CustomerService::AddRepresentative(const Principal& principal, Representative rep) {
  if (!principal.CanSee(rep.customer_id)) return NoSuchCustomer(rep.customer_id);
  TRY(Require(principal, Operation::kRepresentativeAdd));
  TRY(ValidateRepresentative(rep));
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  TRY(Customers(*tx).Get(rep.customer_id));
  auto id = Customers(*tx).InsertRepresentative(rep);
  if (!id) {
    if (id.error().code == ErrorCode::kAlreadyExists) {
      return Error{ErrorCode::kAlreadyExists,
                   "this customer already has a representative with e-mail " + rep.email,
                   "email",
                   {}};
    }
    return id.error();
  }
  TRY((tx)->Commit());
  rep.id = *id;
  return rep;
}

}  // namespace bizline
