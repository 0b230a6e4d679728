// A user as the API shows it: never its password hash.
#pragma once

#include <nlohmann/json.hpp>

#include "domain/identity/user.h"

namespace bizline::http {

nlohmann::json UserToJson(const User& user);

}  // namespace bizline::http
