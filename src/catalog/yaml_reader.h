// The one reader of bizline's YAML files (catalog/offer.yaml, prices.yaml, sla.yaml, ipam.yaml):
// every problem is collected with its place, file:line:col, and nothing stops at the first one;
// the loaders answer all of them at once as one InvalidArgument.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/core/result.h"

namespace bizline {

struct Location {
  std::string file;
  int line = 0;  // 1-based
  int column = 0;
};

inline std::string ToString(const Location& at) {
  return at.file + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

// Collects every problem with its place; nothing stops at the first one.
class Diagnostics {
 public:
  void Add(const Location& at, const std::string& message) { lines_.push_back({at, message}); }
  bool empty() const { return lines_.empty(); }
  Error ToError() const {
    std::string message;
    for (const auto& [at, text] : lines_) message += ToString(at) + ": " + text + "\n";
    if (!message.empty()) message.pop_back();
    return Error::Invalid(ToString(lines_.front().first), message);
  }

 private:
  std::vector<std::pair<Location, std::string>> lines_;
};

// Reads one YAML file with its name, so every node can be turned into a location.
class YamlReader {
 public:
  YamlReader(std::string file, Diagnostics& diagnostics) : file_(std::move(file)), diagnostics_(diagnostics) {}

  const std::string& File() const { return file_; }
  Location At(const YAML::Node& node) const { return At(node.Mark()); }
  Location At(const YAML::Mark& mark) const {
    if (mark.is_null()) return {file_, 1, 1};
    return {file_, mark.line + 1, mark.column + 1};
  }
  void Fail(const YAML::Node& node, const std::string& message) { diagnostics_.Add(At(node), message); }
  void Fail(const YAML::Mark& mark, const std::string& message) { diagnostics_.Add(At(mark), message); }
  void Fail(const Location& at, const std::string& message) { diagnostics_.Add(at, message); }
  // Every problem reported so far, of every reader sharing the diagnostics.
  Error ToError() const { return diagnostics_.ToError(); }

  // A mapping whose keys appear once and are all among `allowed` (any key when `allowed` is
  // empty: a map of names, such as the formulas); reports unknown and repeated keys.
  bool CheckMap(const YAML::Node& node, const std::string& what, std::initializer_list<std::string_view> allowed) {
    if (!node.IsMap()) {
      Fail(node, what + " must be a mapping of key: value");
      return false;
    }
    std::set<std::string> seen;
    for (const auto& entry : node) {
      std::string key = entry.first.Scalar();
      if (!seen.insert(key).second) Fail(entry.first, "key '" + key + "' appears twice in " + what);
      bool known = allowed.size() == 0;
      for (std::string_view k : allowed) known = known || k == key;
      if (!known) {
        std::string list;
        for (std::string_view k : allowed) {
          if (!list.empty()) list += ", ";
          list += k;
        }
        Fail(entry.first, "unknown key '" + key + "' in " + what + " (expected one of: " + list + ")");
      }
    }
    return true;
  }

  std::optional<std::string> String(const YAML::Node& parent, const char* key, const std::string& what,
                                    bool required = true) {
    YAML::Node node = parent[key];
    if (!node) {
      if (required) Fail(parent, what + " needs '" + key + "'");
      return std::nullopt;
    }
    if (!node.IsScalar() || node.Scalar().empty()) {
      Fail(node, "'" + std::string(key) + "' of " + what + " must be a non-empty text");
      return std::nullopt;
    }
    return node.Scalar();
  }

  std::optional<std::int64_t> Integer(const YAML::Node& node, const std::string& what) {
    if (node.IsScalar()) {
      try {
        return node.as<std::int64_t>();
      } catch (const YAML::BadConversion&) {
      }
    }
    Fail(node, what + " must be a whole number");
    return std::nullopt;
  }

  std::optional<std::int64_t> Integer(const YAML::Node& parent, const char* key, const std::string& what,
                                      bool required = true) {
    YAML::Node node = parent[key];
    if (!node) {
      if (required) Fail(parent, what + " needs '" + key + "'");
      return std::nullopt;
    }
    return Integer(node, "'" + std::string(key) + "' of " + what);
  }

  bool Bool(const YAML::Node& parent, const char* key, const std::string& what) {
    YAML::Node node = parent[key];
    if (!node) return false;
    try {
      return node.as<bool>();
    } catch (const YAML::BadConversion&) {
      Fail(node, "'" + std::string(key) + "' of " + what + " must be true or false");
      return false;
    }
  }

  std::vector<std::string> Strings(const YAML::Node& parent, const char* key, const std::string& what) {
    std::vector<std::string> out;
    YAML::Node node = parent[key];
    if (!node) return out;
    if (!node.IsSequence()) {
      Fail(node, "'" + std::string(key) + "' of " + what + " must be a list");
      return out;
    }
    for (const auto& item : node) {
      if (!item.IsScalar()) {
        Fail(item, "each entry of '" + std::string(key) + "' must be a text");
        continue;
      }
      out.push_back(item.Scalar());
    }
    return out;
  }

  // Parses `text` with the enum parser; reports the allowed spellings otherwise.
  template <typename E>
  std::optional<E> Enum(const YAML::Node& parent, const char* key, const std::string& what,
                        std::optional<E> (*parse)(std::string_view), std::string_view allowed, bool required = true) {
    auto text = String(parent, key, what, required);
    if (!text) return std::nullopt;
    auto value = parse(*text);
    if (!value) Fail(parent[key], "'" + *text + "' is not a valid " + key + " (expected " + std::string(allowed) + ")");
    return value;
  }

 private:
  std::string file_;
  Diagnostics& diagnostics_;
};

// Parses `text` as a YAML document whose top level is a mapping; nullopt after reporting the
// syntax error, the empty document or the wrong top level at its place, naming the file as `what`. `block_entry_hint`
// is added to yaml-cpp's "illegal block entry" (a bare `-` where a value was meant), which says nothing to an editor.
std::optional<YAML::Node> LoadYamlMap(const std::string& text, YamlReader& r, std::string_view what = "the file",
                                      std::string_view block_entry_hint = {});

// The whole file, or nullopt when it cannot be read.
std::optional<std::string> ReadTextFile(const std::filesystem::path& path);

}  // namespace bizline
