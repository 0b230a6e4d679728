// POST /auth/login, POST /auth/logout, GET /auth/me, POST /api/v1/user.
#include "domain/core/time_text.h"
#include "http/core/errors.h"
#include "http/core/json_io.h"
#include "http/identity/login_body.h"
#include "http/identity/routes.h"
#include "http/identity/user_json.h"

namespace bizline::http {
void AddAuthRoutes(Router& router, AuthService& auth) {
  router.Add(Method::kPost, "/auth/login", Access::kPublic, [&auth](const Request& request, const Context&) {
    auto login = LogInWithBody(auth, request);
    if (!login) return ErrorResponse(login.error());
    return Response::Json(
        200,
        {{"token", login->token}, {"expiresAt", FormatInstant(login->expires_at)}, {"user", UserToJson(login->user)}});
  });

  router.Add(Method::kPost, "/auth/logout", Access::kAuthenticated, [&auth](const Request& request, const Context&) {
    if (auto s = auth.Logout(request.BearerToken()); !s) return ErrorResponse(s.error());
    return Response::NoContent();
  });

  router.Add(Method::kGet, "/auth/me", Access::kAuthenticated, [&auth](const Request&, const Context& ctx) {
    auto user = auth.Me(*ctx.principal);
    if (!user) return ErrorResponse(user.error());
    return Response::Json(200, UserToJson(*user));
  });

  router.Add(
      Method::kPost, "/api/v1/user", Access::kAuthenticated, [&auth](const Request& request, const Context& ctx) {
        auto body = ParseJsonObject(request);
        if (!body) return ErrorResponse(body.error());
        if (auto s = RejectUnknownMembers(*body, {"email", "name", "password", "role", "customerId"}); !s) {
          return ErrorResponse(s.error());
        }
        NewUser user;
        for (auto [field, target] :
             {std::pair{"email", &user.email}, std::pair{"name", &user.name}, std::pair{"password", &user.password}}) {
          auto value = RequiredString(*body, field);
          if (!value) return ErrorResponse(value.error());
          *target = *value;
        }
        auto role_text = RequiredString(*body, "role");
        if (!role_text) return ErrorResponse(role_text.error());
        auto role = ParseRole(*role_text);
        if (!role) {
          return ErrorResponse(Error::Invalid("role",
                                              "unknown role; one of agent-l1, agent-l2, provisioning, billing, "
                                              "escalation-manager, admin, customer-rep"));
        }
        user.role = *role;
        auto customer = OptionalInteger(*body, "customerId");
        if (!customer) return ErrorResponse(customer.error());
        if (customer->has_value()) user.customer_id = CustomerId(**customer);
        auto id = auth.AddUser(*ctx.principal, user);
        if (!id) return ErrorResponse(id.error());
        auto created = UserToJson(User{*id, user.email, user.name, user.role, user.customer_id, {}, {}});
        created["email"] = body->at("email");
        return Response::Json(201, created);
      });
}

}  // namespace bizline::http
