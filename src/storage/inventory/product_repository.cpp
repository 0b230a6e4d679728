#include "storage/inventory/product_repository.h"

#include <soci/soci.h>

#include <sstream>

#include "app/inventory/ports.h"
#include "storage/core/db_error.h"
#include "storage/core/statement.h"

namespace bizline {
namespace {

constexpr const char* kColumns =
    "id, customer_id, site_id, order_ref, formula, name, options, status, speed_down_mbps, speed_up_mbps, cpe_type, "
    "cpe_serial, wifi, open_ports, reserved_ports, mailbox_count, mailbox_size_gb, managed_firewall, mobile_backup, "
    "sla_tier, ipv4_mode, ipv4_address, ipv6_mode, ipv6_prefix, ip_pack_ipv4_block, ip_pack_ipv6_prefix, "
    "ip_pack_ipv6_gateway, ripe_pending_block_size, contract_start, initial_term_months, initial_term_end, "
    "terminated_at, first_config_backup_at, cpe_return_due, radius_user_name";
constexpr int kInsertedColumns = 34;  // every column but id

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, separator)) out.push_back(item);
  return out;
}

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ",") + item;
  return out;
}

std::string EncodePorts(const std::vector<OpenPort>& ports) {
  std::vector<std::string> items;
  for (const auto& p : ports) items.push_back(std::to_string(p.port) + "/" + p.protocol + "/" + p.service);
  return Join(items);
}

std::vector<OpenPort> DecodePorts(const std::string& text) {
  std::vector<OpenPort> out;
  for (const auto& item : Split(text, ',')) {
    auto parts = Split(item, '/');
    if (parts.size() != 3) continue;
    out.push_back({std::stoi(parts[0]), parts[1], parts[2]});
  }
  return out;
}

std::string EncodeInts(const std::vector<int>& values) {
  std::vector<std::string> items;
  for (int v : values) items.push_back(std::to_string(v));
  return Join(items);
}

std::vector<int> DecodeInts(const std::string& text) {
  std::vector<int> out;
  for (const auto& item : Split(text, ',')) out.push_back(std::stoi(item));
  return out;
}

// The columns of one product row, bound by SOCI `into` and `use` alike.
struct ProductRow {
  long long id = 0, customer = 0, site = 0;
  std::string order_ref, formula, name, options, status;
  int down = 0, up = 0;
  soci::indicator speed_ind = soci::i_ok, up_ind = soci::i_ok;
  std::string cpe_type, cpe_serial, wifi, open_ports, reserved_ports;
  int mailbox_count = 0, mailbox_size = 0;
  std::string firewall, backup, sla_tier, ipv4_mode, ipv4_address, ipv6_mode, ipv6_prefix, pack_v4, pack_v6, pack_gw;
  int ripe = 0;
  long long start = 0;
  int term_months = 0;
  long long term_end = 0, terminated = 0;
  soci::indicator terminated_ind = soci::i_null;
  long long config_backup = 0, cpe_due = 0;
  soci::indicator config_backup_ind = soci::i_null, cpe_due_ind = soci::i_null;
  std::string radius_user;
  soci::indicator radius_ind = soci::i_null;

  static ProductRow From(const Product& p) {
    ProductRow r;
    r.id = p.id.value();
    r.customer = p.customer_id.value();
    r.site = p.site_id.value();
    r.order_ref = p.order_ref;
    r.formula = p.formula;
    r.name = p.name;
    r.options = Join(p.options);
    r.status = ToString(p.status);
    r.speed_ind = p.speed ? soci::i_ok : soci::i_null;
    r.up_ind = r.speed_ind;
    if (p.speed) {
      r.down = p.speed->down_mbps;
      r.up = p.speed->up_mbps;
    }
    r.cpe_type = ToString(p.cpe.type);
    r.cpe_serial = p.cpe.serial;
    r.wifi = ToString(p.wifi);
    r.open_ports = EncodePorts(p.open_ports);
    r.reserved_ports = EncodeInts(p.reserved_ports);
    r.mailbox_count = p.mailboxes.count;
    r.mailbox_size = p.mailboxes.size_gb;
    r.firewall = ToString(p.managed_firewall);
    r.backup = ToString(p.mobile_backup);
    r.sla_tier = p.sla_tier;
    r.ipv4_mode = ToString(p.addressing.ipv4_mode);
    r.ipv4_address = p.addressing.ipv4_address;
    r.ipv6_mode = ToString(p.addressing.ipv6_mode);
    r.ipv6_prefix = p.addressing.ipv6_prefix;
    r.pack_v4 = p.addressing.ip_pack_ipv4_block;
    r.pack_v6 = p.addressing.ip_pack_ipv6_prefix;
    r.pack_gw = p.addressing.ip_pack_ipv6_gateway;
    r.ripe = p.addressing.ripe_pending_block_size;
    r.start = EpochSeconds(p.contract_start);
    r.term_months = p.initial_term_months;
    r.term_end = EpochSeconds(p.initial_term_end);
    r.terminated_ind = p.terminated_at ? soci::i_ok : soci::i_null;
    if (p.terminated_at) r.terminated = EpochSeconds(*p.terminated_at);
    r.config_backup_ind = p.first_config_backup_at ? soci::i_ok : soci::i_null;
    if (p.first_config_backup_at) r.config_backup = EpochSeconds(*p.first_config_backup_at);
    r.cpe_due_ind = p.cpe_return_due ? soci::i_ok : soci::i_null;
    if (p.cpe_return_due) r.cpe_due = EpochSeconds(*p.cpe_return_due);
    r.radius_user = p.radius_user_name;
    r.radius_ind = p.radius_user_name.empty() ? soci::i_null : soci::i_ok;  // UNIQUE allows many NULLs
    return r;
  }

  Product ToDomain() const {
    Product p;
    p.id = ProductId(id);
    p.customer_id = CustomerId(customer);
    p.site_id = SiteId(site);
    p.order_ref = order_ref;
    p.formula = formula;
    p.name = name;
    p.options = Split(options, ',');
    p.status = ParseProductStatus(status).value_or(ProductStatus::kActive);
    if (speed_ind == soci::i_ok) p.speed = Speed{down, up};
    p.cpe = {ParseCpeType(cpe_type).value_or(CpeType::kRouter), cpe_serial};
    p.wifi = ParseWifiState(wifi).value_or(WifiState::kOff);
    p.open_ports = DecodePorts(open_ports);
    p.reserved_ports = DecodeInts(reserved_ports);
    p.mailboxes = {mailbox_count, mailbox_size};
    p.managed_firewall = ParseComponentState(firewall).value_or(ComponentState::kNotIncluded);
    p.mobile_backup = ParseComponentState(backup).value_or(ComponentState::kNotIncluded);
    p.sla_tier = sla_tier;
    p.addressing = {ParseAddressMode(ipv4_mode).value_or(AddressMode::kDynamic),
                    ipv4_address,
                    ParseAddressMode(ipv6_mode).value_or(AddressMode::kDynamic),
                    ipv6_prefix,
                    pack_v4,
                    pack_v6,
                    pack_gw,
                    ripe};
    p.contract_start = InstantFromEpoch(start);
    p.initial_term_months = term_months;
    p.initial_term_end = InstantFromEpoch(term_end);
    if (terminated_ind == soci::i_ok) p.terminated_at = InstantFromEpoch(terminated);
    if (config_backup_ind == soci::i_ok) p.first_config_backup_at = InstantFromEpoch(config_backup);
    if (cpe_due_ind == soci::i_ok) p.cpe_return_due = InstantFromEpoch(cpe_due);
    if (radius_ind == soci::i_ok) p.radius_user_name = radius_user;
    return p;
  }
};

void BindInto(soci::statement& st, ProductRow& r) {
  for (auto* v : {&r.id, &r.customer, &r.site}) st.exchange(soci::into(*v));
  for (auto* v : {&r.order_ref, &r.formula, &r.name, &r.options, &r.status}) st.exchange(soci::into(*v));
  st.exchange(soci::into(r.down, r.speed_ind));
  st.exchange(soci::into(r.up, r.up_ind));
  for (auto* v : {&r.cpe_type, &r.cpe_serial, &r.wifi, &r.open_ports, &r.reserved_ports}) st.exchange(soci::into(*v));
  st.exchange(soci::into(r.mailbox_count));
  st.exchange(soci::into(r.mailbox_size));
  for (auto* v : {&r.firewall, &r.backup, &r.sla_tier, &r.ipv4_mode, &r.ipv4_address, &r.ipv6_mode, &r.ipv6_prefix,
                  &r.pack_v4, &r.pack_v6, &r.pack_gw}) {
    st.exchange(soci::into(*v));
  }
  st.exchange(soci::into(r.ripe));
  st.exchange(soci::into(r.start));
  st.exchange(soci::into(r.term_months));
  st.exchange(soci::into(r.term_end));
  st.exchange(soci::into(r.terminated, r.terminated_ind));
  st.exchange(soci::into(r.config_backup, r.config_backup_ind));
  st.exchange(soci::into(r.cpe_due, r.cpe_due_ind));
  st.exchange(soci::into(r.radius_user, r.radius_ind));
}

// Builds the WHERE clause of a product list; values are always bound, never spliced.
struct ProductWhere {
  std::string sql = " WHERE 1=1";
  long long only = 0, customer = 0, site = 0;
  std::string status, formula;

  explicit ProductWhere(const ProductFilter& f) {
    if (f.only) {
      sql += " AND customer_id = :only";
      only = f.only->value();
    }
    if (f.customer) {
      sql += " AND customer_id = :customer";
      customer = f.customer->value();
    }
    if (f.site) {
      sql += " AND site_id = :site";
      site = f.site->value();
    }
    if (f.status) {
      sql += " AND status = :status";
      status = std::string(ToString(*f.status));
    }
    if (f.formula) {
      sql += " AND formula = :formula";
      formula = *f.formula;
    }
  }
  void Bind(soci::statement& st, const ProductFilter& f) {
    if (f.only) st.exchange(soci::use(only, "only"));
    if (f.customer) st.exchange(soci::use(customer, "customer"));
    if (f.site) st.exchange(soci::use(site, "site"));
    if (f.status) st.exchange(soci::use(status, "status"));
    if (f.formula) st.exchange(soci::use(formula, "formula"));
  }
};

}  // namespace

Result<ProductId> SociProductRepository::Insert(const Product& p) {
  return Guarded([&]() -> Result<ProductId> {
    ProductRow r = ProductRow::From(p);
    long long id = 0;
    soci::statement st(sql_);
    for (auto* v : {&r.customer, &r.site}) st.exchange(soci::use(*v));
    for (auto* v : {&r.order_ref, &r.formula, &r.name, &r.options, &r.status}) st.exchange(soci::use(*v));
    st.exchange(soci::use(r.down, r.speed_ind));
    st.exchange(soci::use(r.up, r.up_ind));
    for (auto* v : {&r.cpe_type, &r.cpe_serial, &r.wifi, &r.open_ports, &r.reserved_ports}) st.exchange(soci::use(*v));
    st.exchange(soci::use(r.mailbox_count));
    st.exchange(soci::use(r.mailbox_size));
    for (auto* v : {&r.firewall, &r.backup, &r.sla_tier, &r.ipv4_mode, &r.ipv4_address, &r.ipv6_mode, &r.ipv6_prefix,
                    &r.pack_v4, &r.pack_v6, &r.pack_gw}) {
      st.exchange(soci::use(*v));
    }
    st.exchange(soci::use(r.ripe));
    st.exchange(soci::use(r.start));
    st.exchange(soci::use(r.term_months));
    st.exchange(soci::use(r.term_end));
    st.exchange(soci::use(r.terminated, r.terminated_ind));
    st.exchange(soci::use(r.config_backup, r.config_backup_ind));
    st.exchange(soci::use(r.cpe_due, r.cpe_due_ind));
    st.exchange(soci::use(r.radius_user, r.radius_ind));
    st.exchange(soci::into(id));
    std::string columns = std::string(kColumns).substr(4);  // without "id, "
    std::string values;
    for (int i = 1; i <= kInsertedColumns; ++i) values += (i == 1 ? ":v" : ", :v") + std::to_string(i);
    Prepare(st, "INSERT INTO product (" + columns + ") VALUES (" + values + ") RETURNING id");
    st.execute(true);
    return ProductId(id);
  });
}

Status SociProductRepository::UpdateAddressing(ProductId id, const LineAddressing& a) {
  return Guarded([&]() -> Status {
    long long key = id.value();
    std::string v4_mode(ToString(a.ipv4_mode)), v6_mode(ToString(a.ipv6_mode));
    int ripe = a.ripe_pending_block_size;
    soci::statement st = (sql_.prepare << "UPDATE product SET ipv4_mode = :a, ipv4_address = :b, ipv6_mode = :c, "
                                          "ipv6_prefix = :d, ip_pack_ipv4_block = :e, ip_pack_ipv6_prefix = :f, "
                                          "ip_pack_ipv6_gateway = :g, ripe_pending_block_size = :h WHERE id = :id",
                          soci::use(v4_mode), soci::use(a.ipv4_address), soci::use(v6_mode), soci::use(a.ipv6_prefix),
                          soci::use(a.ip_pack_ipv4_block), soci::use(a.ip_pack_ipv6_prefix),
                          soci::use(a.ip_pack_ipv6_gateway), soci::use(ripe), soci::use(key));
    st.execute(true);
    if (st.get_affected_rows() == 0) return Error::NotFound("no product with id " + std::to_string(key));
    return Ok{};
  });
}

Status SociProductRepository::MarkTerminated(ProductId id, Instant at, Instant cpe_return_due) {
  return Guarded([&]() -> Status {
    long long key = id.value(), when = EpochSeconds(at), due = EpochSeconds(cpe_return_due);
    soci::statement st = (sql_.prepare << "UPDATE product SET status = 'terminated', terminated_at = :t, "
                                          "cpe_return_due = :d WHERE id = :id AND status = 'active'",
                          soci::use(when), soci::use(due), soci::use(key));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      return Error::Precondition("product " + std::to_string(key) + " is not an active product");
    }
    return Ok{};
  });
}

Status SociProductRepository::UpdateLine(const Product& p) {
  return Guarded([&]() -> Status {
    ProductRow r = ProductRow::From(p);
    soci::statement st(sql_);
    st.exchange(soci::use(r.options, "options"));
    st.exchange(soci::use(r.down, r.speed_ind, "down"));
    st.exchange(soci::use(r.up, r.up_ind, "up"));
    st.exchange(soci::use(r.wifi, "wifi"));
    st.exchange(soci::use(r.backup, "backup"));
    st.exchange(soci::use(r.sla_tier, "tier"));
    st.exchange(soci::use(r.id, "id"));
    Prepare(st,
            "UPDATE product SET options = :options, speed_down_mbps = :down, speed_up_mbps = :up, wifi = :wifi, "
            "mobile_backup = :backup, sla_tier = :tier WHERE id = :id AND status = 'active'");
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      return Error::Precondition("product " + std::to_string(r.id) + " is not an active product");
    }
    return UpdateAddressing(p.id, p.addressing);
  });
}

Status SociProductRepository::Lock(ProductId id) {
  return Guarded([&]() -> Status {
    long long key = id.value(), found = 0;
    std::string query = "SELECT id FROM product WHERE id = :id";
    if (sql_.get_backend_name() == "postgresql") query += " FOR UPDATE";
    soci::statement st(sql_);
    st.exchange(soci::into(found));
    st.exchange(soci::use(key, "id"));
    Prepare(st, query);
    if (!st.execute(true)) return Error::NotFound("no product with id " + std::to_string(key));
    return Ok{};
  });
}

Result<Product> SociProductRepository::Get(ProductId id) {
  return Guarded([&]() -> Result<Product> {
    ProductRow r;
    long long key = id.value();
    soci::statement st(sql_);
    BindInto(st, r);
    st.exchange(soci::use(key, "id"));
    Prepare(st, std::string("SELECT ") + kColumns + " FROM product WHERE id = :id");
    st.execute();
    if (!st.fetch()) return Error::NotFound("no product with id " + std::to_string(key));
    return r.ToDomain();
  });
}

Result<Product> SociProductRepository::FindByRadiusUserName(const std::string& user_name) {
  return Guarded([&]() -> Result<Product> {
    ProductRow r;
    std::string key = user_name;
    soci::statement st(sql_);
    BindInto(st, r);
    st.exchange(soci::use(key, "user"));
    Prepare(st, std::string("SELECT ") + kColumns + " FROM product WHERE radius_user_name = :user");
    st.execute();
    if (!st.fetch()) return Error::NotFound("no line with RADIUS User-Name " + user_name);
    return r.ToDomain();
  });
}

Status SociProductRepository::ForEachLine(const std::function<Status(const Product&)>& visit) {
  return Guarded([&]() -> Status {
    ProductRow r;
    soci::statement st(sql_);
    BindInto(st, r);
    Prepare(st, std::string("SELECT ") + kColumns + " FROM product WHERE radius_user_name IS NOT NULL ORDER BY id");
    st.execute();
    while (st.fetch()) TRY(visit(r.ToDomain()));
    return Ok{};
  });
}

Status SociProductRepository::SetRadiusUserName(ProductId id, const std::string& user_name) {
  return Guarded([&]() -> Status {
    long long key = id.value();
    std::string value = user_name;
    soci::statement st =
        (sql_.prepare << "UPDATE product SET radius_user_name = :u WHERE id = :id", soci::use(value), soci::use(key));
    st.execute(true);
    if (st.get_affected_rows() == 0) return Error::NotFound("no product with id " + std::to_string(key));
    return Ok{};
  });
}

Result<Page<Product>> SociProductRepository::List(const ProductFilter& filter, PageRequest page) {
  return Guarded([&]() -> Result<Page<Product>> {
    ProductWhere where(filter);
    return SelectPage<ProductRow>(sql_, "product", kColumns, where, filter, page, BindInto);
  });
}

Result<std::int64_t> SociProductRepository::InsertFirewallChange(const FirewallChangeRequest& r) {
  return Guarded([&]() -> Result<std::int64_t> {
    long long id = 0, product = r.product.value(), customer = r.customer.value(), by = r.requested_by.value();
    long long created = EpochSeconds(r.created_at), amount = r.amount ? r.amount->value() : 0;
    soci::indicator by_ind = r.requested_by.value() != 0 ? soci::i_ok : soci::i_null;
    soci::indicator amount_ind = r.amount ? soci::i_ok : soci::i_null;
    std::string channel(ToString(r.channel)), charge(ToString(r.charge));
    sql_ << "INSERT INTO firewall_change_request (product_id, customer_id, description, channel, requested_by, "
            "created_at, charge, price_item, amount_cents) VALUES (:p, :c, :d, :ch, :by, :t, :charge, :item, :amount) "
            "RETURNING id",
        soci::use(product), soci::use(customer), soci::use(r.description), soci::use(channel), soci::use(by, by_ind),
        soci::use(created), soci::use(charge), soci::use(r.price_item), soci::use(amount, amount_ind), soci::into(id);
    return static_cast<std::int64_t>(id);
  });
}

Result<std::vector<FirewallChangeRequest>> SociProductRepository::FirewallChangesOf(ProductId product) {
  return Guarded([&]() -> Result<std::vector<FirewallChangeRequest>> {
    std::vector<FirewallChangeRequest> out;
    long long id = 0, owner = product.value(), customer = 0, by = 0, created = 0, amount = 0;
    soci::indicator by_ind = soci::i_null, amount_ind = soci::i_null;
    std::string description, channel, charge, item;
    soci::statement st =
        (sql_.prepare << "SELECT id, customer_id, description, channel, requested_by, created_at, charge, price_item, "
                         "amount_cents FROM firewall_change_request WHERE product_id = :p ORDER BY id",
         soci::use(owner), soci::into(id), soci::into(customer), soci::into(description), soci::into(channel),
         soci::into(by, by_ind), soci::into(created), soci::into(charge), soci::into(item),
         soci::into(amount, amount_ind));
    st.execute();
    while (st.fetch()) {
      FirewallChangeRequest r;
      r.id = id;
      r.product = product;
      r.customer = CustomerId(customer);
      r.description = description;
      r.channel = ParseFirewallChangeChannel(channel).value_or(FirewallChangeChannel::kEmail);
      if (by_ind == soci::i_ok) r.requested_by = UserId(by);
      r.created_at = InstantFromEpoch(created);
      r.charge = ParseChangeCharge(charge).value_or(ChangeCharge::kChargeable);
      r.price_item = item;
      if (amount_ind == soci::i_ok) r.amount = Cents(amount);
      out.push_back(std::move(r));
    }
    return out;
  });
}

}  // namespace bizline
