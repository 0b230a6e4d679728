#include "http/core/router.h"

namespace bizline::http {
namespace {

std::vector<std::string> Split(const std::string& path) {
  std::vector<std::string> out;
  std::size_t start = 1;
  while (start <= path.size()) {
    auto slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    out.push_back(path.substr(start, slash - start));
    start = slash + 1;
  }
  if (!out.empty() && out.back().empty()) out.pop_back();  // tolerate one trailing slash
  return out;
}

bool IsCapture(const std::string& segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

bool Matches(const Route& route, const std::vector<std::string>& parts, std::map<std::string, std::string>* params) {
  if (route.segments.size() != parts.size()) return false;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string& seg = route.segments[i];
    if (IsCapture(seg)) {
      if (parts[i].empty()) return false;
      if (params) (*params)[seg.substr(1, seg.size() - 2)] = parts[i];
    } else if (seg != parts[i]) {
      return false;
    }
  }
  return true;
}

}  // namespace

void Router::Add(Method method, std::string pattern, Access access, Handler handler, std::size_t body_limit,
                 BodyKind body_kind) {
  Route route{method, pattern, access, std::move(handler), body_limit, body_kind, Split(pattern)};
  routes_.push_back(std::move(route));
}

Match Router::Find(Method method, const std::string& path) const {
  auto parts = Split(path);
  Match match;
  // Literal segments win over captures: try routes with fewer captures first.
  const Route* best = nullptr;
  int best_captures = 1 << 20;
  for (const Route& route : routes_) {
    if (!Matches(route, parts, nullptr)) continue;
    if (route.method != method) {
      match.kind = MatchKind::kWrongMethod;
      match.allowed.push_back(route.method);
      continue;
    }
    int captures = 0;
    for (const auto& seg : route.segments) captures += IsCapture(seg) ? 1 : 0;
    if (captures < best_captures) {
      best = &route;
      best_captures = captures;
    }
  }
  if (!best) return match;
  match.kind = MatchKind::kFound;
  match.route = best;
  Matches(*best, parts, &match.params);
  return match;
}

}  // namespace bizline::http
