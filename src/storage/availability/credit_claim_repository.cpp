#include "storage/availability/credit_claim_repository.h"

#include <soci/soci.h>

#include "storage/core/db_error.h"
#include "storage/core/statement.h"

namespace bizline {
namespace {

constexpr const char* kColumns =
    "id, product_id, customer_id, kind, found_month, state, filed_at, filed_by, deadline, rate_bp, rule, reason, "
    "monthly_fee_cents, amount_cents, decided_at, decided_by, refusal_reason, version";

// The columns of one credit_claim row, bound by SOCI `into`.
struct ClaimRow {
  long long id = 0, product = 0, customer = 0, filed = 0, rate = 0, fee = 0, amount = 0, decided = 0;
  std::string kind, found, state, filed_by, deadline, rule, reason, decided_by, refusal;
  int version = 0;
  soci::indicator decided_ind = soci::i_null;

  CreditClaim ToDomain() const {
    CreditClaim c;
    c.id = ClaimId(id);
    c.line = ProductId(product);
    c.customer = CustomerId(customer);
    // found_month is YYYY-MM whatever the kind: parsed as a restoration month's period.
    if (auto parsed = ParseClaimedBreach(ClaimKind::kRestoration, found, "found_month")) c.breach = *parsed;
    c.breach.kind = kClaimKindNames.Parse(kind).value_or(ClaimKind::kRestoration);
    c.state = kClaimStateNames.Parse(state).value_or(ClaimState::kPending);
    c.filed_at = InstantFromEpoch(filed);
    c.filed_by = filed_by;
    c.deadline = ParseCivilDay(deadline).value_or(CivilDay{});
    c.eligibility.rate = CreditRate(rate);
    c.eligibility.rule = rule;
    c.eligibility.reason = reason;
    c.eligibility.monthly_fee = Cents(fee);
    c.eligibility.amount = Cents(amount);
    if (decided_ind == soci::i_ok) c.decided_at = InstantFromEpoch(decided);
    c.decided_by = decided_by;
    c.refusal_reason = refusal;
    c.version = version;
    return c;
  }
};

void BindInto(soci::statement& st, ClaimRow& r) {
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.product));
  st.exchange(soci::into(r.customer));
  st.exchange(soci::into(r.kind));
  st.exchange(soci::into(r.found));
  st.exchange(soci::into(r.state));
  st.exchange(soci::into(r.filed));
  st.exchange(soci::into(r.filed_by));
  st.exchange(soci::into(r.deadline));
  st.exchange(soci::into(r.rate));
  st.exchange(soci::into(r.rule));
  st.exchange(soci::into(r.reason));
  st.exchange(soci::into(r.fee));
  st.exchange(soci::into(r.amount));
  st.exchange(soci::into(r.decided, r.decided_ind));
  st.exchange(soci::into(r.decided_by));
  st.exchange(soci::into(r.refusal));
  st.exchange(soci::into(r.version));
}

std::string FoundText(const ClaimedBreach& breach) {
  return ClaimedBreach{ClaimKind::kRestoration, breach.found}.PeriodText();
}

// holding_period: the period while the claim holds its breach, else NULL (NULLs never collide in
// the unique index, so refused claims do not block a new one).
soci::indicator Holding(ClaimState state) { return HoldsBreach(state) ? soci::i_ok : soci::i_null; }

struct ClaimWhere {
  std::string sql = " WHERE 1=1";
  long long only = 0, customer = 0, line = 0;
  std::string state;

  explicit ClaimWhere(const ClaimFilter& f) {
    if (f.only) {
      sql += " AND customer_id = :only";
      only = f.only->value();
    }
    if (f.customer) {
      sql += " AND customer_id = :customer";
      customer = f.customer->value();
    }
    if (f.line) {
      sql += " AND product_id = :line";
      line = f.line->value();
    }
    if (f.state) {
      sql += " AND state = :state";
      state = std::string(kClaimStateNames.Name(*f.state));
    }
  }
  void Bind(soci::statement& st, const ClaimFilter& f) {
    if (f.only) st.exchange(soci::use(only, "only"));
    if (f.customer) st.exchange(soci::use(customer, "customer"));
    if (f.line) st.exchange(soci::use(line, "line"));
    if (f.state) st.exchange(soci::use(state, "state"));
  }
};

}  // namespace

Result<ClaimId> SociCreditClaimRepository::Insert(const CreditClaim& c) {
  return Guarded([&]() -> Result<ClaimId> {
    long long id = 0, product = c.line.value(), customer = c.customer.value(), filed = EpochSeconds(c.filed_at),
              rate = c.eligibility.rate.basis_points(), fee = c.eligibility.monthly_fee.value(),
              amount = c.eligibility.amount.value();
    std::string kind(kClaimKindNames.Name(c.breach.kind)), period = c.breach.PeriodText(), found = FoundText(c.breach),
                                                           state(kClaimStateNames.Name(c.state)),
                                                           deadline = FormatCivilDay(c.deadline);
    soci::indicator holding = Holding(c.state);
    sql_ << "INSERT INTO credit_claim (product_id, customer_id, kind, period, found_month, state, filed_at, filed_by, "
            "deadline, rate_bp, rule, reason, monthly_fee_cents, amount_cents, decided_by, refusal_reason, version, "
            "holding_period) VALUES (:p, :c, :k, :pe, :f, :s, :fa, :fb, :d, :r, :ru, :re, :fee, :a, '', '', 0, :h) "
            "ON CONFLICT (product_id, kind, holding_period) DO NOTHING RETURNING id",
        soci::use(product), soci::use(customer), soci::use(kind), soci::use(period), soci::use(found), soci::use(state),
        soci::use(filed), soci::use(c.filed_by), soci::use(deadline), soci::use(rate), soci::use(c.eligibility.rule),
        soci::use(c.eligibility.reason), soci::use(fee), soci::use(amount), soci::use(period, holding), soci::into(id);
    if (!sql_.got_data()) {
      return Error::Exists("a claim for line " + std::to_string(product) + " and " + period +
                           " is already pending or approved: a breach is credited once (SLA-044)");
    }
    return ClaimId(id);
  });
}

Status SociCreditClaimRepository::Update(const CreditClaim& c) {
  return Guarded([&]() -> Status {
    long long id = c.id.value(), rate = c.eligibility.rate.basis_points(), fee = c.eligibility.monthly_fee.value(),
              amount = c.eligibility.amount.value(), decided = c.decided_at ? EpochSeconds(*c.decided_at) : 0;
    soci::indicator decided_ind = c.decided_at ? soci::i_ok : soci::i_null;
    std::string state(kClaimStateNames.Name(c.state)), period = c.breach.PeriodText();
    soci::indicator holding = Holding(c.state);
    int version = c.version;
    soci::statement st =
        (sql_.prepare << "UPDATE credit_claim SET state = :s, rate_bp = :r, rule = :ru, reason = :re, "
                         "monthly_fee_cents = :fee, amount_cents = :a, decided_at = :da, decided_by = :db, "
                         "refusal_reason = :rr, holding_period = :h, version = version + 1 "
                         "WHERE id = :id AND version = :v",
         soci::use(state), soci::use(rate), soci::use(c.eligibility.rule), soci::use(c.eligibility.reason),
         soci::use(fee), soci::use(amount), soci::use(decided, decided_ind), soci::use(c.decided_by),
         soci::use(c.refusal_reason), soci::use(period, holding), soci::use(id), soci::use(version));
    st.execute(true);
    if (st.get_affected_rows() == 0) {
      return Error::Stale("claim " + std::to_string(id) + " was changed concurrently");
    }
    return Ok{};
  });
}

Result<std::optional<CreditClaim>> SociCreditClaimRepository::Find(ClaimId id) {
  return Guarded([&]() -> Result<std::optional<CreditClaim>> {
    ClaimRow row;
    long long key = id.value();
    soci::statement st(sql_);
    BindInto(st, row);
    st.exchange(soci::use(key, "id"));
    Prepare(st, std::string("SELECT ") + kColumns + " FROM credit_claim WHERE id = :id");
    st.execute();
    if (!st.fetch()) return std::optional<CreditClaim>();
    return std::optional<CreditClaim>(row.ToDomain());
  });
}

Result<Page<CreditClaim>> SociCreditClaimRepository::List(const ClaimFilter& filter, PageRequest page) {
  return Guarded([&]() -> Result<Page<CreditClaim>> {
    ClaimWhere where(filter);
    return SelectPage<ClaimRow>(sql_, "credit_claim", kColumns, where, filter, page, BindInto, "id DESC");
  });
}

Status SociCreditClaimRepository::RecordCredit(const CreditClaim& c) {
  return Guarded([&]() -> Status {
    long long claim = c.id.value(), product = c.line.value(), customer = c.customer.value(),
              rate = c.eligibility.rate.basis_points(), fee = c.eligibility.monthly_fee.value(),
              amount = c.eligibility.amount.value(), at = c.decided_at ? EpochSeconds(*c.decided_at) : 0;
    std::string kind(kClaimKindNames.Name(c.breach.kind)), period = c.breach.PeriodText();
    sql_ << "INSERT INTO service_credit (claim_id, product_id, customer_id, kind, period, rule, rate_bp, "
            "monthly_fee_cents, amount_cents, approved_at) VALUES (:c, :p, :cu, :k, :pe, :ru, :r, :f, :a, :at)",
        soci::use(claim), soci::use(product), soci::use(customer), soci::use(kind), soci::use(period),
        soci::use(c.eligibility.rule), soci::use(rate), soci::use(fee), soci::use(amount), soci::use(at);
    return Ok{};
  });
}

Result<std::vector<ServiceCredit>> SociCreditClaimRepository::UnbilledCredits(CustomerId customer) {
  return Guarded([&]() -> Result<std::vector<ServiceCredit>> {
    long long key = customer.value(), claim = 0, product = 0, rate = 0, fee = 0, amount = 0, at = 0;
    std::string kind, period, rule;
    soci::statement st =
        (sql_.prepare << "SELECT claim_id, product_id, kind, period, rule, rate_bp, monthly_fee_cents, amount_cents, "
                         "approved_at FROM service_credit WHERE customer_id = :c AND invoice_ref IS NULL ORDER BY id",
         soci::into(claim), soci::into(product), soci::into(kind), soci::into(period), soci::into(rule),
         soci::into(rate), soci::into(fee), soci::into(amount), soci::into(at), soci::use(key));
    st.execute();
    std::vector<ServiceCredit> out;
    while (st.fetch()) {
      ServiceCredit c;
      c.claim = ClaimId(claim);
      c.line = ProductId(product);
      c.customer = customer;
      const ClaimKind parsed = kClaimKindNames.Parse(kind).value_or(ClaimKind::kRestoration);
      if (auto breach = ParseClaimedBreach(parsed, period, "period")) c.breach = *breach;
      c.rule = rule;
      c.rate = CreditRate(rate);
      c.monthly_fee = Cents(fee);
      c.amount = Cents(amount);
      c.approved_at = InstantFromEpoch(at);
      out.push_back(std::move(c));
    }
    return out;
  });
}

}  // namespace bizline
