// One table per enum of the contract's vocabulary: each value with its one name on the wire, in
// the database and in the catalog files. It names a value, parses a name, and lists the allowed
// names for an error message (and the OpenAPI document). Every enum with a textual form uses it
// instead of its own pair of lookup functions.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bizline {

template <typename E, std::size_t N>
struct EnumNames {
  std::pair<E, std::string_view> rows[N];

  // "unknown" for a value outside the table (a defect of the table, found by its test).
  constexpr std::string_view Name(E value) const {
    for (const auto& [v, name] : rows) {
      if (v == value) return name;
    }
    return "unknown";
  }

  // nullopt for a text that names no value: the caller's input error.
  constexpr std::optional<E> Parse(std::string_view text) const {
    for (const auto& [v, name] : rows) {
      if (name == text) return v;
    }
    return std::nullopt;
  }

  std::vector<std::string_view> Names() const {
    std::vector<std::string_view> names;
    names.reserve(N);
    for (const auto& row : rows) names.push_back(row.second);
    return names;
  }

  // "acknowledged, inProgress or pending": for an error that says what is allowed.
  std::string Allowed() const {
    std::string out;
    for (std::size_t i = 0; i < N; ++i) {
      if (i > 0) out += i + 1 == N ? " or " : ", ";
      out += rows[i].second;
    }
    return out;
  }
};

}  // namespace bizline
