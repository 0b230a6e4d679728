#include "http/identity/user_json.h"

namespace bizline::http {

nlohmann::json UserToJson(const User& u) {
  nlohmann::json out{{"id", std::to_string(u.id.value())},
                     {"email", u.email},
                     {"name", u.name},
                     {"role", std::string(ToString(u.role))}};
  if (u.customer_id.valid()) out["customerId"] = std::to_string(u.customer_id.value());
  return out;
}

}  // namespace bizline::http
