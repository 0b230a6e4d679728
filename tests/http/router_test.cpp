#include "http/core/router.h"

#include <gtest/gtest.h>

#include "http/core/url.h"

namespace bizline::http {
namespace {

Response Ok200(const Request&, const Context&) { return Response::Json(200, {}); }

TEST(Router, CapturesPathParametersAndPrefersLiterals) {
  Router router;
  router.Add(Method::kGet, "/customer/{id}", Access::kAuthenticated, Ok200);
  router.Add(Method::kGet, "/customer/search", Access::kAuthenticated, Ok200);
  auto m = router.Find(Method::kGet, "/customer/42");
  ASSERT_EQ(m.kind, MatchKind::kFound);
  EXPECT_EQ(m.params["id"], "42");
  EXPECT_EQ(router.Find(Method::kGet, "/customer/search").route->pattern, "/customer/search");
}

TEST(Router, DistinguishesUnknownPathFromWrongMethod) {
  Router router;
  router.Add(Method::kGet, "/customer", Access::kAuthenticated, Ok200);
  EXPECT_EQ(router.Find(Method::kDelete, "/customer").kind, MatchKind::kWrongMethod);
  EXPECT_EQ(router.Find(Method::kGet, "/nothing").kind, MatchKind::kNoSuchPath);
  EXPECT_EQ(router.Find(Method::kGet, "/customer/").kind, MatchKind::kFound);
}

TEST(Url, DecodesPathAndQuery) {
  auto t = ParseTarget("/a%20b?name=Acme%20NV&x=1+2&flag");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->path, "/a b");
  EXPECT_EQ(t->query.find("name")->second, "Acme NV");
  EXPECT_EQ(t->query.find("x")->second, "1 2");
  EXPECT_EQ(t->query.count("flag"), 1u);
  EXPECT_FALSE(ParseTarget("/bad%zz"));
  EXPECT_FALSE(ParseTarget("/bad%2"));
  EXPECT_FALSE(ParseTarget("no-slash"));
}

}  // namespace
}  // namespace bizline::http
