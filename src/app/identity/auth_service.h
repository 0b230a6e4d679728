// Logging in and out, and turning a bearer token into the Principal every other use case
// takes. Tokens are opaque random strings; only their hash is stored, with an expiry. A small
// in-process TokenCache answers repeated lookups of the same token without the database; a
// logout or an expired session fails at once on this server (token_cache.h for other servers).
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include "app/core/clock.h"
#include "app/core/crypto.h"
#include "app/identity/ports.h"
#include "app/identity/token_cache.h"
#include "domain/identity/role.h"

namespace bizline {

struct LoginResult {
  std::string token;
  Instant expires_at{};
  User user;
};

// What a browser is told about its session (GET /auth/session). A browser session is the same
// stored session as a bearer token, carried in an HttpOnly cookie; every unsafe request made
// with it must also carry the session's CSRF token, which only the page that logged in (or asks
// GET /auth/session with the cookie, which another site cannot read) learns. The CSRF token is
// derived from the session token, so nothing more is stored and a logout revokes both.
struct SessionView {
  User user;
  Instant expires_at{};
  std::string csrf_token;
};

// The token cache: how many sessions it holds and how long an entry may be reused before the
// database is asked again (the bound on seeing another server's logout). ttl 0 disables it.
struct TokenCacheOptions {
  std::size_t capacity = 10000;
  Seconds ttl = Seconds(5);
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
              Seconds token_lifetime = std::chrono::hours(12), TokenCacheOptions cache = {})
      : storage_(storage),
        clock_(clock),
        crypto_(crypto),
        token_lifetime_(token_lifetime),
        cache_(cache.capacity, cache.ttl) {}

  Result<LoginResult> Login(const std::string& email, const std::string& password);
  Status Logout(const std::string& token);
  Result<Principal> Authenticate(const std::string& token);
  Result<SessionView> Session(const std::string& token);
  std::string CsrfToken(const std::string& session_token) const;
  // Compares in constant time: the answer's timing tells nothing about the expected token.
  bool CsrfTokenMatches(const std::string& session_token, std::string_view presented) const;
  Seconds session_lifetime() const { return token_lifetime_; }
  // Logins refused for a wrong e-mail or password since the process started (GET /metrics).
  std::uint64_t failed_logins() const { return failed_logins_.load(std::memory_order_relaxed); }
  Result<User> Me(const Principal& principal);

  // Creating users is an admin task (and the CLI's `user add`, which acts as the system).
  Result<UserId> AddUser(const Principal& principal, NewUser user);
  Result<UserId> AddUserAsSystem(NewUser user);

 private:
  Storage& storage_;
  const Clock& clock_;
  const Crypto& crypto_;
  Seconds token_lifetime_;
  TokenCache cache_;
  std::atomic<std::uint64_t> failed_logins_{0};
};

}  // namespace bizline
