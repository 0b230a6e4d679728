// Routes by method and path pattern ("/customer/{id}"). Each route has a stable name (for
// metrics and logs), an access level and the largest body it accepts.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "domain/identity/role.h"
#include "http/core/http_types.h"

namespace bizline::http {

enum class Access { kPublic, kAuthenticated };
// What a route's request body must be; anything else is answered 415.
enum class BodyKind { kJson, kAny };

inline constexpr std::size_t kDefaultBodyLimit = std::size_t{1024} * 1024;

// What a handler knows about its caller; `principal` is null only on public routes.
struct Context {
  const Principal* principal = nullptr;
};

using Handler = std::function<Response(const Request&, const Context&)>;

struct Route {
  Method method = Method::kGet;
  std::string pattern;
  Access access = Access::kAuthenticated;
  Handler handler;
  std::size_t body_limit = kDefaultBodyLimit;
  BodyKind body_kind = BodyKind::kJson;
  std::vector<std::string> segments;  // split pattern; "{name}" segments capture
};

enum class MatchKind { kFound, kNoSuchPath, kWrongMethod };

struct Match {
  MatchKind kind = MatchKind::kNoSuchPath;
  const Route* route = nullptr;
  std::map<std::string, std::string> params;
  std::vector<Method> allowed;  // kWrongMethod: the methods the path has (the 405's Allow header)
};

class Router {
 public:
  void Add(Method method, std::string pattern, Access access, Handler handler,
           std::size_t body_limit = kDefaultBodyLimit, BodyKind body_kind = BodyKind::kJson);
  Match Find(Method method, const std::string& path) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace bizline::http
