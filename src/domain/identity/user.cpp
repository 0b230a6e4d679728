#include "domain/identity/user.h"

#include <algorithm>
#include <cctype>

namespace bizline {

Status ValidateNewUser(User& user) {
  std::transform(user.email.begin(), user.email.end(), user.email.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (user.email.find('@') == std::string::npos) return Error::Invalid("email", "a valid e-mail address is required");
  if (user.name.empty()) return Error::Invalid("name", "the user's name is required");
  bool is_rep = user.role == Role::kCustomerRep;
  if (is_rep && !user.customer_id.valid()) {
    return Error::Invalid("customer", "a customer representative is bound to exactly one customer");
  }
  if (!is_rep && user.customer_id.valid()) {
    return Error::Invalid("customer", "staff users are not bound to a customer");
  }
  return Ok{};
}

}  // namespace bizline
