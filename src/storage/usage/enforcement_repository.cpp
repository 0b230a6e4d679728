#include "storage/usage/enforcement_repository.h"

#include <soci/soci.h>

#include "storage/core/db_error.h"
#include "storage/core/statement.h"

namespace bizline {
namespace {

constexpr const char* kThrottleColumns =
    "id, product_id, user_name, month, state, profile, lift_profile, nas_address, session_id, attempts, created_at, "
    "next_attempt_at, lifted_at, last_error, version";

// The columns of one usage_throttle row, bound by SOCI `into`.
struct ThrottleRow {
  long long id = 0, product = 0, created = 0, next = 0, lifted = 0;
  std::string user, month, state, profile, lift_profile, nas, session, error;
  int attempts = 0, version = 0;
  soci::indicator lifted_ind = soci::i_null;

  void Bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(product));
    st.exchange(soci::into(user));
    st.exchange(soci::into(month));
    st.exchange(soci::into(state));
    st.exchange(soci::into(profile));
    st.exchange(soci::into(lift_profile));
    st.exchange(soci::into(nas));
    st.exchange(soci::into(session));
    st.exchange(soci::into(attempts));
    st.exchange(soci::into(created));
    st.exchange(soci::into(next));
    st.exchange(soci::into(lifted, lifted_ind));
    st.exchange(soci::into(error));
    st.exchange(soci::into(version));
  }

  Throttle ToDomain() const {
    Throttle t;
    t.id = id;
    t.line = ProductId(product);
    t.user_name = user;
    t.month = ParseMonth(month).value_or(Month{});
    t.state = kThrottleStateNames.Parse(state).value_or(ThrottleState::kUnreachable);
    t.profile = profile;
    t.lift_profile = lift_profile;
    t.nas_address = nas;
    t.session_id = session;
    t.attempts = attempts;
    t.created_at = InstantFromEpoch(created);
    t.next_attempt_at = InstantFromEpoch(next);
    if (lifted_ind == soci::i_ok) t.lifted_at = InstantFromEpoch(lifted);
    t.last_error = error;
    t.version = version;
    return t;
  }
};

// in_force_month: the month while the state reduces the speed, else NULL (the unique index on
// it lets one throttle per line and month be in force).
soci::indicator InForce(ThrottleState state) { return ReducesSpeed(state) ? soci::i_ok : soci::i_null; }

}  // namespace

Result<std::optional<SessionTarget>> SociUsageEnforcementRepository::LatestSession(const std::string& user_name) {
  return Guarded([&]() -> Result<std::optional<SessionTarget>> {
    SessionTarget target;
    sql_ << "SELECT nas_address, session_id FROM usage_session WHERE user_name = :u ORDER BY is_open DESC, "
            "last_event DESC LIMIT 1",
        soci::into(target.nas_address), soci::into(target.session_id), soci::use(user_name);
    if (!sql_.got_data()) return std::optional<SessionTarget>();
    return std::optional<SessionTarget>(target);
  });
}

Result<std::optional<std::int64_t>> SociUsageEnforcementRepository::InsertThrottle(const Throttle& t) {
  return Guarded([&]() -> Result<std::optional<std::int64_t>> {
    long long id = 0, product = t.line.value(), created = EpochSeconds(t.created_at),
              next = EpochSeconds(t.next_attempt_at);
    std::string month = FormatMonth(t.month), state(ToString(t.state));
    soci::indicator in_force = InForce(t.state);
    sql_ << "INSERT INTO usage_throttle (product_id, user_name, month, state, profile, lift_profile, nas_address, "
            "session_id, attempts, created_at, next_attempt_at, last_error, version, in_force_month) VALUES (:p, :u, "
            ":m, :s, :pr, :lp, :na, :se, :a, :c, :n, :e, 0, :f) ON CONFLICT (product_id, in_force_month) DO NOTHING "
            "RETURNING id",
        soci::use(product), soci::use(t.user_name), soci::use(month), soci::use(state), soci::use(t.profile),
        soci::use(t.lift_profile), soci::use(t.nas_address), soci::use(t.session_id), soci::use(t.attempts),
        soci::use(created), soci::use(next), soci::use(t.last_error), soci::use(month, in_force), soci::into(id);
    if (!sql_.got_data()) return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(static_cast<std::int64_t>(id));
  });
}

Status SociUsageEnforcementRepository::UpdateThrottle(const Throttle& t) {
  return Guarded([&]() -> Status {
    long long id = t.id, next = EpochSeconds(t.next_attempt_at), lifted = t.lifted_at ? EpochSeconds(*t.lifted_at) : 0;
    soci::indicator lifted_ind = t.lifted_at ? soci::i_ok : soci::i_null;
    std::string state(ToString(t.state)), month = FormatMonth(t.month);
    soci::indicator in_force = InForce(t.state);
    int version = t.version;
    soci::statement st =
        (sql_.prepare << "UPDATE usage_throttle SET state = :s, nas_address = :na, session_id = :se, attempts = :a, "
                         "next_attempt_at = :n, lifted_at = :l, last_error = :e, in_force_month = :f, "
                         "version = version + 1 WHERE id = :id AND version = :v",
         soci::use(state), soci::use(t.nas_address), soci::use(t.session_id), soci::use(t.attempts), soci::use(next),
         soci::use(lifted, lifted_ind), soci::use(t.last_error), soci::use(month, in_force), soci::use(id),
         soci::use(version));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      return Error::Stale("throttle " + std::to_string(id) + " was changed concurrently");
    }
    return Ok{};
  });
}

Result<std::vector<Throttle>> SociUsageEnforcementRepository::Select(
    const std::string& where, const std::function<void(soci::statement&)>& bind) {
  return Guarded([&]() -> Result<std::vector<Throttle>> {
    ThrottleRow row;
    soci::statement st(sql_);
    row.Bind(st);
    bind(st);
    Prepare(st, std::string("SELECT ") + kThrottleColumns + " FROM usage_throttle WHERE " + where);
    st.execute();
    std::vector<Throttle> out;
    while (st.fetch()) out.push_back(row.ToDomain());
    return out;
  });
}

Result<std::optional<Throttle>> SociUsageEnforcementRepository::OpenThrottle(ProductId line, Month month) {
  long long product = line.value();
  std::string text = FormatMonth(month);
  ASSIGN_OR_RETURN(auto rows,
                   Select("product_id = :p AND in_force_month = :m ORDER BY id DESC LIMIT 1", [&](soci::statement& st) {
                     st.exchange(soci::use(product, "p"));
                     st.exchange(soci::use(text, "m"));
                   }));
  if (rows.empty()) return std::optional<Throttle>();
  return std::optional<Throttle>(rows.front());
}

Result<std::vector<Throttle>> SociUsageEnforcementRepository::DueThrottles(Instant now, int limit) {
  long long at = EpochSeconds(now), lim = limit;
  return Select(
      "state IN ('pending', 'liftPending') AND next_attempt_at <= :now ORDER BY next_attempt_at, id LIMIT :lim",
      [&](soci::statement& st) {
        st.exchange(soci::use(at, "now"));
        st.exchange(soci::use(lim, "lim"));
      });
}

Result<std::vector<Throttle>> SociUsageEnforcementRepository::ThrottlesBefore(Month month, int limit) {
  std::string text = FormatMonth(month);
  long long lim = limit;
  return Select("in_force_month < :m ORDER BY id LIMIT :lim", [&](soci::statement& st) {
    st.exchange(soci::use(text, "m"));
    st.exchange(soci::use(lim, "lim"));
  });
}

Result<std::vector<Throttle>> SociUsageEnforcementRepository::ThrottlesOf(Month month) {
  std::string text = FormatMonth(month);
  return Select("month = :m ORDER BY id DESC", [&](soci::statement& st) { st.exchange(soci::use(text, "m")); });
}

Result<std::int64_t> SociUsageEnforcementRepository::InsertVolumePack(const VolumePack& p) {
  return Guarded([&]() -> Result<std::int64_t> {
    long long id = 0, product = p.line.value(), customer = p.customer.value(),
              size = static_cast<long long>(p.terms.size.value), price = p.terms.price.value(),
              at = EpochSeconds(p.ordered_at);
    std::string month = FormatMonth(p.month), charge(ToString(p.terms.charge));
    sql_ << "INSERT INTO usage_volume_pack (product_id, customer_id, month, size_bytes, charge, price_id, price_cents, "
            "ordered_at, ordered_by) VALUES (:p, :c, :m, :s, :ch, :pi, :pc, :at, :by) RETURNING id",
        soci::use(product), soci::use(customer), soci::use(month), soci::use(size), soci::use(charge),
        soci::use(p.terms.price_id), soci::use(price), soci::use(at), soci::use(p.ordered_by), soci::into(id);
    return static_cast<std::int64_t>(id);
  });
}

Result<std::vector<VolumePack>> SociUsageEnforcementRepository::VolumePacks(ProductId line, Month month) {
  return Packs(line, month);
}

Result<std::vector<VolumePack>> SociUsageEnforcementRepository::VolumePacksOf(Month month) {
  return Packs(std::nullopt, month);
}

Result<std::vector<VolumePack>> SociUsageEnforcementRepository::Packs(std::optional<ProductId> line, Month month) {
  return Guarded([&]() -> Result<std::vector<VolumePack>> {
    long long id = 0, product = 0, customer = 0, size = 0, price = 0, at = 0, only = line ? line->value() : 0;
    std::string charge, price_id, by, text = FormatMonth(month);
    soci::statement st(sql_);
    st.exchange(soci::into(id));
    st.exchange(soci::into(product));
    st.exchange(soci::into(customer));
    st.exchange(soci::into(size));
    st.exchange(soci::into(charge));
    st.exchange(soci::into(price_id));
    st.exchange(soci::into(price));
    st.exchange(soci::into(at));
    st.exchange(soci::into(by));
    st.exchange(soci::use(text, "m"));
    if (line) st.exchange(soci::use(only, "p"));
    Prepare(st,
            std::string("SELECT id, product_id, customer_id, size_bytes, charge, price_id, price_cents, ordered_at, "
                        "ordered_by FROM usage_volume_pack WHERE month = :m") +
                (line ? " AND product_id = :p" : "") + " ORDER BY id");
    st.execute();
    std::vector<VolumePack> out;
    while (st.fetch()) {
      VolumePack p;
      p.id = id;
      p.line = ProductId(product);
      p.customer = CustomerId(customer);
      p.month = month;
      p.terms.size = Bytes{static_cast<std::uint64_t>(size)};
      p.terms.charge = ParseVolumePackCharge(charge).value_or(VolumePackCharge::kPaid);
      p.terms.price = Cents(price);
      p.terms.price_id = price_id;
      p.ordered_at = InstantFromEpoch(at);
      p.ordered_by = by;
      out.push_back(std::move(p));
    }
    return out;
  });
}

}  // namespace bizline
