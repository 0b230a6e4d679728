// /openapi.json documents exactly the routes the router serves: same paths, same methods,
// and public routes are marked `security: []`.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "http/core/api.h"
#include "http/openapi_embedded.h"
#include "main/assembly.h"
#include "support/temp_dir.h"

namespace bizline::http {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

TEST(OpenApi, DocumentMatchesTheRouter) {
  testing::TempDir dir;
  // The catalog of the source tree this test file belongs to (tests/http/ -> catalog/).
  auto catalog_dir = std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "catalog";
  auto assembly = Assemble(dir.SqliteUrl(), 1, catalog_dir.string());
  ASSERT_TRUE(assembly.ok());
  Metrics metrics;
  ApiDispatcher dispatcher((*assembly)->Get<AuthService>(), metrics, (*assembly)->routes());

  auto doc = nlohmann::json::parse(kOpenApiJson);
  std::set<std::string> documented, routed;
  std::set<std::string> documented_public, routed_public;
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [method, op] : item.items()) {
      if (method == "parameters") continue;
      documented.insert(Lower(method) + " " + path);
      if (op.contains("security") && op["security"].empty()) documented_public.insert(Lower(method) + " " + path);
    }
  }
  for (const auto& route : dispatcher.router().routes()) {
    std::string key = Lower(ToString(route.method)) + " " + route.pattern;
    routed.insert(key);
    if (route.access == Access::kPublic) routed_public.insert(key);
  }
  EXPECT_EQ(documented, routed) << "the OpenAPI fragments (src/http/*/openapi.json) and the router disagree";
  EXPECT_EQ(documented_public, routed_public) << "public routes must be documented with security: []";
}

TEST(OpenApi, EveryWriteDocumentsAnExampleBody) {
  auto doc = nlohmann::json::parse(kOpenApiJson);
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [method, op] : item.items()) {
      if (!op.is_object() || !op.contains("requestBody")) continue;
      for (const auto& [type, media] : op["requestBody"]["content"].items()) {
        EXPECT_TRUE(media.contains("example")) << method << " " << path << " " << type;
      }
    }
  }
}

}  // namespace
}  // namespace bizline::http
