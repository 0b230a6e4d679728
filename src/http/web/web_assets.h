// The web portal's files (web/), built by esbuild and embedded at build time (tools/embed_assets):
// index.html, app.js and app.css, each with its gzip form.
#pragma once

#include <span>
#include <string_view>

namespace bizline::http {

struct WebAsset {
  std::string_view name;        // "app.js"
  std::string_view media_type;  // the Content-Type
  std::string_view etag;        // a strong ETag of `bytes`, quoted
  std::string_view bytes;
  std::string_view gzip;  // empty when there is no compressed form
};

std::span<const WebAsset> WebAssets();

}  // namespace bizline::http
