#include "storage/usage/usage_repository.h"

#include <soci/soci.h>

#include <tuple>

#include "storage/core/db_error.h"
#include "storage/core/statement.h"

namespace bizline {
namespace {

long long Signed(std::uint64_t bytes) { return static_cast<long long>(bytes); }
std::uint64_t Unsigned(long long bytes) { return bytes < 0 ? 0 : static_cast<std::uint64_t>(bytes); }

// The days of a month as the text range [first, next first) the `day` column sorts in.
std::pair<std::string, std::string> DayRange(Month month) {
  return {FormatMonth(month) + "-01", FormatMonth(NextMonth(month)) + "-01"};
}

}  // namespace

struct SociUsageRepository::SessionLookup {
  explicit SessionLookup(soci::session& sql)
      : statement((sql.prepare << "SELECT user_name, input_octets, output_octets, last_event, last_status, is_open, "
                                  "nas_address FROM usage_session WHERE nas = :n AND session_id = :s",
                   soci::into(user_name, found), soci::into(in), soci::into(out), soci::into(at), soci::into(status),
                   soci::into(open), soci::into(nas_address), soci::use(nas), soci::use(session_id))) {}

  std::string nas, session_id;  // bound: the key asked for
  std::string user_name, status, nas_address;
  long long in = 0, out = 0, at = 0;
  int open = 0;
  soci::indicator found = soci::i_null;
  soci::statement statement;
};

struct SociUsageRepository::VolumeLookup {
  explicit VolumeLookup(soci::session& sql)
      : statement((sql.prepare << "SELECT SUM(bytes) FROM usage_daily WHERE user_name = :u AND day >= :f AND day < :t",
                   soci::into(bytes, found), soci::use(user_name), soci::use(from), soci::use(to))) {}

  std::string user_name, from, to;  // bound
  long long bytes = 0;
  soci::indicator found = soci::i_null;
  soci::statement statement;
};

struct SociUsageRepository::NoticeInsert {
  explicit NoticeInsert(soci::session& sql)
      : statement(
            (sql.prepare << "INSERT INTO usage_notice (product_id, month, threshold, notified_at) VALUES (:p, :m, "
                            ":t, :at) ON CONFLICT (product_id, month, threshold) DO NOTHING",
             soci::use(product), soci::use(month), soci::use(threshold), soci::use(at))) {}

  long long product = 0, at = 0;  // bound
  std::string month;
  int threshold = 0;
  soci::statement statement;
};

SociUsageRepository::SociUsageRepository(soci::session& session) : sql_(session) {}
SociUsageRepository::~SociUsageRepository() = default;

Result<std::optional<MeteredSession>> SociUsageRepository::FindSession(const std::string& nas,
                                                                       const std::string& session_id) {
  return Guarded([&]() -> Result<std::optional<MeteredSession>> {
    // Bulk import asks once per new session of a file: the statement is prepared once.
    if (!lookup_) lookup_ = std::make_unique<SessionLookup>(sql_);
    SessionLookup& q = *lookup_;
    q.nas = nas;
    q.session_id = session_id;
    if (!q.statement.execute(true)) return std::optional<MeteredSession>();
    MeteredSession s;
    s.nas = nas;
    s.session_id = session_id;
    s.user_name = q.user_name;
    s.state.counters = {Unsigned(q.in), Unsigned(q.out)};
    s.state.last_event = InstantFromEpoch(q.at);
    s.state.last_status = kAcctStatusNames.Parse(q.status).value_or(AcctStatus::kInterimUpdate);
    s.state.open = q.open != 0;
    s.nas_address = q.nas_address;
    return std::optional<MeteredSession>(std::move(s));
  });
}

Status SociUsageRepository::SaveSessions(std::span<const MeteredSession> sessions) {
  return Guarded([&]() -> Status {
    // Prepared once for the whole span (a bulk import writes thousands at a time).
    std::string nas, session_id, user_name, status, nas_address;
    long long in = 0, out = 0, at = 0;
    int open = 0;
    soci::statement st =
        (sql_.prepare << "INSERT INTO usage_session (nas, session_id, user_name, input_octets, output_octets, "
                         "last_event, last_status, is_open, nas_address) VALUES (:n, :s, :u, :i, :o, :at, :st, :op, "
                         ":na) ON CONFLICT (nas, session_id) DO UPDATE SET input_octets = excluded.input_octets, "
                         "output_octets = excluded.output_octets, last_event = excluded.last_event, last_status = "
                         "excluded.last_status, is_open = excluded.is_open, nas_address = excluded.nas_address",
         soci::use(nas), soci::use(session_id), soci::use(user_name), soci::use(in), soci::use(out), soci::use(at),
         soci::use(status), soci::use(open), soci::use(nas_address));
    for (const MeteredSession& s : sessions) {
      nas = s.nas;
      session_id = s.session_id;
      user_name = s.user_name;
      in = Signed(s.state.counters.input);
      out = Signed(s.state.counters.output);
      at = EpochSeconds(s.state.last_event);
      status = ToString(s.state.last_status);
      open = s.state.open ? 1 : 0;
      nas_address = s.nas_address;
      st.execute(true);
    }
    return Ok{};
  });
}

Result<int> SociUsageRepository::CloseSessionsOf(const std::string& nas) {
  return Guarded([&]() -> Result<int> {
    soci::statement st =
        (sql_.prepare << "UPDATE usage_session SET is_open = 0 WHERE nas = :n AND is_open = 1", soci::use(nas));
    st.execute(true);
    return static_cast<int>(st.get_affected_rows());
  });
}

Result<int> SociUsageRepository::CloseSilentSessions(Instant before) {
  return Guarded([&]() -> Result<int> {
    long long at = EpochSeconds(before);
    soci::statement st =
        (sql_.prepare << "UPDATE usage_session SET is_open = 0 WHERE is_open = 1 AND last_event < :b", soci::use(at));
    st.execute(true);
    return static_cast<int>(st.get_affected_rows());
  });
}

Status SociUsageRepository::AddVolumes(std::span<const UserDayVolume> volumes) {
  return Guarded([&]() -> Status {
    std::string user_name, day;
    long long add = 0;
    soci::statement st =
        (sql_.prepare << "INSERT INTO usage_daily (user_name, day, bytes) VALUES (:u, :d, :b) ON CONFLICT (user_name, "
                         "day) DO UPDATE SET bytes = usage_daily.bytes + excluded.bytes",
         soci::use(user_name), soci::use(day), soci::use(add));
    for (const UserDayVolume& v : volumes) {
      user_name = v.user_name;
      day = FormatCivilDay(v.day);
      add = Signed(v.bytes.value);
      st.execute(true);
    }
    return Ok{};
  });
}

Result<std::vector<DailyVolume>> SociUsageRepository::DailyVolumes(const std::string& user_name, Month month) {
  return Guarded([&]() -> Result<std::vector<DailyVolume>> {
    auto [from, to] = DayRange(month);
    std::string day;
    long long bytes = 0;
    std::vector<DailyVolume> out;
    soci::statement st = (sql_.prepare << "SELECT day, bytes FROM usage_daily WHERE user_name = :u AND day >= :f AND "
                                          "day < :t ORDER BY day",
                          soci::into(day), soci::into(bytes), soci::use(user_name), soci::use(from), soci::use(to));
    st.execute();
    while (st.fetch()) {
      if (auto parsed = ParseCivilDay(day)) out.push_back({*parsed, Bytes{Unsigned(bytes)}});
    }
    return out;
  });
}

Result<std::vector<UserMonthVolume>> SociUsageRepository::MonthVolumes(Month month) {
  return Guarded([&]() -> Result<std::vector<UserMonthVolume>> {
    auto [from, to] = DayRange(month);
    std::string user;
    long long bytes = 0;
    std::vector<UserMonthVolume> out;
    soci::statement st = (sql_.prepare << "SELECT user_name, SUM(bytes) FROM usage_daily WHERE day >= :f AND day < :t "
                                          "GROUP BY user_name ORDER BY user_name",
                          soci::into(user), soci::into(bytes), soci::use(from), soci::use(to));
    st.execute();
    while (st.fetch()) out.push_back({user, Bytes{Unsigned(bytes)}});
    return out;
  });
}

Result<Bytes> SociUsageRepository::MonthVolume(const std::string& user_name, Month month) {
  return Guarded([&]() -> Result<Bytes> {
    if (!volume_lookup_) volume_lookup_ = std::make_unique<VolumeLookup>(sql_);
    VolumeLookup& q = *volume_lookup_;
    q.user_name = user_name;
    std::tie(q.from, q.to) = DayRange(month);
    q.found = soci::i_null;
    q.statement.execute(true);
    return Bytes{q.found == soci::i_ok ? Unsigned(q.bytes) : 0};
  });
}

Result<Page<LineDayVolume>> SociUsageRepository::LineDays(const LineDayFilter& f, PageRequest page) {
  return Guarded([&]() -> Result<Page<LineDayVolume>> {
    // Every value is bound; only the fixed clauses are spliced.
    std::string where = " FROM usage_daily d JOIN product p ON p.radius_user_name = d.user_name WHERE 1=1";
    long long only = f.only ? f.only->value() : 0, customer = f.customer ? f.customer->value() : 0;
    long long line = f.line ? f.line->value() : 0;
    std::string from = f.from ? FormatCivilDay(*f.from) : "", until = f.until ? FormatCivilDay(*f.until) : "";
    if (f.only) where += " AND p.customer_id = :only";
    if (f.customer) where += " AND p.customer_id = :customer";
    if (f.line) where += " AND p.id = :line";
    if (f.from) where += " AND d.day >= :dfrom";
    if (f.until) where += " AND d.day < :duntil";
    const auto bind = [&](soci::statement& st) {
      if (f.only) st.exchange(soci::use(only, "only"));
      if (f.customer) st.exchange(soci::use(customer, "customer"));
      if (f.line) st.exchange(soci::use(line, "line"));
      if (f.from) st.exchange(soci::use(from, "dfrom"));
      if (f.until) st.exchange(soci::use(until, "duntil"));
    };
    Page<LineDayVolume> out;
    {
      long long total = 0;
      soci::statement st(sql_);
      st.exchange(soci::into(total));
      bind(st);
      Prepare(st, "SELECT COUNT(*)" + where);
      st.execute(true);
      out.total = total;
    }
    long long id = 0, cust = 0, bytes = 0, limit = page.limit, offset = page.offset;
    std::string user, day;
    soci::statement st(sql_);
    st.exchange(soci::into(id));
    st.exchange(soci::into(cust));
    st.exchange(soci::into(user));
    st.exchange(soci::into(day));
    st.exchange(soci::into(bytes));
    bind(st);
    st.exchange(soci::use(limit, "lim"));
    st.exchange(soci::use(offset, "off"));
    Prepare(st, "SELECT p.id, p.customer_id, d.user_name, d.day, d.bytes" + where +
                    " ORDER BY d.day, p.id LIMIT :lim OFFSET :off");
    st.execute();
    while (st.fetch()) {
      if (auto parsed = ParseCivilDay(day)) {
        out.items.push_back({ProductId(id), CustomerId(cust), user, *parsed, Bytes{Unsigned(bytes)}});
      }
    }
    return out;
  });
}

Result<bool> SociUsageRepository::RecordNotice(ProductId line, Month month, int threshold, Instant at) {
  return Guarded([&]() -> Result<bool> {
    if (!notice_insert_) notice_insert_ = std::make_unique<NoticeInsert>(sql_);
    NoticeInsert& q = *notice_insert_;
    q.product = line.value();
    q.at = EpochSeconds(at);
    q.month = FormatMonth(month);
    q.threshold = threshold;
    q.statement.execute(true);
    return q.statement.get_affected_rows() == 1;
  });
}

Result<JournalPosition> SociUsageRepository::JournalCursor(const std::string& journal) {
  return Guarded([&]() -> Result<JournalPosition> {
    long long segment = 0, offset = 0;
    sql_ << "SELECT segment, byte_offset FROM usage_journal_cursor WHERE journal_id = :j", soci::into(segment),
        soci::into(offset), soci::use(journal);
    if (!sql_.got_data()) return JournalPosition{};
    return JournalPosition{segment, offset};
  });
}

Status SociUsageRepository::SaveJournalCursor(const std::string& journal, JournalPosition position) {
  return Guarded([&]() -> Status {
    long long segment = position.segment, offset = position.offset;
    sql_ << "INSERT INTO usage_journal_cursor (journal_id, segment, byte_offset) VALUES (:j, :s, :o) ON CONFLICT "
            "(journal_id) DO UPDATE SET segment = excluded.segment, byte_offset = excluded.byte_offset",
        soci::use(journal), soci::use(segment), soci::use(offset);
    return Ok{};
  });
}

}  // namespace bizline
