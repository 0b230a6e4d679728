#include "http/identity/login_body.h"

#include "http/core/json_io.h"

namespace bizline::http {

Result<LoginResult> LogInWithBody(AuthService& auth, const Request& request) {
  ASSIGN_OR_RETURN(json body, ParseJsonObject(request));
  TRY(RejectUnknownMembers(body, {"email", "password"}));
  ASSIGN_OR_RETURN(std::string email, RequiredString(body, "email"));
  ASSIGN_OR_RETURN(std::string password, RequiredString(body, "password"));
  return auth.Login(email, password);
}

}  // namespace bizline::http
