#include "app/demo/demo_data.h"

#include "app/ordering/order_service.h"
#include "app/ordering/ports.h"
#include "app/party/ports.h"
#include "domain/calendar/brussels_time.h"

namespace bizline {
namespace {

// The CLI acts as the system administrator when it loads demo data.
const Principal kSystem{UserId(), Role::kAdmin, CustomerId()};

struct DemoCustomer {
  Customer customer;
  std::vector<Site> sites;
  std::vector<Representative> representatives;
  std::string login_email;
  std::string login_name;
};

std::vector<DemoCustomer> DemoCustomers() {
  return {
      {Customer{CustomerId(),
                "Acme NV",
                "0403.170.701",
                {"Rue de la Loi 16", "1000", "Brussels", "BE"},
                42,
                CustomerStatus::kActive,
                {}},
       {Site{SiteId(), CustomerId(), "Head office", {"Rue de la Loi 16", "1000", "Brussels", "BE"}},
        Site{SiteId(), CustomerId(), "Antwerp depot", {"Noorderlaan 100", "2030", "Antwerpen", "BE"}},
        Site{SiteId(), CustomerId(), "Liège warehouse", {"Quai de la Boverie 2", "4020", "Liège", "BE"}},
        Site{SiteId(), CustomerId(), "Trade fair stand", {"Place de Belgique 1", "1020", "Brussels", "BE"}}},
       {Representative{RepresentativeId(), CustomerId(), "Ann Peeters", "rep@acme.example", "+32 2 555 01 01",
                       "IT manager"},
        Representative{RepresentativeId(), CustomerId(), "Luc Janssens", "luc@acme.example", "+32 475 55 01 02",
                       "Office manager"}},
       "rep@acme.example",
       "Ann Peeters"},
      {Customer{CustomerId(),
                "Globex BV",
                "0202.239.951",
                {"Kouter 1", "9000", "Gent", "BE"},
                120,
                CustomerStatus::kActive,
                {}},
       {Site{SiteId(), CustomerId(), "Gent campus", {"Kouter 1", "9000", "Gent", "BE"}},
        Site{SiteId(), CustomerId(), "Brugge office", {"Markt 7", "8000", "Brugge", "BE"}}},
       {Representative{RepresentativeId(), CustomerId(), "Hank Scorpio", "rep@globex.example", "+32 9 555 02 01",
                       "CEO"}},
       "rep@globex.example",
       "Hank Scorpio"},
  };
}

}  // namespace

const std::vector<DemoLogin>& DemoLogins() {
  static const std::vector<DemoLogin> kLogins{{"admin@bizline.example", "admin"},
                                              {"agent@bizline.example", "agent-l1"},
                                              {"rep@acme.example", "customer-rep (Acme NV)"},
                                              {"rep@globex.example", "customer-rep (Globex BV)"}};
  return kLogins;
}

Result<DemoOutcome> LoadDemoData(Storage& storage, CustomerService& customers, AuthService& auth) {
  {
    ASSIGN_OR_RETURN(auto tx, storage.Begin(TxMode::kRead));
    ASSIGN_OR_RETURN(auto count, Customers(*tx).Count());
    if (count > 0) return DemoOutcome::kAlreadyPresent;
  }
  for (auto& demo : DemoCustomers()) {
    ASSIGN_OR_RETURN(auto created, customers.Create(kSystem, demo.customer));
    for (auto site : demo.sites) {
      site.customer_id = created.id;
      TRY(customers.AddSite(kSystem, site));
    }
    for (auto rep : demo.representatives) {
      rep.customer_id = created.id;
      TRY(customers.AddRepresentative(kSystem, rep));
    }
    auto user = auth.AddUserAsSystem({demo.login_email, demo.login_name, "demo", Role::kCustomerRep, created.id});
    if (!user) return user.error();
  }
  for (auto [email, name, role] : {std::tuple{"admin@bizline.example", "Alex Admin", Role::kAdmin},
                                   std::tuple{"agent@bizline.example", "Sam Agent", Role::kAgentL1}}) {
    auto user = auth.AddUserAsSystem({email, name, "demo", role, CustomerId()});
    if (!user) return user.error();
  }
  return DemoOutcome::kLoaded;
}

namespace {

struct DemoLine {
  std::string customer;  // the demo customer's name
  std::string site;      // the site's name
  LineSpec spec;
  int days_ago = 0;  // activated this many days before `now`
};

OrderOption IpPackOf(std::int64_t size) { return {"ip-pack", {{"ipv4BlockSize", size}}}; }

std::vector<DemoLine> DemoLines() {
  auto spec = [](std::string ref, std::string formula, std::vector<OrderOption> options, WifiChoice wifi, int term) {
    return LineSpec{CustomerId(), SiteId(), std::move(ref), std::move(formula), std::move(options), wifi, "", term,
                    "",           ""};
  };
  return {
      {"Acme NV", "Head office",
       spec("DEMO-1", "fullfiber-extended",
            {IpPackOf(8), {"mobile-backup", {{"feasibilityStudy", std::string("positive")}}}, {"sla-premium", {}}},
            WifiChoice::kOn, 36),
       200},
      {"Acme NV", "Antwerp depot", spec("DEMO-2", "internet-pro", {{"fixed-ipv4", {}}}, WifiChoice::kOff, 0), 45},
      {"Globex BV", "Gent campus", spec("DEMO-3", "internet-pro-plus", {{"sla-medium", {}}}, WifiChoice::kOn, 24), 320},
      {"Globex BV", "Gent campus", spec("DEMO-4", "fullfiber", {}, WifiChoice::kOn, 0), 12},
  };
}

Result<std::pair<CustomerId, SiteId>> FindSite(Transaction& tx, const std::string& customer, const std::string& site) {
  CustomerFilter filter;
  filter.name = customer;
  ASSIGN_OR_RETURN(auto found, Customers(tx).List(filter, {}));
  if (found.items.empty()) return Error::NotFound("no demo customer " + customer);
  CustomerId id = found.items.front().id;
  ASSIGN_OR_RETURN(auto sites, Customers(tx).Sites(id));
  for (const Site& s : sites) {
    if (s.name == site) return std::pair{id, s.id};
  }
  return Error::NotFound("no demo site " + site + " for " + customer);
}

}  // namespace

Result<int> LoadDemoLines(Storage& storage, const ProvisioningService& provisioning, Instant now) {
  int made = 0;
  for (DemoLine line : DemoLines()) {
    ASSIGN_OR_RETURN(auto tx, storage.Begin(TxMode::kWrite));
    ASSIGN_OR_RETURN(auto where, FindSite(*tx, line.customer, line.site));
    line.spec.customer = where.first;
    line.spec.site = where.second;
    auto id = provisioning.ProvisionLine(*tx, line.spec, now - std::chrono::days(line.days_ago));
    if (!id) return id.error();
    TRY((tx)->Commit());
    ++made;
  }
  return made;
}

namespace {

// 10:00 Brussels on the business day after `from`: inside Business Hours (U-01, ORD-006).
Instant NextBusinessMorning(Instant from) {
  CivilDay day = AddBusinessDays(BrusselsDay(from), 1);
  return FromBrusselsLocal(LocalSeconds(day.time_since_epoch()) + std::chrono::hours(10));
}

ContactInput Contact(std::string name, std::string phone, std::string email) {
  return {{std::move(name), std::move(phone), std::move(email)}, "relatedParty"};
}

Principal RepOf(CustomerId customer) { return {UserId(), Role::kCustomerRep, customer}; }

Result<ProductOrder> Place(OrderService& orders, OrderIntake intake) {
  const Principal rep = RepOf(intake.customer);
  ASSIGN_OR_RETURN(auto created, orders.Create(rep, std::move(intake)));
  if (!created.order) {
    const Violation& v = created.violations.front();
    return Error::Invalid(v.field, "demo order refused: " + v.message, v.rule);
  }
  return *created.order;
}

Result<ProductOrder> Step(OrderService& orders, const ProductOrder& order, OrderStep step) {
  OrderChange change;
  change.step = std::move(step);
  return orders.Change({UserId(), Role::kProvisioning, CustomerId()}, order.id, change);
}

}  // namespace

Result<int> LoadDemoOrders(Storage& storage, const Catalog& catalog, LineProvisioner& provisioner, Instant now) {
  SettableClock clock(now);
  OrderService orders(storage, clock, catalog, provisioner);
  Result<std::pair<CustomerId, SiteId>> liege = Error::NotFound(""), brugge = liege, stand = liege;
  {
    ASSIGN_OR_RETURN(auto tx, storage.Begin(TxMode::kRead));
    liege = FindSite(*tx, "Acme NV", "Liège warehouse");
    brugge = FindSite(*tx, "Globex BV", "Brugge office");
    stand = FindSite(*tx, "Acme NV", "Trade fair stand");
  }
  for (const auto* where : {&liege, &brugge, &stand}) {
    if (!*where) return where->error();
  }

  // Acme's Liège warehouse: placed today by its representative, contact named (ORD-008).
  OrderIntake warehouse;
  warehouse.customer = liege->first;
  warehouse.site = liege->second;
  warehouse.external_id = "ACME-PO-2026-118";
  warehouse.request.formula = "internet-pro-plus";
  warehouse.request.options = {{"ip-pack", {{"ipv4BlockSize", std::int64_t{8}}}}, {"sla-premium", {}}};
  warehouse.request.wifi = WifiChoice::kOn;
  warehouse.request.initial_term_months = 36;
  warehouse.line = LinePresence::kCompatibleLine;
  warehouse.contacts = {Contact("Luc Janssens", "+32 475 55 01 02", "luc@acme.example")};
  TRY(Place(orders, std::move(warehouse)));

  // Globex's Brugge office: placed 45 days ago and confirmed the next day with its appointment;
  // the target activation date (20 business days later, ORD-022) has passed without activation.
  clock.Set(now - std::chrono::days(45));
  OrderIntake office;
  office.customer = brugge->first;
  office.site = brugge->second;
  office.external_id = "GLX-2026-0042";
  office.request.formula = "fullfiber";
  office.request.wifi = WifiChoice::kOn;
  office.line = LinePresence::kCompatibleLine;
  office.contacts = {Contact("Hank Scorpio", "+32 9 555 02 01", "rep@globex.example")};
  ASSIGN_OR_RETURN(auto late, Place(orders, std::move(office)));
  clock.Set(now - std::chrono::days(44));
  OrderStep appointment;
  appointment.to = OrderMilestone::kAppointmentSet;
  appointment.appointment = NextBusinessMorning(clock.Now());
  TRY(Step(orders, late, appointment));

  // Acme's trade-fair stand: a Temporary line wanted in 8 days, Rush Provisioning asked, the
  // feasibility answer due within 2 business days (ORD-042).
  clock.Set(now);
  OrderIntake fair;
  fair.customer = stand->first;
  fair.site = stand->second;
  fair.external_id = "ACME-EXPO-2027";
  fair.request.formula = "temporary-internet-pro-plus";
  fair.request.options = {
      {std::string(kRushOptionId),
       {{std::string(kRushDateCharacteristic), FormatCivilDay(AddBusinessDays(BrusselsDay(now), 6))}}}};
  fair.request.wifi = WifiChoice::kOn;
  fair.line = LinePresence::kCompatibleLine;
  fair.contacts = {Contact("Ann Peeters", "+32 2 555 01 01", "rep@acme.example")};
  TRY(Place(orders, std::move(fair)));
  return 3;
}

}  // namespace bizline
