#include "http/core/edge_text.h"

#include <array>

#include "domain/core/text.h"

namespace bizline::http {
namespace {

// Headers a handler or the dispatcher reads. Others pass through unread and are not checked.
constexpr std::array<const char*, 4> kReadHeaders{"authorization", "content-type", "if-match", "if-none-match"};

std::string Member(const std::string& path, const std::string& name) { return path.empty() ? name : path + "." + name; }

Status CheckJsonAt(const nlohmann::json& value, const std::string& path) {
  if (value.is_string()) return CheckText(value.get_ref<const std::string&>(), TextKind::kMultiline, path);
  if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      TRY(CheckJsonAt(value[i], path + "[" + std::to_string(i) + "]"));
    }
  } else if (value.is_object()) {
    for (const auto& [name, member] : value.items()) {
      // The name is checked before it is used to name anything else.
      TRY(CheckText(name, TextKind::kLine, Member(path, "(member name)")));
      TRY(CheckJsonAt(member, Member(path, name)));
    }
  }
  return Ok{};
}

}  // namespace

Status CheckRequestText(const Request& request) {
  TRY(CheckText(request.path, TextKind::kLine, "path"));
  for (const auto& [name, value] : request.query) {
    TRY(CheckText(name, TextKind::kLine, "query parameter name"));
    TRY(CheckText(value, TextKind::kLine, name));
  }
  for (const char* header : kReadHeaders) {
    if (auto value = request.Header(header)) {
      TRY(CheckText(*value, TextKind::kLine, header));
    }
  }
  return Ok{};
}

Status CheckJsonBytes(std::string_view bytes, const std::string& field) {
  // Raw control characters other than JSON's whitespace are malformed JSON anyway; escaped
  // ones (\u0000) are found by CheckJsonText with the member's name.
  TRY(CheckText(bytes, TextKind::kMultiline, field));
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const char c = bytes[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > kMaxJsonDepth) {
        return Error::Invalid(field, field + " nests deeper than " + std::to_string(kMaxJsonDepth) + " levels");
      }
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return Ok{};
}

Status CheckJsonText(const nlohmann::json& value) { return CheckJsonAt(value, ""); }

}  // namespace bizline::http
