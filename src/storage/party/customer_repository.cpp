#include "storage/party/customer_repository.h"

#include <soci/soci.h>

#include "app/party/ports.h"
#include "storage/core/db_error.h"
#include "storage/core/statement.h"

namespace bizline {
namespace {

constexpr const char* kCustomerColumns =
    "id, name, enterprise_number, street, post_code, city, country, employees, status, created_at";

// The columns of one customer row, bound by SOCI `into`.
struct CustomerRow {
  long long id = 0;
  std::string name, enterprise_number, street, post_code, city, country, status;
  int employees = 0;
  long long created_at = 0;

  Customer ToDomain() const {
    return Customer{CustomerId(id),
                    name,
                    enterprise_number,
                    {street, post_code, city, country},
                    employees,
                    ParseCustomerStatus(status).value_or(CustomerStatus::kActive),
                    InstantFromEpoch(created_at)};
  }
};

void BindInto(soci::statement& st, CustomerRow& r) {
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.name));
  st.exchange(soci::into(r.enterprise_number));
  st.exchange(soci::into(r.street));
  st.exchange(soci::into(r.post_code));
  st.exchange(soci::into(r.city));
  st.exchange(soci::into(r.country));
  st.exchange(soci::into(r.employees));
  st.exchange(soci::into(r.status));
  st.exchange(soci::into(r.created_at));
}

// Builds the WHERE clause of a customer list; values are always bound, never spliced.
struct CustomerWhere {
  std::string sql = " WHERE 1=1";
  long long only = 0;
  std::string name, status;

  explicit CustomerWhere(const CustomerFilter& f) {
    if (f.only) {
      sql += " AND id = :only";
      only = f.only->value();
    }
    if (f.name) {
      sql += " AND name = :name";
      name = *f.name;
    }
    if (f.status) {
      sql += " AND status = :status";
      status = std::string(ToString(*f.status));
    }
  }
  void Bind(soci::statement& st, const CustomerFilter& f) {
    if (f.only) st.exchange(soci::use(only, "only"));
    if (f.name) st.exchange(soci::use(name, "name"));
    if (f.status) st.exchange(soci::use(status, "status"));
  }
};

}  // namespace

Result<CustomerId> SociCustomerRepository::Insert(const Customer& c) {
  return Guarded([&]() -> Result<CustomerId> {
    long long id = 0;
    std::string status(ToString(c.status));
    long long created = EpochSeconds(c.created_at);
    sql_ << "INSERT INTO customer (name, enterprise_number, street, post_code, city, country, employees, status, "
            "created_at) VALUES (:n, :e, :s, :p, :c, :co, :em, :st, :cr) RETURNING id",
        soci::use(c.name), soci::use(c.enterprise_number), soci::use(c.address.street), soci::use(c.address.post_code),
        soci::use(c.address.city), soci::use(c.address.country), soci::use(c.employees), soci::use(status),
        soci::use(created), soci::into(id);
    return CustomerId(id);
  });
}

Status SociCustomerRepository::Update(const Customer& c) {
  return Guarded([&]() -> Status {
    long long id = c.id.value();
    std::string status(ToString(c.status));
    soci::statement st = (sql_.prepare << "UPDATE customer SET name = :n, enterprise_number = :e, street = :s, "
                                          "post_code = :p, city = :c, country = :co, employees = :em, status = :st "
                                          "WHERE id = :id",
                          soci::use(c.name), soci::use(c.enterprise_number), soci::use(c.address.street),
                          soci::use(c.address.post_code), soci::use(c.address.city), soci::use(c.address.country),
                          soci::use(c.employees), soci::use(status), soci::use(id));
    st.execute(true);
    if (st.get_affected_rows() == 0) return Error::NotFound("no customer with id " + std::to_string(id));
    return Ok{};
  });
}

Result<Customer> SociCustomerRepository::Get(CustomerId id) {
  return Guarded([&]() -> Result<Customer> {
    CustomerRow row;
    long long key = id.value();
    soci::statement st(sql_);
    BindInto(st, row);
    st.exchange(soci::use(key));
    Prepare(st, std::string("SELECT ") + kCustomerColumns + " FROM customer WHERE id = :id");
    st.execute();
    if (!st.fetch()) return Error::NotFound("no customer with id " + std::to_string(key));
    return row.ToDomain();
  });
}

Result<Customer> SociCustomerRepository::FindByEnterpriseNumber(const std::string& number) {
  return Guarded([&]() -> Result<Customer> {
    CustomerRow row;
    soci::statement st(sql_);
    BindInto(st, row);
    st.exchange(soci::use(number));
    Prepare(st, std::string("SELECT ") + kCustomerColumns + " FROM customer WHERE enterprise_number = :e");
    st.execute();
    if (!st.fetch()) return Error::NotFound("no customer with enterprise number " + number);
    return row.ToDomain();
  });
}

Result<Page<Customer>> SociCustomerRepository::List(const CustomerFilter& filter, PageRequest page) {
  return Guarded([&]() -> Result<Page<Customer>> {
    CustomerWhere where(filter);
    return SelectPage<CustomerRow>(sql_, "customer", kCustomerColumns, where, filter, page, BindInto);
  });
}

Result<std::int64_t> SociCustomerRepository::Count() {
  return Guarded([&]() -> Result<std::int64_t> {
    long long total = 0;
    sql_ << "SELECT COUNT(*) FROM customer", soci::into(total);
    return static_cast<std::int64_t>(total);
  });
}

Result<SiteId> SociCustomerRepository::InsertSite(const Site& s) {
  return Guarded([&]() -> Result<SiteId> {
    long long id = 0;
    long long customer = s.customer_id.value();
    sql_ << "INSERT INTO site (customer_id, name, street, post_code, city, country) "
            "VALUES (:cu, :n, :s, :p, :c, :co) RETURNING id",
        soci::use(customer), soci::use(s.name), soci::use(s.address.street), soci::use(s.address.post_code),
        soci::use(s.address.city), soci::use(s.address.country), soci::into(id);
    return SiteId(id);
  });
}

Result<std::vector<Site>> SociCustomerRepository::Sites(CustomerId customer) {
  return Guarded([&]() -> Result<std::vector<Site>> {
    std::vector<Site> sites;
    long long key = customer.value(), id = 0;
    std::string name, street, post_code, city, country;
    soci::statement st =
        (sql_.prepare
             << "SELECT id, name, street, post_code, city, country FROM site WHERE customer_id = :c ORDER BY id",
         soci::use(key), soci::into(id), soci::into(name), soci::into(street), soci::into(post_code), soci::into(city),
         soci::into(country));
    st.execute();
    while (st.fetch()) sites.push_back(Site{SiteId(id), customer, name, {street, post_code, city, country}});
    return sites;
  });
}

Result<RepresentativeId> SociCustomerRepository::InsertRepresentative(const Representative& r) {
  return Guarded([&]() -> Result<RepresentativeId> {
    long long id = 0;
    long long customer = r.customer_id.value();
    sql_ << "INSERT INTO representative (customer_id, name, email, phone, role) VALUES (:c, :n, :e, :p, :r) "
            "RETURNING id",
        soci::use(customer), soci::use(r.name), soci::use(r.email), soci::use(r.phone), soci::use(r.role),
        soci::into(id);
    return RepresentativeId(id);
  });
}

Result<std::vector<Representative>> SociCustomerRepository::Representatives(CustomerId customer) {
  return Guarded([&]() -> Result<std::vector<Representative>> {
    std::vector<Representative> reps;
    long long key = customer.value(), id = 0;
    std::string name, email, phone, role;
    soci::statement st =
        (sql_.prepare << "SELECT id, name, email, phone, role FROM representative "
                         "WHERE customer_id = :c ORDER BY id",
         soci::use(key), soci::into(id), soci::into(name), soci::into(email), soci::into(phone), soci::into(role));
    st.execute();
    while (st.fetch()) reps.push_back(Representative{RepresentativeId(id), customer, name, email, phone, role});
    return reps;
  });
}

}  // namespace bizline
