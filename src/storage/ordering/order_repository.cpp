#include "storage/ordering/order_repository.h"

#include <soci/soci.h>

#include "app/ordering/ports.h"
#include "storage/core/db_error.h"
#include "storage/core/statement.h"

namespace bizline {
namespace {

// A nullable BIGINT column as SOCI exchanges it.
struct NullableInt {
  long long value = 0;
  soci::indicator ind = soci::i_null;

  static NullableInt Of(std::optional<long long> v) {
    return v ? NullableInt{*v, soci::i_ok} : NullableInt{0, soci::i_null};
  }
  std::optional<long long> get() const { return ind == soci::i_ok ? std::optional<long long>(value) : std::nullopt; }
};

std::optional<long long> EpochOf(const std::optional<Instant>& t) {
  return t ? std::optional<long long>(EpochSeconds(*t)) : std::nullopt;
}
std::optional<Instant> InstantOf(const NullableInt& n) {
  auto v = n.get();
  return v ? std::optional<Instant>(InstantFromEpoch(*v)) : std::nullopt;
}
std::string DayText(const std::optional<CivilDay>& day) { return day ? FormatCivilDay(*day) : std::string(); }

std::string WifiText(WifiChoice wifi) {
  switch (wifi) {
    case WifiChoice::kOn: return "on";
    case WifiChoice::kOff: return "off";
    case WifiChoice::kUnstated: return "";
  }
  return "";
}
WifiChoice WifiOf(const std::string& text) {
  if (text == "on") return WifiChoice::kOn;
  if (text == "off") return WifiChoice::kOff;
  return WifiChoice::kUnstated;
}

// Every column of product_order except id, in the order of kColumns.
struct OrderRow {
  long long customer = 0, site = 0;
  std::string external_id, formula, wifi;
  NullableInt initial_term;
  std::string technology, sla_tier;
  int compatible_line = 1;
  std::string milestone, state;
  long long created_at = 0;
  std::string target_date;
  NullableInt appointment_at, activated_at, completed_at, product_id;
  std::string rush_rfs, rush_due, rush_feasibility, rush_refusal;
  NullableInt rush_answered_at;
  std::string rush_delay_cause, rush_fee_decision;
  long long rush_fee = 0;
  std::string indoor_coverage = "notChecked";
  int indoor_antennas = 0;
  long long indoor_antenna_cents = 0;
  NullableInt indoor_coverage_at;
  int version = 1;
};

constexpr const char* kColumns =
    "customer_id, site_id, external_id, formula, wifi, initial_term_months, technology, sla_tier, compatible_line, "
    "milestone, state, created_at, target_activation_date, appointment_at, activated_at, completed_at, product_id, "
    "rush_requested_rfs, rush_feasibility_due, rush_feasibility, rush_refusal_reason, rush_answered_at, "
    "rush_delay_cause, rush_fee_decision, rush_fee_cents, indoor_coverage, indoor_antennas, indoor_antenna_cents, "
    "indoor_coverage_at, version";

OrderRow ToRow(const ProductOrder& o) {
  OrderRow r;
  r.customer = o.customer_id.value();
  r.site = o.site_id.value();
  r.external_id = o.external_id;
  r.formula = o.request.formula;
  r.wifi = WifiText(o.request.wifi);
  r.initial_term = NullableInt::Of(
      o.request.initial_term_months ? std::optional<long long>(*o.request.initial_term_months) : std::nullopt);
  r.technology = o.request.technology.value_or("");
  r.sla_tier = o.sla_tier;
  r.compatible_line = o.line == LinePresence::kCompatibleLine ? 1 : 0;
  r.milestone = std::string(ToString(o.milestone));
  r.state = std::string(ToString(o.state()));
  r.created_at = EpochSeconds(o.created_at);
  r.target_date = DayText(o.target_activation_date);
  r.appointment_at = NullableInt::Of(EpochOf(o.appointment_at));
  r.activated_at = NullableInt::Of(EpochOf(o.activated_at));
  r.completed_at = NullableInt::Of(EpochOf(o.completed_at));
  r.product_id = NullableInt::Of(o.product_id ? std::optional<long long>(o.product_id->value()) : std::nullopt);
  if (o.rush) {
    const RushProvisioning& rush = *o.rush;
    r.rush_rfs = FormatCivilDay(rush.requested_ready_for_service);
    r.rush_due = FormatCivilDay(rush.feasibility_due);
    r.rush_feasibility = std::string(ToString(rush.feasibility));
    r.rush_refusal = rush.refusal_reason ? std::string(ToString(*rush.refusal_reason)) : "";
    r.rush_answered_at = NullableInt::Of(EpochOf(rush.answered_at));
    r.rush_delay_cause = rush.delay_cause ? std::string(ToString(*rush.delay_cause)) : "";
    r.rush_fee_decision = std::string(ToString(rush.fee_decision));
    r.rush_fee = rush.fee.value();
  }
  r.indoor_coverage = std::string(ToString(o.mobile_backup.status));
  r.indoor_antennas = o.mobile_backup.antennas;
  r.indoor_antenna_cents = o.mobile_backup.antenna_price.value();
  r.indoor_coverage_at = NullableInt::Of(EpochOf(o.mobile_backup.recorded_at));
  r.version = o.version;
  return r;
}

ProductOrder FromRow(long long id, const OrderRow& r) {
  ProductOrder o;
  o.id = OrderId(id);
  o.customer_id = CustomerId(r.customer);
  o.site_id = SiteId(r.site);
  o.external_id = r.external_id;
  o.request.formula = r.formula;
  o.request.wifi = WifiOf(r.wifi);
  if (auto term = r.initial_term.get()) o.request.initial_term_months = *term;
  if (!r.technology.empty()) o.request.technology = r.technology;
  o.sla_tier = r.sla_tier;
  o.line = r.compatible_line != 0 ? LinePresence::kCompatibleLine : LinePresence::kNoCompatibleLine;
  o.milestone = ParseOrderMilestone(r.milestone).value_or(OrderMilestone::kAcknowledged);
  o.created_at = InstantFromEpoch(r.created_at);
  o.target_activation_date = ParseCivilDay(r.target_date);
  o.appointment_at = InstantOf(r.appointment_at);
  o.activated_at = InstantOf(r.activated_at);
  o.completed_at = InstantOf(r.completed_at);
  if (auto p = r.product_id.get()) o.product_id = ProductId(*p);
  if (!r.rush_rfs.empty()) {
    RushProvisioning rush;
    rush.requested_ready_for_service = ParseCivilDay(r.rush_rfs).value_or(CivilDay{});
    rush.feasibility_due = ParseCivilDay(r.rush_due).value_or(CivilDay{});
    rush.feasibility = ParseRushFeasibility(r.rush_feasibility).value_or(RushFeasibility::kPending);
    rush.refusal_reason = ParseRushRefusalReason(r.rush_refusal);
    rush.answered_at = InstantOf(r.rush_answered_at);
    rush.delay_cause = ParseRushDelayCause(r.rush_delay_cause);
    rush.fee_decision = ParseRushFeeDecision(r.rush_fee_decision).value_or(RushFeeDecision::kPending);
    rush.fee = Cents(r.rush_fee);
    o.rush = rush;
  }
  o.mobile_backup.status = ParseIndoorCoverage(r.indoor_coverage).value_or(IndoorCoverage::kNotChecked);
  o.mobile_backup.antennas = r.indoor_antennas;
  o.mobile_backup.antenna_price = Cents(r.indoor_antenna_cents);
  o.mobile_backup.recorded_at = InstantOf(r.indoor_coverage_at);
  o.version = r.version;
  return o;
}

// Adds one exchange per column of OrderRow, in kColumns order, as into() or use().
template <typename Bind>
void ExchangeRow(OrderRow& r, Bind bind) {
  bind(r.customer);
  bind(r.site);
  bind(r.external_id);
  bind(r.formula);
  bind(r.wifi);
  bind(r.initial_term);
  bind(r.technology);
  bind(r.sla_tier);
  bind(r.compatible_line);
  bind(r.milestone);
  bind(r.state);
  bind(r.created_at);
  bind(r.target_date);
  bind(r.appointment_at);
  bind(r.activated_at);
  bind(r.completed_at);
  bind(r.product_id);
  bind(r.rush_rfs);
  bind(r.rush_due);
  bind(r.rush_feasibility);
  bind(r.rush_refusal);
  bind(r.rush_answered_at);
  bind(r.rush_delay_cause);
  bind(r.rush_fee_decision);
  bind(r.rush_fee);
  bind(r.indoor_coverage);
  bind(r.indoor_antennas);
  bind(r.indoor_antenna_cents);
  bind(r.indoor_coverage_at);
  bind(r.version);
}

struct UseBinder {
  soci::statement& st;
  template <typename T>
  void operator()(T& v) const {
    st.exchange(soci::use(v));
  }
  void operator()(NullableInt& v) const { st.exchange(soci::use(v.value, v.ind)); }
};

struct IntoBinder {
  soci::statement& st;
  template <typename T>
  void operator()(T& v) const {
    st.exchange(soci::into(v));
  }
  void operator()(NullableInt& v) const { st.exchange(soci::into(v.value, v.ind)); }
};

std::string Placeholders(int n) {
  std::string text;
  for (int i = 0; i < n; ++i) text += (i ? ", :p" : ":p") + std::to_string(i);
  return text;
}

constexpr int kColumnCount = 30;

// IsLate (domain/ordering/order_lateness.h) in SQL, ORD-034: not activated, not in a final
// milestone (the list comes from the domain's IsFinal), and the target date before :today.
std::string LateCondition() {
  std::string finals;
  for (OrderMilestone milestone : kAllOrderMilestones) {
    if (!IsFinal(milestone)) continue;
    finals += (finals.empty() ? "'" : ", '") + std::string(ToString(milestone)) + "'";
  }
  return "activated_at IS NULL AND milestone NOT IN (" + finals +
         ") AND target_activation_date <> '' AND target_activation_date < :today";
}

std::string DayOrEmpty(const std::optional<CivilDay>& day) { return DayText(day); }

}  // namespace

Result<OrderId> SociOrderRepository::Insert(const ProductOrder& order) {
  return Guarded([&]() -> Result<OrderId> {
    OrderRow row = ToRow(order);
    row.version = 1;
    long long id = 0;
    soci::statement st(sql_);
    ExchangeRow(row, UseBinder{st});
    st.exchange(soci::into(id));
    Prepare(st, std::string("INSERT INTO product_order (") + kColumns + ") VALUES (" + Placeholders(kColumnCount) +
                    ") RETURNING id");
    st.execute(true);
    ProductOrder stored = order;
    stored.id = OrderId(id);
    TRY(WriteOptions(stored));
    TRY(WriteDetails(stored));
    TRY(InsertEvents(stored, 0));
    return OrderId(id);
  });
}

Status SociOrderRepository::WriteOptions(const ProductOrder& order) {
  return Guarded([&]() -> Status {
    long long id = order.id.value();
    sql_ << "DELETE FROM product_order_characteristic WHERE order_id = :o", soci::use(id);
    sql_ << "DELETE FROM product_order_option WHERE order_id = :o", soci::use(id);
    for (std::size_t i = 0; i < order.request.options.size(); ++i) {
      const OrderOption& option = order.request.options[i];
      int position = static_cast<int>(i);
      sql_ << "INSERT INTO product_order_option (order_id, position, option_id) VALUES (:o, :p, :id)", soci::use(id),
          soci::use(position), soci::use(option.id);
      for (const auto& [name, value] : option.characteristics) {
        long long number = 0;
        std::string text;
        soci::indicator number_ind = soci::i_null, text_ind = soci::i_null;
        if (const auto* n = std::get_if<std::int64_t>(&value)) {
          number = *n;
          number_ind = soci::i_ok;
        } else {
          text = std::get<std::string>(value);
          text_ind = soci::i_ok;
        }
        sql_ << "INSERT INTO product_order_characteristic (order_id, position, name, int_value, text_value) "
                "VALUES (:o, :p, :n, :i, :t)",
            soci::use(id), soci::use(position), soci::use(name), soci::use(number, number_ind),
            soci::use(text, text_ind);
      }
    }
    return Ok{};
  });
}

// The implementation-phase lists (ORD-007 to ORD-035, SITE, CAT-088) are small: rewritten whole.
Status SociOrderRepository::WriteDetails(const ProductOrder& order) {
  return Guarded([&]() -> Status {
    long long id = order.id.value();
    for (const char* table : {"product_order_contact", "product_order_site_item", "product_order_quote",
                              "product_order_works", "product_order_late_notice"}) {
      sql_ << std::string("DELETE FROM ") + table + " WHERE order_id = :o", soci::use(id);
    }
    for (std::size_t i = 0; i < order.contacts.size(); ++i) {
      const ImplementationContact& c = order.contacts[i];
      int seq = static_cast<int>(i);
      sql_ << "INSERT INTO product_order_contact (order_id, seq, name, phone, email) VALUES (:o, :s, :n, :p, :e)",
          soci::use(id), soci::use(seq), soci::use(c.name), soci::use(c.phone), soci::use(c.email);
    }
    for (std::size_t i = 0; i < order.site_readiness.size(); ++i) {
      const SiteConfirmation& c = order.site_readiness[i];
      int seq = static_cast<int>(i);
      std::string item(ToString(c.item));
      long long at = EpochSeconds(c.at), user = c.by.value();
      soci::indicator user_ind = c.by.valid() ? soci::i_ok : soci::i_null;
      sql_ << "INSERT INTO product_order_site_item (order_id, seq, item, at, user_id) VALUES (:o, :s, :i, :a, :u)",
          soci::use(id), soci::use(seq), soci::use(item), soci::use(at), soci::use(user, user_ind);
    }
    for (const OrderQuote& q : order.quotes) {
      std::string kind(ToString(q.kind)), status(ToString(q.status)), target = DayOrEmpty(q.target_activation_date);
      long long amount = q.amount.value(), sent = EpochSeconds(q.sent_at), by = q.answered_by.value();
      NullableInt answered = NullableInt::Of(EpochOf(q.answered_at));
      soci::indicator by_ind = q.answered_by.valid() ? soci::i_ok : soci::i_null;
      int quote_id = q.id;
      sql_
          << "INSERT INTO product_order_quote (order_id, quote_id, kind, amount_cents, reason, target_activation_date, "
             "status, sent_at, answered_at, answered_by) VALUES (:o, :q, :k, :a, :r, :t, :s, :sa, :aa, :ab)",
          soci::use(id), soci::use(quote_id), soci::use(kind), soci::use(amount), soci::use(q.reason),
          soci::use(target), soci::use(status), soci::use(sent), soci::use(answered.value, answered.ind),
          soci::use(by, by_ind);
    }
    for (const InfrastructureWorks& w : order.works) {
      std::string location(ToString(w.location)), performer(ToString(w.performer));
      std::string expected = DayOrEmpty(w.expected_completion);
      NullableInt completed = NullableInt::Of(EpochOf(w.completed_at));
      long long recorded = EpochSeconds(w.recorded_at);
      int works_id = w.id, quote_id = w.quote_id;
      sql_ << "INSERT INTO product_order_works (order_id, works_id, location, performer, description, "
              "expected_completion, completed_at, quote_id, recorded_at) VALUES (:o, :w, :l, :p, :d, :e, :c, :q, :r)",
          soci::use(id), soci::use(works_id), soci::use(location), soci::use(performer), soci::use(w.description),
          soci::use(expected), soci::use(completed.value, completed.ind), soci::use(quote_id), soci::use(recorded);
    }
    for (std::size_t i = 0; i < order.late_notices.size(); ++i) {
      const LateNotice& n = order.late_notices[i];
      int seq = static_cast<int>(i), days = n.business_days_late;
      std::string missed = FormatCivilDay(n.missed_target), new_date = DayOrEmpty(n.new_date);
      long long at = EpochSeconds(n.at), user = n.by.value();
      soci::indicator user_ind = n.by.valid() ? soci::i_ok : soci::i_null;
      sql_ << "INSERT INTO product_order_late_notice (order_id, seq, missed_target, business_days_late, reason, "
              "new_date, at, user_id) VALUES (:o, :s, :m, :d, :r, :n, :a, :u)",
          soci::use(id), soci::use(seq), soci::use(missed), soci::use(days), soci::use(n.reason), soci::use(new_date),
          soci::use(at), soci::use(user, user_ind);
    }
    return Ok{};
  });
}

Status SociOrderRepository::InsertEvents(const ProductOrder& order, std::size_t from) {
  return Guarded([&]() -> Status {
    long long id = order.id.value();
    for (std::size_t i = from; i < order.history.size(); ++i) {
      const OrderEvent& e = order.history[i];
      int seq = static_cast<int>(i);
      std::string milestone(ToString(e.milestone));
      long long at = EpochSeconds(e.at), user = e.by.value();
      soci::indicator user_ind = e.by.valid() ? soci::i_ok : soci::i_null;
      sql_ << "INSERT INTO product_order_event (order_id, seq, milestone, at, user_id, note) "
              "VALUES (:o, :s, :m, :a, :u, :n)",
          soci::use(id), soci::use(seq), soci::use(milestone), soci::use(at), soci::use(user, user_ind),
          soci::use(e.note);
    }
    return Ok{};
  });
}

Status SociOrderRepository::Update(const ProductOrder& order) {
  return Guarded([&]() -> Status {
    long long id = order.id.value();
    int stored_version = 0;
    soci::indicator ind = soci::i_null;
    sql_ << "SELECT version FROM product_order WHERE id = :id", soci::use(id), soci::into(stored_version, ind);
    if (ind != soci::i_ok) return Error::NotFound("no product order with id " + std::to_string(id));
    if (stored_version != order.version) {
      return Error::Precondition("the order was changed meanwhile; read it again and retry");
    }
    OrderRow row = ToRow(order);
    row.version = order.version + 1;
    std::string assignments;
    std::string columns = kColumns;
    int index = 0;
    for (std::size_t start = 0; start < columns.size();) {
      std::size_t comma = columns.find(',', start);
      std::string name = columns.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      while (!name.empty() && name.front() == ' ') name.erase(0, 1);
      assignments += (index ? ", " : "") + name + " = :p" + std::to_string(index);
      ++index;
      start = comma == std::string::npos ? columns.size() : comma + 1;
    }
    soci::statement st(sql_);
    ExchangeRow(row, UseBinder{st});
    long long read_version = order.version;
    st.exchange(soci::use(id));  // positional: the last two placeholders
    st.exchange(soci::use(read_version));
    // The version in the WHERE clause, not only the check above: on PostgreSQL two transactions
    // may both pass the check; the second UPDATE then waits for the first and, re-reading the
    // row, matches nothing. Without it both would commit (two activations of one order).
    Prepare(st, "UPDATE product_order SET " + assignments + " WHERE id = :id AND version = :v");
    st.execute(true);
    if (st.get_affected_rows() != 1) {
      return Error::Precondition("the order was changed meanwhile; read it again and retry");
    }
    int stored_events = 0;
    sql_ << "SELECT COUNT(*) FROM product_order_event WHERE order_id = :id", soci::use(id), soci::into(stored_events);
    TRY(WriteOptions(order));
    TRY(WriteDetails(order));
    return InsertEvents(order, static_cast<std::size_t>(stored_events));
  });
}

Result<std::vector<ProductOrder>> SociOrderRepository::Select(
    const std::string& where_order_limit, const std::vector<std::pair<std::string, std::string>>& text_bindings,
    const std::vector<std::pair<std::string, long long>>& int_bindings) {
  auto rows = Guarded([&]() -> Result<std::vector<ProductOrder>> {
    std::vector<ProductOrder> out;
    OrderRow row;
    long long id = 0;
    auto texts = text_bindings;
    auto ints = int_bindings;
    soci::statement st(sql_);
    st.exchange(soci::into(id));
    ExchangeRow(row, IntoBinder{st});
    for (auto& [name, value] : texts) st.exchange(soci::use(value, name));
    for (auto& [name, value] : ints) st.exchange(soci::use(value, name));
    Prepare(st, std::string("SELECT id, ") + kColumns + " FROM product_order " + where_order_limit);
    st.execute();
    while (st.fetch()) out.push_back(FromRow(id, row));
    return out;
  });
  if (!rows) return rows;
  for (ProductOrder& order : *rows) {
    TRY(LoadChildren(order));
  }
  return rows;
}

Status SociOrderRepository::LoadChildren(ProductOrder& order) {
  return Guarded([&]() -> Status {
    long long id = order.id.value();
    {
      soci::rowset<soci::row> rs = (sql_.prepare << "SELECT option_id FROM product_order_option WHERE order_id = :o "
                                                    "ORDER BY position",
                                    soci::use(id));
      for (const soci::row& r : rs) order.request.options.push_back({r.get<std::string>(0), {}});
    }
    {
      int position = 0;
      std::string name, text;
      long long number = 0;
      soci::indicator number_ind = soci::i_null, text_ind = soci::i_null;
      soci::statement st = (sql_.prepare << "SELECT position, name, int_value, text_value FROM "
                                            "product_order_characteristic WHERE order_id = :o ORDER BY position, name",
                            soci::use(id), soci::into(position), soci::into(name), soci::into(number, number_ind),
                            soci::into(text, text_ind));
      st.execute();
      while (st.fetch()) {
        if (position < 0 || static_cast<std::size_t>(position) >= order.request.options.size()) continue;
        auto& characteristics = order.request.options[static_cast<std::size_t>(position)].characteristics;
        if (number_ind == soci::i_ok) {
          characteristics[name] = static_cast<std::int64_t>(number);
        } else {
          characteristics[name] = text_ind == soci::i_ok ? text : std::string();
        }
      }
    }
    {
      std::string milestone, note;
      long long at = 0, user = 0;
      soci::indicator user_ind = soci::i_null;
      soci::statement st =
          (sql_.prepare << "SELECT milestone, at, user_id, note FROM product_order_event "
                           "WHERE order_id = :o ORDER BY seq",
           soci::use(id), soci::into(milestone), soci::into(at), soci::into(user, user_ind), soci::into(note));
      st.execute();
      while (st.fetch()) {
        order.history.push_back({ParseOrderMilestone(milestone).value_or(OrderMilestone::kAcknowledged),
                                 InstantFromEpoch(at), user_ind == soci::i_ok ? UserId(user) : UserId(), note});
      }
    }
    return LoadDetails(order);
  });
}

Status SociOrderRepository::LoadDetails(ProductOrder& order) {
  long long id = order.id.value();
  {
    soci::rowset<soci::row> rs =
        (sql_.prepare << "SELECT name, phone, email FROM product_order_contact WHERE order_id = :o ORDER BY seq",
         soci::use(id));
    for (const soci::row& r : rs) {
      order.contacts.push_back({r.get<std::string>(0), r.get<std::string>(1), r.get<std::string>(2)});
    }
  }
  {
    std::string item;
    long long at = 0, user = 0;
    soci::indicator user_ind = soci::i_null;
    soci::statement st = (sql_.prepare << "SELECT item, at, user_id FROM product_order_site_item WHERE order_id = :o "
                                          "ORDER BY seq",
                          soci::use(id), soci::into(item), soci::into(at), soci::into(user, user_ind));
    st.execute();
    while (st.fetch()) {
      auto parsed = ParseSiteItem(item);
      if (!parsed) continue;
      order.site_readiness.push_back({*parsed, InstantFromEpoch(at), user_ind == soci::i_ok ? UserId(user) : UserId()});
    }
  }
  {
    int quote_id = 0;
    std::string kind, reason, target, status;
    long long amount = 0, sent = 0, by = 0;
    NullableInt answered;
    soci::indicator by_ind = soci::i_null;
    soci::statement st =
        (sql_.prepare << "SELECT quote_id, kind, amount_cents, reason, target_activation_date, status, sent_at, "
                         "answered_at, answered_by FROM product_order_quote WHERE order_id = :o ORDER BY quote_id",
         soci::use(id), soci::into(quote_id), soci::into(kind), soci::into(amount), soci::into(reason),
         soci::into(target), soci::into(status), soci::into(sent), soci::into(answered.value, answered.ind),
         soci::into(by, by_ind));
    st.execute();
    while (st.fetch()) {
      OrderQuote q;
      q.id = quote_id;
      q.kind = ParseQuoteKind(kind).value_or(QuoteKind::kOutOfHoursImplementation);
      q.amount = Cents(amount);
      q.reason = reason;
      q.target_activation_date = ParseCivilDay(target);
      q.status = ParseQuoteStatus(status).value_or(QuoteStatus::kSent);
      q.sent_at = InstantFromEpoch(sent);
      q.answered_at = InstantOf(answered);
      q.answered_by = by_ind == soci::i_ok ? UserId(by) : UserId();
      order.quotes.push_back(q);
    }
  }
  {
    int works_id = 0, quote_id = 0;
    std::string location, performer, description, expected;
    NullableInt completed;
    long long recorded = 0;
    soci::statement st =
        (sql_.prepare << "SELECT works_id, location, performer, description, expected_completion, completed_at, "
                         "quote_id, recorded_at FROM product_order_works WHERE order_id = :o ORDER BY works_id",
         soci::use(id), soci::into(works_id), soci::into(location), soci::into(performer), soci::into(description),
         soci::into(expected), soci::into(completed.value, completed.ind), soci::into(quote_id), soci::into(recorded));
    st.execute();
    while (st.fetch()) {
      InfrastructureWorks w;
      w.id = works_id;
      w.location = ParseWorksLocation(location).value_or(WorksLocation::kClientBuilding);
      w.performer = ParseWorksPerformer(performer).value_or(WorksPerformer::kClient);
      w.description = description;
      w.expected_completion = ParseCivilDay(expected);
      w.completed_at = InstantOf(completed);
      w.quote_id = quote_id;
      w.recorded_at = InstantFromEpoch(recorded);
      order.works.push_back(w);
    }
  }
  {
    std::string missed, reason, new_date;
    int days = 0;
    long long at = 0, user = 0;
    soci::indicator user_ind = soci::i_null;
    soci::statement st = (sql_.prepare << "SELECT missed_target, business_days_late, reason, new_date, at, user_id "
                                          "FROM product_order_late_notice WHERE order_id = :o ORDER BY seq",
                          soci::use(id), soci::into(missed), soci::into(days), soci::into(reason), soci::into(new_date),
                          soci::into(at), soci::into(user, user_ind));
    st.execute();
    while (st.fetch()) {
      LateNotice n;
      n.missed_target = ParseCivilDay(missed).value_or(CivilDay{});
      n.business_days_late = days;
      n.reason = reason;
      n.new_date = ParseCivilDay(new_date);
      n.at = InstantFromEpoch(at);
      n.by = user_ind == soci::i_ok ? UserId(user) : UserId();
      order.late_notices.push_back(n);
    }
  }
  return Ok{};
}

Result<ProductOrder> SociOrderRepository::Get(OrderId id) {
  ASSIGN_OR_RETURN(auto rows, Select("WHERE id = :id", {}, {{"id", id.value()}}));
  if (rows.empty()) return Error::NotFound("no product order with id " + std::to_string(id.value()));
  return std::move(rows.front());
}

Result<Page<ProductOrder>> SociOrderRepository::List(const OrderFilter& filter, PageRequest page) {
  std::string where = "WHERE 1 = 1";
  std::vector<std::pair<std::string, std::string>> texts;
  std::vector<std::pair<std::string, long long>> ints;
  if (filter.only) {
    where += " AND customer_id = :customer";
    ints.emplace_back("customer", filter.only->value());
  }
  if (filter.state) {
    where += " AND state = :state";
    texts.emplace_back("state", std::string(ToString(*filter.state)));
  }
  if (filter.milestone) {
    where += " AND milestone = :milestone";
    texts.emplace_back("milestone", std::string(ToString(*filter.milestone)));
  }
  if (filter.external_id) {
    where += " AND external_id = :external";
    texts.emplace_back("external", *filter.external_id);
  }
  if (filter.formula) {
    where += " AND formula = :formula";
    texts.emplace_back("formula", *filter.formula);
  }
  if (filter.late_on) {
    where += " AND " + LateCondition();
    texts.emplace_back("today", FormatCivilDay(*filter.late_on));
  }
  auto count = Guarded([&]() -> Result<long long> {
    long long total = 0;
    auto t = texts;
    auto n = ints;
    soci::statement st(sql_);
    st.exchange(soci::into(total));
    for (auto& [name, value] : t) st.exchange(soci::use(value, name));
    for (auto& [name, value] : n) st.exchange(soci::use(value, name));
    Prepare(st, "SELECT COUNT(*) FROM product_order " + where);
    st.execute(true);
    return total;
  });
  if (!count) return count.error();
  auto paged = ints;
  paged.emplace_back("limit", page.limit);
  paged.emplace_back("offset", page.offset);
  ASSIGN_OR_RETURN(auto items, Select(where + " ORDER BY id LIMIT :limit OFFSET :offset", texts, paged));
  return Page<ProductOrder>{std::move(items), *count};
}

}  // namespace bizline

namespace bizline {

Result<std::vector<OrderId>> SociOrderRepository::LateUnannounced(CivilDay today, int limit) {
  return Guarded([&]() -> Result<std::vector<OrderId>> {
    std::vector<OrderId> out;
    std::string day = FormatCivilDay(today);
    long long id = 0, max = limit;
    soci::statement st(sql_);
    st.exchange(soci::into(id));
    st.exchange(soci::use(day, "today"));
    st.exchange(soci::use(max, "limit"));
    Prepare(st, "SELECT id FROM product_order WHERE " + LateCondition() +
                    " AND NOT EXISTS (SELECT 1 FROM product_order_late_notice n WHERE n.order_id = product_order.id "
                    "AND n.missed_target = product_order.target_activation_date) ORDER BY id LIMIT :limit");
    st.execute();
    while (st.fetch()) out.push_back(OrderId(id));
    return out;
  });
}

}  // namespace bizline
