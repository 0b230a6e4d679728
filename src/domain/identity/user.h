// A person who logs in to bizline: operator staff or a customer's representative.
#pragma once

#include <string>

#include "domain/core/ids.h"
#include "domain/core/instant.h"
#include "domain/core/result.h"
#include "domain/identity/role.h"

namespace bizline {

struct User {
  UserId id;
  std::string email;  // lower-cased; the login name
  std::string name;
  Role role = Role::kAgentL1;
  CustomerId customer_id;     // only for Role::kCustomerRep
  std::string password_hash;  // argon2id encoded string; never leaves the storage/app layers
  Instant created_at{};
};

// Lower-cases the e-mail and checks the role/customer binding.
Status ValidateNewUser(User& user);

// A login session: the bearer token is only ever stored as its hash.
struct AuthSession {
  std::string token_hash;
  UserId user_id;
  Instant expires_at{};
};

}  // namespace bizline
