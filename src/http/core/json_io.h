// Reading request bodies and query options, and shaping list responses: strict JSON parsing,
// typed field readers whose errors name the field, TMF `?fields=` selection and paging.
#pragma once

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "app/core/page.h"
#include "domain/core/result.h"
#include "http/core/http_types.h"

namespace bizline::http {

using nlohmann::json;

// The body as a JSON object; a clear 400 error otherwise.
Result<json> ParseJsonObject(const Request& request);

// Rejects members that are not in `known` (TMF "@..." meta members are always allowed).
Status RejectUnknownMembers(const json& object, std::initializer_list<std::string_view> known,
                            const std::string& prefix = {});

Result<std::optional<std::string>> OptionalString(const json& object, const std::string& name,
                                                  const std::string& path = {});
Result<std::string> RequiredString(const json& object, const std::string& name, const std::string& path = {});
Result<std::optional<std::int64_t>> OptionalInteger(const json& object, const std::string& name,
                                                    const std::string& path = {});

// TMF `?fields=a,b`: keeps exactly the listed top-level members.
json SelectFields(const json& resource, const std::optional<std::string>& fields);

Result<PageRequest> ParsePaging(const Request& request);
// A 400 naming the first query parameter that is not one of `known`.
Status OnlyQueryParameters(const Request& request, std::initializer_list<std::string_view> known);
Response ListResponse(const json& items, std::int64_t total, const std::optional<std::string>& fields);

// Parses a positive integer path parameter such as {id}.
Result<std::int64_t> PathId(const Request& request, const std::string& name = "id");
// Parses a positive integer id given as a query value (`?relatedParty.id=7`); InvalidArgument
// naming `field` otherwise.
Result<std::int64_t> QueryId(std::string_view value, const std::string& field);

}  // namespace bizline::http
