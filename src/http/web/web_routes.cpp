#include "http/core/errors.h"
#include "http/web/routes.h"
#include "http/web/web_assets.h"

namespace bizline::http {
namespace {

const WebAsset* Find(std::string_view name) {
  for (const WebAsset& asset : WebAssets()) {
    if (asset.name == name) return &asset;
  }
  return nullptr;
}

bool AcceptsGzip(const Request& request) {
  return request.Header("accept-encoding").value_or("").find("gzip") != std::string::npos;
}

// The files keep their names from one build to the next, so a browser revalidates each time
// (Cache-Control: no-cache) and is answered 304 when it already has this build's bytes.
Response Serve(const Request& request, const WebAsset& asset) {
  Response response;
  response.headers.emplace_back("Cache-Control", "no-cache");
  response.headers.emplace_back("ETag", std::string(asset.etag));
  response.headers.emplace_back("Vary", "Accept-Encoding");
  if (request.Header("if-none-match").value_or("") == asset.etag) {
    response.status = 304;
    response.content_type.clear();
    return response;
  }
  response.content_type = std::string(asset.media_type);
  if (!asset.gzip.empty() && AcceptsGzip(request)) {
    response.body = std::string(asset.gzip);
    response.headers.emplace_back("Content-Encoding", "gzip");
  } else {
    response.body = std::string(asset.bytes);
  }
  return response;
}

}  // namespace

void AddWebRoutes(Router& router) {
  router.Add(Method::kGet, "/", Access::kPublic, [](const Request& request, const Context&) {
    const WebAsset* page = Find("index.html");
    if (page == nullptr) return ErrorResponse(404, "NotFound", "this build has no web portal");
    return Serve(request, *page);
  });
  router.Add(Method::kGet, "/assets/{name}", Access::kPublic, [](const Request& request, const Context&) {
    const WebAsset* asset = Find(request.params.at("name"));
    if (asset == nullptr || asset->name == "index.html") {
      return ErrorResponse(404, "NotFound", "no asset " + request.params.at("name"));
    }
    return Serve(request, *asset);
  });
}

}  // namespace bizline::http
