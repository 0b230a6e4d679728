#include "storage/identity/user_repository.h"

#include <soci/soci.h>

#include "storage/core/db_error.h"
#include "storage/core/statement.h"

namespace bizline {

Result<UserId> SociUserRepository::Insert(const User& u) {
  return Guarded([&]() -> Result<UserId> {
    long long id = 0;
    long long customer = u.customer_id.value();
    soci::indicator customer_ind = u.customer_id.valid() ? soci::i_ok : soci::i_null;
    std::string role(ToString(u.role));
    long long created = EpochSeconds(u.created_at);
    sql_ << "INSERT INTO app_user (email, name, role, customer_id, password_hash, created_at) "
            "VALUES (:e, :n, :r, :c, :h, :t) RETURNING id",
        soci::use(u.email), soci::use(u.name), soci::use(role), soci::use(customer, customer_ind),
        soci::use(u.password_hash), soci::use(created), soci::into(id);
    return UserId(id);
  });
}

Result<User> SociUserRepository::FindOne(const std::string& where, const std::string& key_text, long long key_number) {
  return Guarded([&]() -> Result<User> {
    long long id = 0, customer = 0, created = 0;
    soci::indicator customer_ind = soci::i_ok;
    std::string email, name, role, hash;
    soci::statement st(sql_);
    st.exchange(soci::into(id));
    st.exchange(soci::into(email));
    st.exchange(soci::into(name));
    st.exchange(soci::into(role));
    st.exchange(soci::into(customer, customer_ind));
    st.exchange(soci::into(hash));
    st.exchange(soci::into(created));
    if (key_text.empty()) {
      st.exchange(soci::use(key_number));
    } else {
      st.exchange(soci::use(key_text));
    }
    Prepare(st, "SELECT id, email, name, role, customer_id, password_hash, created_at FROM app_user WHERE " + where);
    st.execute();
    if (!st.fetch()) return Error::NotFound("no such user");
    auto parsed_role = ParseRole(role);
    if (!parsed_role) return Error::Unavailable("stored user " + std::to_string(id) + " has an unknown role " + role);
    return User{UserId(id),
                email,
                name,
                *parsed_role,
                customer_ind == soci::i_ok ? CustomerId(customer) : CustomerId(),
                hash,
                InstantFromEpoch(created)};
  });
}

Result<User> SociUserRepository::Get(UserId id) { return FindOne("id = :k", "", id.value()); }

Result<User> SociUserRepository::FindByEmail(const std::string& email) {
  if (email.empty()) return Error::NotFound("no such user");
  return FindOne("email = :k", email, 0);
}

Status SociUserRepository::InsertSession(const AuthSession& s) {
  return Guarded([&]() -> Status {
    long long user = s.user_id.value();
    long long expires = EpochSeconds(s.expires_at);
    sql_ << "INSERT INTO auth_session (token_hash, user_id, expires_at) VALUES (:h, :u, :e)", soci::use(s.token_hash),
        soci::use(user), soci::use(expires);
    return Ok{};
  });
}

Result<AuthSession> SociUserRepository::FindSession(const std::string& token_hash) {
  return Guarded([&]() -> Result<AuthSession> {
    long long user = 0, expires = 0;
    soci::statement st = (sql_.prepare << "SELECT user_id, expires_at FROM auth_session WHERE token_hash = :h",
                          soci::use(token_hash), soci::into(user), soci::into(expires));
    st.execute();
    if (!st.fetch()) return Error::NotFound("no such session");
    return AuthSession{token_hash, UserId(user), InstantFromEpoch(expires)};
  });
}

Status SociUserRepository::DeleteSession(const std::string& token_hash) {
  return Guarded([&]() -> Status {
    sql_ << "DELETE FROM auth_session WHERE token_hash = :h", soci::use(token_hash);
    return Ok{};
  });
}

Status SociUserRepository::DeleteExpiredSessions(Instant now) {
  return Guarded([&]() -> Status {
    long long cutoff = EpochSeconds(now);
    sql_ << "DELETE FROM auth_session WHERE expires_at <= :t", soci::use(cutoff);
    return Ok{};
  });
}

}  // namespace bizline
