// Users and login sessions in SQL.
#pragma once

#include "app/identity/ports.h"

namespace soci {
class session;
}

namespace bizline {

class SociUserRepository final : public UserRepository {
 public:
  explicit SociUserRepository(soci::session& session) : sql_(session) {}

  Result<UserId> Insert(const User& user) override;
  Result<User> Get(UserId id) override;
  Result<User> FindByEmail(const std::string& email) override;
  Status InsertSession(const AuthSession& session) override;
  Result<AuthSession> FindSession(const std::string& token_hash) override;
  Status DeleteSession(const std::string& token_hash) override;
  Status DeleteExpiredSessions(Instant now) override;

 private:
  Result<User> FindOne(const std::string& where, const std::string& key_text, long long key_number);
  soci::session& sql_;
};

}  // namespace bizline
