// The HTTP edge's text checks (see domain/core/text.h): every byte a client sends is checked
// once, before a route sees it. The path, each query parameter's name and value, the headers
// bizline reads, and every member name and string of a JSON body must be valid UTF-8 with no
// control characters (free text in a JSON body may hold tab, line feed and carriage return).
// A defect is a 400 naming the field; nothing is stored.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "domain/core/result.h"
#include "http/core/http_types.h"

namespace bizline::http {

// JSON bodies nest at most this deep; deeper ones are refused before they are parsed.
inline constexpr int kMaxJsonDepth = 32;

// The decoded path, the query parameters and the headers handlers read.
Status CheckRequestText(const Request& request);

// `bytes` (a raw body or batch line, named `field` in errors) is valid UTF-8 and nests at most
// kMaxJsonDepth arrays/objects.
Status CheckJsonBytes(std::string_view bytes, const std::string& field = "body");

// Every member name and string value of a parsed body; the error names the member's path.
Status CheckJsonText(const nlohmann::json& value);

}  // namespace bizline::http
