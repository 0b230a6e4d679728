// Text that crosses bizline's edge (HTTP paths, query strings, headers, JSON strings, batch
// lines, attachment names, later RADIUS attributes) is checked once, here: it must be valid
// UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF) and carry no control
// characters where they do not belong. Everything stored is therefore printable, so every
// reader (JSON, e-mail, logs, PDF) can rely on it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "domain/core/result.h"

namespace bizline {

// kLine: names, ids, query values, headers; no control character at all.
// kMultiline: free text (descriptions, notes); tab, line feed and carriage return are allowed.
enum class TextKind { kLine, kMultiline };

struct TextDefect {
  std::size_t offset = 0;  // byte offset of the first offending byte
  std::string what;        // "is not valid UTF-8", "contains the control character U+0000", ...
};

// The first reason `text` may not enter bizline as `kind`, or nullopt when it may.
std::optional<TextDefect> FindTextDefect(std::string_view text, TextKind kind);

// InvalidArgument naming `field` (and the byte offset) when FindTextDefect finds something.
Status CheckText(std::string_view text, TextKind kind, const std::string& field);

// `text` between double quotes with `"` and `\` escaped, and every control character, DEL and
// byte that is not valid UTF-8 written as \xNN: what a client sent can never start a new log
// line or forge a field. Truncated after `max_bytes` of input with a trailing "...".
std::string QuoteForLog(std::string_view text, std::size_t max_bytes = 512);

}  // namespace bizline
