#include "app/inventory/line_import.h"

#include <map>
#include <tuple>

#include "app/inventory/ports.h"
#include "app/party/ports.h"
#include "domain/calendar/brussels_time.h"

namespace bizline {
namespace {

constexpr const char* kImportOrderRef = "import";  // what the line shows as its order reference

// The customers and sites of one import: looked up once, created when missing.
class PartyResolver {
 public:
  PartyResolver(Transaction& tx, Instant now, LineImportReport& report) : tx_(tx), now_(now), report_(report) {}

  Result<CustomerId> CustomerOf(const Customer& wanted) {
    if (auto it = customers_.find(wanted.enterprise_number); it != customers_.end()) return it->second;
    auto found = Customers(tx_).FindByEnterpriseNumber(wanted.enterprise_number);
    CustomerId id;
    if (found) {
      id = found->id;
    } else if (found.error().code == ErrorCode::kNotFound) {
      Customer customer = wanted;
      customer.created_at = now_;
      ASSIGN_OR_RETURN(id, Customers(tx_).Insert(customer));
      ++report_.customers_created;
    } else {
      return found.error();
    }
    customers_.emplace(wanted.enterprise_number, id);
    return id;
  }

  Result<SiteId> SiteOf(CustomerId customer, const PostalAddress& address) {
    const auto key = std::make_tuple(customer.value(), address.street, address.post_code, address.city);
    if (!loaded_.contains(customer.value())) {
      ASSIGN_OR_RETURN(auto sites, Customers(tx_).Sites(customer));
      for (const Site& s : sites) {
        sites_.emplace(std::make_tuple(customer.value(), s.address.street, s.address.post_code, s.address.city), s.id);
      }
      loaded_.emplace(customer.value(), true);
    }
    if (auto it = sites_.find(key); it != sites_.end()) return it->second;
    ASSIGN_OR_RETURN(auto id, Customers(tx_).InsertSite(Site{SiteId{}, customer, address.street, address}));
    ++report_.sites_created;
    sites_.emplace(key, id);
    return id;
  }

 private:
  Transaction& tx_;
  Instant now_;
  LineImportReport& report_;
  std::map<std::string, CustomerId> customers_;
  std::map<std::tuple<std::int64_t, std::string, std::string, std::string>, SiteId> sites_;
  std::map<std::int64_t, bool> loaded_;
};

// The instant a line activated on `day` starts: 00:00 in Brussels (CON-007).
Instant StartOf(CivilDay day) { return FromBrusselsLocal(LocalSeconds(day)); }

}  // namespace

CivilDay LineImporter::Today() const { return BrusselsDay(clock_.Now()); }

Result<LineImportReport> LineImporter::Import(std::span<const ImportedLine> lines, std::vector<RowProblem>& problems) {
  const Instant now = clock_.Now();
  const std::size_t before = problems.size();
  LineImportReport report;
  ASSIGN_OR_RETURN(auto tx, storage_.Begin(TxMode::kWrite));
  PartyResolver parties(*tx, now, report);
  for (const ImportedLine& line : lines) {
    ASSIGN_OR_RETURN(auto customer, parties.CustomerOf(line.customer));
    auto existing = Products(*tx).FindByRadiusUserName(line.user_name);
    if (existing) {
      if (existing->customer_id != customer) {
        problems.push_back({line.row, "user_name", "",
                            "this User-Name is already the line " + std::to_string(existing->id.value()) +
                                " of another customer (id " + std::to_string(existing->customer_id.value()) + ")"});
      } else {
        ++report.already_present;
      }
      continue;
    }
    if (existing.error().code != ErrorCode::kNotFound) return existing.error();
    ASSIGN_OR_RETURN(auto site, parties.SiteOf(customer, line.site));
    LineSpec spec;
    spec.customer = customer;
    spec.site = site;
    spec.order_ref = kImportOrderRef;
    spec.formula = line.order.formula;
    spec.options = line.order.options;
    spec.wifi = line.order.wifi;
    spec.radius_user_name = line.user_name;
    spec.notice = ActivationNotice::kAlreadyGiven;
    auto product = provisioning_.ProvisionLine(*tx, spec, StartOf(line.activation_day));
    if (!product) {
      const ErrorCode code = product.error().code;
      if (code != ErrorCode::kInvalidArgument && code != ErrorCode::kFailedPrecondition) return product.error();
      // The row is fine but cannot be stored (an address pool is exhausted, ...): the transaction is
      // spent, so the whole import stops here with that row named.
      problems.push_back({line.row, product.error().field.empty() ? "row" : product.error().field, product.error().rule,
                          product.error().message});
      return report;
    }
    ++report.imported;
  }
  if (problems.size() != before) return report;  // the transaction is dropped: nothing stored
  TRY(tx->Commit());
  return report;
}

}  // namespace bizline
