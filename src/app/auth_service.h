// Logging in and out, and turning a bearer token into the Principal every other use case
// takes. Tokens are opaque random strings; only their hash is stored, with an expiry.
#pragma once

#include <string>

#include "app/ports/clock.h"
#include "app/ports/crypto.h"
#include "app/ports/repositories.h"
#include "domain/identity/role.h"

namespace bizline {

struct LoginResult {
  std::string token;
  Instant expires_at{};
  User user;
};

struct NewUser {
  std::string email;
  std::string name;
  std::string password;
  Role role = Role::kAgentL1;
  CustomerId customer_id;
};

class AuthService {
 public:
  AuthService(Storage& storage, const Clock& clock, const Crypto& crypto,
              Seconds token_lifetime = std::chrono::hours(12))
      : storage_(storage), clock_(clock), crypto_(crypto), token_lifetime_(token_lifetime) {}

  Result<LoginResult> Login(const std::string& email, const std::string& password);
  Status Logout(const std::string& token);
  Result<Principal> Authenticate(const std::string& token);
  Result<User> Me(const Principal& principal);

  // Creating users is an admin task (and the CLI's `user add`, which acts as the system).
  Result<UserId> AddUser(const Principal& principal, NewUser user);
  Result<UserId> AddUserAsSystem(NewUser user);

 private:
  Storage& storage_;
  const Clock& clock_;
  const Crypto& crypto_;
  Seconds token_lifetime_;
};

}  // namespace bizline
