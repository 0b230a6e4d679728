// Ports of the identity capability: users and their sessions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/core/page.h"
#include "app/core/storage.h"
#include "domain/identity/user.h"

namespace bizline {

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  virtual Result<UserId> Insert(const User& user) = 0;
  virtual Result<User> Get(UserId id) = 0;
  virtual Result<User> FindByEmail(const std::string& email) = 0;

  virtual Status InsertSession(const AuthSession& session) = 0;
  virtual Result<AuthSession> FindSession(const std::string& token_hash) = 0;
  virtual Status DeleteSession(const std::string& token_hash) = 0;
  virtual Status DeleteExpiredSessions(Instant now) = 0;
};

inline UserRepository& Users(Transaction& tx) { return tx.Repository<UserRepository>(); }

}  // namespace bizline
