#include "storage/ticketing/ticket_repository.h"

#include <soci/soci.h>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <utility>

#include "app/ticketing/ports.h"
#include "domain/ticketing/service_level.h"
#include "storage/core/db_error.h"
#include "storage/core/statement.h"

namespace bizline {
namespace {

constexpr const char* kTicketColumns =
    "id, number, customer_id, reporter_id, product_ref, name, description, severity, ticket_type, external_id, "
    "priority, channel, status, status_change_reason, sla_formula, sla_tier, estimated_business_days, created_at, "
    "last_update, status_change_date, expected_resolution, resolution_date, requested_resolution, acknowledged_at, "
    "breached_at, parent_ticket_id, version, responsibility, responsibility_reason";

// A nullable BIGINT column as SOCI sees it.
struct NullableInt {
  long long value = 0;
  soci::indicator ind = soci::i_null;

  NullableInt() = default;
  explicit NullableInt(std::optional<std::int64_t> v) : value(v.value_or(0)), ind(v ? soci::i_ok : soci::i_null) {}
  std::optional<std::int64_t> get() const {
    return ind == soci::i_ok ? std::optional<std::int64_t>(value) : std::nullopt;
  }
};

template <typename Id>
std::optional<std::int64_t> FromId(const std::optional<Id>& id) {
  return id ? std::optional<std::int64_t>(id->value()) : std::nullopt;
}
std::optional<std::int64_t> FromInstant(const std::optional<Instant>& at) {
  return at ? std::optional<std::int64_t>(EpochSeconds(*at)) : std::nullopt;
}
std::optional<Instant> ToInstant(const NullableInt& n) {
  auto v = n.get();
  return v ? std::optional<Instant>(InstantFromEpoch(*v)) : std::nullopt;
}

// The scalar columns of one ticket, in both directions.
struct TicketRow {
  long long id = 0;
  std::string number, product_ref, name, description, severity, ticket_type, external_id, priority, channel, status,
      reason, formula, tier, responsibility, responsibility_reason;
  soci::indicator number_ind = soci::i_ok;
  NullableInt customer, reporter, estimate, expected, resolution, requested, acknowledged, breached, parent;
  long long created = 0, updated = 0, status_date = 0;
  int estimate_days = 0;
  int version = 1;
  soci::indicator estimate_ind = soci::i_null;

  static TicketRow From(const Ticket& t) {
    TicketRow r;
    r.id = t.id.value();
    r.number = t.number;
    r.customer = NullableInt(FromId(t.customer_id));
    r.reporter = NullableInt(FromId(t.reporter_id));
    r.product_ref = t.product_ref;
    r.name = t.name;
    r.description = t.description;
    r.severity = t.severity;
    r.ticket_type = t.ticket_type;
    r.external_id = t.external_id;
    r.priority = t.priority ? std::string(ToString(*t.priority)) : std::string();
    r.channel = std::string(ToString(t.channel));
    r.status = std::string(ToString(t.status));
    r.reason = t.status_change_reason;
    r.formula = t.sla_formula;
    r.tier = t.sla_tier;
    r.responsibility = std::string(kResponsibilityNames.Name(t.responsibility));
    r.responsibility_reason = t.responsibility_reason;
    r.estimate_days = t.estimated_business_days.value_or(0);
    r.estimate_ind = t.estimated_business_days ? soci::i_ok : soci::i_null;
    r.created = EpochSeconds(t.created_at);
    r.updated = EpochSeconds(t.last_update);
    r.status_date = EpochSeconds(t.status_change_date);
    r.expected = NullableInt(FromInstant(t.expected_resolution));
    r.resolution = NullableInt(FromInstant(t.resolution_date));
    r.requested = NullableInt(FromInstant(t.requested_resolution));
    r.acknowledged = NullableInt(FromInstant(t.acknowledged_at));
    r.breached = NullableInt(FromInstant(t.breached_at));
    r.parent = NullableInt(FromId(t.parent_ticket_id));
    r.version = t.version;
    return r;
  }

  Ticket ToDomain() const {
    Ticket t;
    t.id = TicketId(id);
    t.number = number_ind == soci::i_ok ? number : std::string();
    if (auto c = customer.get()) t.customer_id = CustomerId(*c);
    if (auto r = reporter.get()) t.reporter_id = RepresentativeId(*r);
    t.product_ref = product_ref;
    t.name = name;
    t.description = description;
    t.severity = severity;
    t.ticket_type = ticket_type;
    t.external_id = external_id;
    t.priority = ParsePriority(priority);
    t.channel = ParseChannel(channel).value_or(Channel::kPortal);
    t.status = ParseTicketStatus(status).value_or(TicketStatus::kAcknowledged);
    t.status_change_reason = reason;
    t.sla_formula = formula;
    t.sla_tier = tier;
    t.responsibility = kResponsibilityNames.Parse(responsibility).value_or(Responsibility::kOperator);
    t.responsibility_reason = responsibility_reason;
    if (estimate_ind == soci::i_ok) t.estimated_business_days = estimate_days;
    t.created_at = InstantFromEpoch(created);
    t.last_update = InstantFromEpoch(updated);
    t.status_change_date = InstantFromEpoch(status_date);
    t.expected_resolution = ToInstant(expected);
    t.resolution_date = ToInstant(resolution);
    t.requested_resolution = ToInstant(requested);
    t.acknowledged_at = ToInstant(acknowledged);
    t.breached_at = ToInstant(breached);
    if (auto p = parent.get()) t.parent_ticket_id = TicketId(*p);
    t.version = version;
    return t;
  }
};

void BindInto(soci::statement& st, TicketRow& r) {
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.number, r.number_ind));
  st.exchange(soci::into(r.customer.value, r.customer.ind));
  st.exchange(soci::into(r.reporter.value, r.reporter.ind));
  for (auto* s : {&r.product_ref, &r.name, &r.description, &r.severity, &r.ticket_type, &r.external_id, &r.priority,
                  &r.channel, &r.status, &r.reason, &r.formula, &r.tier}) {
    st.exchange(soci::into(*s));
  }
  st.exchange(soci::into(r.estimate_days, r.estimate_ind));
  st.exchange(soci::into(r.created));
  st.exchange(soci::into(r.updated));
  st.exchange(soci::into(r.status_date));
  for (auto* n : {&r.expected, &r.resolution, &r.requested, &r.acknowledged, &r.breached, &r.parent}) {
    st.exchange(soci::into(n->value, n->ind));
  }
  st.exchange(soci::into(r.version));
  st.exchange(soci::into(r.responsibility));
  st.exchange(soci::into(r.responsibility_reason));
}

// Binds the writable columns (everything but id and number) in kWritableColumns order.
constexpr const char* kWritableColumns[] = {"customer_id",
                                            "reporter_id",
                                            "product_ref",
                                            "name",
                                            "description",
                                            "severity",
                                            "ticket_type",
                                            "external_id",
                                            "priority",
                                            "channel",
                                            "status",
                                            "status_change_reason",
                                            "sla_formula",
                                            "sla_tier",
                                            "estimated_business_days",
                                            "created_at",
                                            "last_update",
                                            "status_change_date",
                                            "expected_resolution",
                                            "resolution_date",
                                            "requested_resolution",
                                            "acknowledged_at",
                                            "breached_at",
                                            "parent_ticket_id",
                                            "responsibility",
                                            "responsibility_reason"};

void BindUse(soci::statement& st, TicketRow& r) {
  st.exchange(soci::use(r.customer.value, r.customer.ind, "customer_id"));
  st.exchange(soci::use(r.reporter.value, r.reporter.ind, "reporter_id"));
  st.exchange(soci::use(r.product_ref, "product_ref"));
  st.exchange(soci::use(r.name, "name"));
  st.exchange(soci::use(r.description, "description"));
  st.exchange(soci::use(r.severity, "severity"));
  st.exchange(soci::use(r.ticket_type, "ticket_type"));
  st.exchange(soci::use(r.external_id, "external_id"));
  st.exchange(soci::use(r.priority, "priority"));
  st.exchange(soci::use(r.channel, "channel"));
  st.exchange(soci::use(r.status, "status"));
  st.exchange(soci::use(r.reason, "status_change_reason"));
  st.exchange(soci::use(r.formula, "sla_formula"));
  st.exchange(soci::use(r.tier, "sla_tier"));
  st.exchange(soci::use(r.estimate_days, r.estimate_ind, "estimated_business_days"));
  st.exchange(soci::use(r.created, "created_at"));
  st.exchange(soci::use(r.updated, "last_update"));
  st.exchange(soci::use(r.status_date, "status_change_date"));
  st.exchange(soci::use(r.expected.value, r.expected.ind, "expected_resolution"));
  st.exchange(soci::use(r.resolution.value, r.resolution.ind, "resolution_date"));
  st.exchange(soci::use(r.requested.value, r.requested.ind, "requested_resolution"));
  st.exchange(soci::use(r.acknowledged.value, r.acknowledged.ind, "acknowledged_at"));
  st.exchange(soci::use(r.breached.value, r.breached.ind, "breached_at"));
  st.exchange(soci::use(r.parent.value, r.parent.ind, "parent_ticket_id"));
  st.exchange(soci::use(r.responsibility, "responsibility"));
  st.exchange(soci::use(r.responsibility_reason, "responsibility_reason"));
}

constexpr std::string_view kBase64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string EncodeBase64(const std::string& in) {
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    unsigned v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                 static_cast<unsigned char>(in[i + 2]);
    for (int s = 18; s >= 0; s -= 6) out += kBase64[(v >> s) & 63];
  }
  if (i < in.size()) {
    unsigned v = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
    out += kBase64[(v >> 18) & 63];
    out += kBase64[(v >> 12) & 63];
    out += i + 1 < in.size() ? kBase64[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::string DecodeBase64(const std::string& in) {
  std::array<int, 256> table{};
  table.fill(-1);
  for (std::size_t i = 0; i < kBase64.size(); ++i) table[static_cast<unsigned char>(kBase64[i])] = static_cast<int>(i);
  std::string out;
  unsigned v = 0;
  int bits = 0;
  for (char c : in) {
    int d = table[static_cast<unsigned char>(c)];
    if (d < 0) continue;  // '=' padding
    v = (v << 6) | static_cast<unsigned>(d);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((v >> bits) & 0xFF);
    }
  }
  return out;
}

// Builds the WHERE clause of a ticket list; values are always bound, never spliced.
struct TicketWhere {
  std::string sql = " WHERE 1=1";
  std::vector<std::pair<std::string, std::string>> text;
  long long only = 0;
  long long customer = 0;

  explicit TicketWhere(const TicketFilter& f) {
    if (f.only) {
      sql += " AND customer_id = :only";
      only = f.only->value();
    }
    auto add = [&](const char* column, std::string value) {
      sql += std::string(" AND ") + column + " = :" + column;
      text.emplace_back(column, std::move(value));
    };
    if (f.customer) {
      sql += " AND customer_id = :customer";
      customer = f.customer->value();
    }
    if (!f.statuses.empty()) {
      sql += " AND status IN (";
      for (std::size_t i = 0; i < f.statuses.size(); ++i) {
        const std::string name = "status" + std::to_string(i);
        sql += (i == 0 ? ":" : ", :") + name;
        text.emplace_back(name, std::string(ToString(f.statuses[i])));
      }
      sql += ")";
    }
    if (f.priority) add("priority", std::string(ToString(*f.priority)));
    if (f.ticket_type) add("ticket_type", *f.ticket_type);
    if (f.severity) add("severity", *f.severity);
    if (f.channel) add("channel", std::string(ToString(*f.channel)));
    if (f.external_id) add("external_id", *f.external_id);
    if (f.product_ref) add("product_ref", *f.product_ref);
    if (f.sla_tier) add("sla_tier", *f.sla_tier);
    if (f.breached) {
      sql += *f.breached == BreachFilter::kBreached ? " AND breached_at IS NOT NULL" : " AND breached_at IS NULL";
    }
    if (f.due_before) {
      sql += " AND expected_resolution < :due_before";
      due_before = EpochSeconds(*f.due_before);
    }
  }
  void Bind(soci::statement& st, const TicketFilter& f) {
    if (f.only) st.exchange(soci::use(only, "only"));
    if (f.customer) st.exchange(soci::use(customer, "customer"));
    for (auto& [name, value] : text) st.exchange(soci::use(value, name));
    if (f.due_before) st.exchange(soci::use(due_before, "due_before"));
  }
  long long due_before = 0;
};

// 'acknowledged', 'inProgress': the statuses the domain says can breach, quoted for SQL.
std::string BreachableStatuses() {
  std::string list;
  for (TicketStatus status : kAllTicketStatuses) {
    if (!CanBreach(status)) continue;
    list += (list.empty() ? "'" : ", '") + std::string(ToString(status)) + "'";
  }
  return list;
}

std::string_view OrderBy(TicketOrder order) {
  switch (order) {
    case TicketOrder::kById: return "id";
    // `IS NULL` sorts false before true on both backends: tickets without a due instant last.
    case TicketOrder::kByDue: return "expected_resolution IS NULL, expected_resolution, id";
    case TicketOrder::kByDueDescending: return "expected_resolution IS NULL, expected_resolution DESC, id";
  }
  return "id";
}

}  // namespace

Result<TicketId> SociTicketRepository::Insert(const Ticket& ticket) {
  return Guarded([&]() -> Result<TicketId> {
    TicketRow row = TicketRow::From(ticket);
    std::string columns, values;
    for (const char* c : kWritableColumns) {
      columns += (columns.empty() ? "" : ", ") + std::string(c);
      values += (values.empty() ? ":" : ", :") + std::string(c);
    }
    long long id = 0;
    soci::statement st(sql_);
    BindUse(st, row);
    st.exchange(soci::use(row.version, "version"));
    st.exchange(soci::into(id));
    Prepare(st, "INSERT INTO trouble_ticket (" + columns + ", version) VALUES (" + values + ", :version) RETURNING id");
    st.execute(true);
    Ticket stored = ticket;
    stored.id = TicketId(id);
    WriteChildren(stored);
    return stored.id;
  });
}

Status SociTicketRepository::AssignNumber(TicketId id, const std::string& number) {
  return Guarded([&]() -> Status {
    long long key = id.value();
    sql_ << "UPDATE trouble_ticket SET number = :n WHERE id = :id", soci::use(number), soci::use(key);
    return Ok{};
  });
}

Status SociTicketRepository::Update(const Ticket& ticket) {
  return Guarded([&]() -> Status {
    TicketRow row = TicketRow::From(ticket);
    std::string assignments;
    for (const char* c : kWritableColumns) {
      // The breach watch marks breached_at in its own transaction; a concurrent edit of the
      // ticket read before that mark must not erase it (a breach is permanent).
      std::string value =
          std::string_view(c) == "breached_at" ? "COALESCE(breached_at, :breached_at)" : ":" + std::string(c);
      assignments += (assignments.empty() ? "" : ", ") + std::string(c) + " = " + value;
    }
    long long key = ticket.id.value();
    soci::statement st(sql_);
    BindUse(st, row);
    st.exchange(soci::use(key, "id"));
    st.exchange(soci::use(row.version, "version"));
    // The version check is in the WHERE: on PostgreSQL a concurrent writer blocks on the row and
    // then finds the version moved on, so exactly one of two racing updates changes the ticket.
    Prepare(st, "UPDATE trouble_ticket SET " + assignments +
                    ", version = version + 1 WHERE id = :id AND version = :version");
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      int exists = 0;
      sql_ << "SELECT COUNT(*) FROM trouble_ticket WHERE id = :id", soci::use(key), soci::into(exists);
      if (exists == 0) return Error::NotFound("no ticket with id " + std::to_string(key));
      return Error::Aborted("ticket " + ticket.number + " was changed concurrently; read it again and retry");
    }
    AppendChildren(ticket);
    return Ok{};
  });
}

// The copy was read at the stored version (checked above), so its children are the stored ones
// followed by what this change added: notes, status changes and Stop-Clock periods are appended,
// and only a Stop-Clock period the change closed is updated. Nothing is deleted and re-inserted.
void SociTicketRepository::AppendChildren(const Ticket& t) {
  long long key = t.id.value();
  const auto stored = [&](const char* table) {
    long long n = 0;
    sql_ << "SELECT COUNT(*) FROM " << table << " WHERE ticket_id = :t", soci::use(key), soci::into(n);
    return static_cast<std::size_t>(n);
  };
  Ticket added;
  added.id = t.id;
  const std::size_t notes = stored("ticket_note");
  if (notes < t.notes.size()) added.notes.assign(t.notes.begin() + static_cast<std::ptrdiff_t>(notes), t.notes.end());
  const std::size_t history = stored("ticket_status_change");
  if (history < t.history.size()) {
    added.history.assign(t.history.begin() + static_cast<std::ptrdiff_t>(history), t.history.end());
  }
  const std::size_t periods = stored("ticket_stop_clock");
  for (std::size_t i = 0; i < std::min(periods, t.stop_clock.size()); ++i) {
    const StopClockPeriod& period = t.stop_clock[i];
    if (!period.end) continue;
    long long start = EpochSeconds(period.start), end = EpochSeconds(*period.end);
    sql_ << "UPDATE ticket_stop_clock SET end_at = :e WHERE ticket_id = :t AND start_at = :s AND end_at IS NULL",
        soci::use(end), soci::use(key), soci::use(start);
  }
  if (periods < t.stop_clock.size()) {
    added.stop_clock.assign(t.stop_clock.begin() + static_cast<std::ptrdiff_t>(periods), t.stop_clock.end());
  }
  WriteChildren(added);
}

void SociTicketRepository::WriteChildren(const Ticket& t) {
  long long key = t.id.value();
  for (const auto& note : t.notes) {
    long long at = EpochSeconds(note.date);
    sql_ << "INSERT INTO ticket_note (ticket_id, author, text, created_at) VALUES (:t, :a, :x, :d)", soci::use(key),
        soci::use(note.author), soci::use(note.text), soci::use(at);
  }
  for (const auto& change : t.history) {
    long long at = EpochSeconds(change.at);
    std::string status(ToString(change.status));
    sql_ << "INSERT INTO ticket_status_change (ticket_id, status, reason, changed_at) VALUES (:t, :s, :r, :d)",
        soci::use(key), soci::use(status), soci::use(change.reason), soci::use(at);
  }
  for (const auto& period : t.stop_clock) {
    long long start = EpochSeconds(period.start);
    NullableInt end(FromInstant(period.end));
    std::string reason(ToString(period.reason));
    sql_ << "INSERT INTO ticket_stop_clock (ticket_id, reason, start_at, end_at) VALUES (:t, :r, :s, :e)",
        soci::use(key), soci::use(reason), soci::use(start), soci::use(end.value, end.ind);
  }
}

namespace {

// Ids per child query: well under SQLite's and PostgreSQL's bound-parameter limits, and a page
// (kMaxPageLimit) takes at most a few round trips per child table.
constexpr std::size_t kChildBatch = 500;

// Runs `select` + "(:k0, :k1, ...) ORDER BY ticket_id, id" for `keys`, the first column being
// ticket_id, and hands each row to `add` with the ticket it belongs to. `bind` adds the into()
// exchanges of the other columns, in their SELECT order.
template <typename Bind, typename Add>
void ReadChildRows(soci::session& sql, const std::string& select, std::vector<long long>& keys,
                   const std::unordered_map<long long, Ticket*>& index, Bind bind, Add add) {
  long long ticket_id = 0;
  soci::statement st(sql);
  st.exchange(soci::into(ticket_id));
  bind(st);
  std::string list;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    std::string name = "k" + std::to_string(i);
    list += (i == 0 ? ":" : ", :") + name;
    st.exchange(soci::use(keys[i], name));
  }
  Prepare(st, select + "(" + list + ") ORDER BY ticket_id, id");
  st.execute();
  while (st.fetch()) add(*index.at(ticket_id));
}

}  // namespace

// One query per child table for a whole page of tickets (per kChildBatch), instead of four
// queries per ticket: a list costs a constant number of round trips whatever its length.
void SociTicketRepository::ReadChildren(std::vector<Ticket>& tickets) {
  for (std::size_t begin = 0; begin < tickets.size(); begin += kChildBatch) {
    std::size_t end = std::min(tickets.size(), begin + kChildBatch);
    std::vector<long long> keys;
    std::unordered_map<long long, Ticket*> index;
    for (std::size_t i = begin; i < end; ++i) {
      keys.push_back(tickets[i].id.value());
      index.emplace(tickets[i].id.value(), &tickets[i]);
    }
    {
      long long id = 0, at = 0;
      std::string author, text;
      ReadChildRows(
          sql_, "SELECT ticket_id, id, author, text, created_at FROM ticket_note WHERE ticket_id IN ", keys, index,
          [&](soci::statement& st) {
            st.exchange(soci::into(id));
            st.exchange(soci::into(author));
            st.exchange(soci::into(text));
            st.exchange(soci::into(at));
          },
          [&](Ticket& t) {
            t.notes.push_back({id, author, text, InstantFromEpoch(at)});
          });
    }
    {
      long long id = 0, at = 0;
      std::string status, reason;
      ReadChildRows(
          sql_, "SELECT ticket_id, id, status, reason, changed_at FROM ticket_status_change WHERE ticket_id IN ", keys,
          index,
          [&](soci::statement& st) {
            st.exchange(soci::into(id));
            st.exchange(soci::into(status));
            st.exchange(soci::into(reason));
            st.exchange(soci::into(at));
          },
          [&](Ticket& t) {
            t.history.push_back(
                {ParseTicketStatus(status).value_or(TicketStatus::kAcknowledged), reason, InstantFromEpoch(at)});
          });
    }
    {
      long long id = 0, start = 0;
      NullableInt stop;
      std::string reason;
      ReadChildRows(
          sql_, "SELECT ticket_id, id, reason, start_at, end_at FROM ticket_stop_clock WHERE ticket_id IN ", keys,
          index,
          [&](soci::statement& st) {
            st.exchange(soci::into(id));
            st.exchange(soci::into(reason));
            st.exchange(soci::into(start));
            st.exchange(soci::into(stop.value, stop.ind));
          },
          [&](Ticket& t) {
            t.stop_clock.push_back({ParseStopClockReason(reason).value_or(StopClockReason::kCustomer),
                                    InstantFromEpoch(start), ToInstant(stop)});
          });
    }
    {
      long long id = 0, size = 0, at = 0;
      std::string name, type;
      ReadChildRows(
          sql_, "SELECT ticket_id, id, name, mime_type, size, created_at FROM ticket_attachment WHERE ticket_id IN ",
          keys, index,
          [&](soci::statement& st) {
            st.exchange(soci::into(id));
            st.exchange(soci::into(name));
            st.exchange(soci::into(type));
            st.exchange(soci::into(size));
            st.exchange(soci::into(at));
          },
          [&](Ticket& t) {
            t.attachments.push_back({AttachmentId(id), name, type, size, InstantFromEpoch(at)});
          });
    }
  }
}

Result<Ticket> SociTicketRepository::Get(TicketId id) {
  return Guarded([&]() -> Result<Ticket> {
    TicketRow row;
    long long key = id.value();
    soci::statement st(sql_);
    BindInto(st, row);
    st.exchange(soci::use(key, "id"));
    Prepare(st, std::string("SELECT ") + kTicketColumns + " FROM trouble_ticket WHERE id = :id");
    st.execute();
    if (!st.fetch()) return Error::NotFound("no ticket with id " + std::to_string(key));
    std::vector<Ticket> one{row.ToDomain()};
    ReadChildren(one);
    return std::move(one.front());
  });
}

Result<Page<Ticket>> SociTicketRepository::List(const TicketFilter& filter, PageRequest page) {
  return Guarded([&]() -> Result<Page<Ticket>> {
    TicketWhere where(filter);
    auto result = SelectPage<TicketRow>(sql_, "trouble_ticket", kTicketColumns, where, filter, page, BindInto,
                                        OrderBy(filter.order));
    ReadChildren(result.items);
    return result;
  });
}

Result<AttachmentId> SociTicketRepository::InsertAttachment(TicketId ticket, const AttachmentInfo& info,
                                                            const std::string& content) {
  return Guarded([&]() -> Result<AttachmentId> {
    long long key = ticket.value(), size = info.size, at = EpochSeconds(info.created_at), id = 0;
    std::string encoded = EncodeBase64(content);
    sql_ << "INSERT INTO ticket_attachment (ticket_id, name, mime_type, size, content, created_at) "
            "VALUES (:t, :n, :m, :s, :c, :d) RETURNING id",
        soci::use(key), soci::use(info.name), soci::use(info.mime_type), soci::use(size), soci::use(encoded),
        soci::use(at), soci::into(id);
    return AttachmentId(id);
  });
}

Result<std::string> SociTicketRepository::AttachmentContent(TicketId ticket, AttachmentId attachment) {
  return Guarded([&]() -> Result<std::string> {
    long long key = ticket.value(), id = attachment.value();
    std::string encoded;
    soci::indicator ind = soci::i_null;
    sql_ << "SELECT content FROM ticket_attachment WHERE id = :a AND ticket_id = :t", soci::use(id), soci::use(key),
        soci::into(encoded, ind);
    if (!sql_.got_data()) return Error::NotFound("no attachment " + std::to_string(id) + " on this ticket");
    return DecodeBase64(encoded);
  });
}

}  // namespace bizline

namespace bizline {

// The SLA breach watch's query; trouble_ticket_open_due indexes (status, expected_resolution).
Result<std::vector<Ticket>> SociTicketRepository::PastDue(Instant now, int limit) {
  return Guarded([&]() -> Result<std::vector<Ticket>> {
    std::vector<Ticket> out;
    TicketRow row;
    long long at = EpochSeconds(now), max = limit;
    soci::statement st(sql_);
    BindInto(st, row);
    st.exchange(soci::use(at, "now"));
    st.exchange(soci::use(max, "limit"));
    // IsPastDue (domain/ticketing/service_level.h) in SQL; the statuses come from CanBreach.
    Prepare(st, std::string("SELECT ") + kTicketColumns + " FROM trouble_ticket WHERE status IN (" +
                    BreachableStatuses() +
                    ") AND expected_resolution <= :now AND breached_at IS NULL ORDER BY expected_resolution, id "
                    "LIMIT :limit");
    st.execute();
    while (st.fetch()) out.push_back(row.ToDomain());
    ReadChildren(out);
    return out;
  });
}

Result<bool> SociTicketRepository::MarkBreached(TicketId id, Instant due) {
  return Guarded([&]() -> Result<bool> {
    long long key = id.value(), when = EpochSeconds(due);
    soci::statement st =
        (sql_.prepare << "UPDATE trouble_ticket SET breached_at = :t WHERE id = :id AND breached_at IS NULL "
                         "AND expected_resolution = :due AND status IN ('acknowledged', 'inProgress')",
         soci::use(when, "t"), soci::use(key, "id"), soci::use(when, "due"));
    st.execute(true);
    return st.get_affected_rows() == 1;
  });
}

}  // namespace bizline
