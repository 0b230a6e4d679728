// Builds the OpenAPI document bizline serves, at build time: the base (http/core/openapi.json:
// info, security, shared components, the system routes) and one fragment per route family
// (http/<capability>/openapi.json: its paths and schemas) are merged, and every
// `"x-bizline-enum": "Name"` is replaced by `"enum": [...]` from the domain's enum table of that
// name, so the document lists exactly the names the server parses. A path or schema given twice,
// or an unknown enum name, fails the build with the file that caused it.
//
// Usage: openapi_merge OUTPUT BASE [FRAGMENT...]
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domain/inventory/product.h"
#include "domain/ordering/order.h"
#include "domain/ticketing/ticket.h"

namespace {

using nlohmann::ordered_json;

template <class E, std::size_t N>
ordered_json NamesOf(const bizline::EnumNames<E, N>& table) {
  ordered_json names = ordered_json::array();
  for (std::string_view name : table.Names()) names.push_back(std::string(name));
  return names;
}

const std::map<std::string, ordered_json>& EnumTables() {
  static const std::map<std::string, ordered_json> tables = {
      {"TicketStatus", NamesOf(bizline::kTicketStatusNames)},       {"Channel", NamesOf(bizline::kChannelNames)},
      {"StopClockReason", NamesOf(bizline::kStopClockReasonNames)}, {"OrderState", NamesOf(bizline::kOrderStateNames)},
      {"ProductStatus", NamesOf(bizline::kProductStatusNames)},
  };
  return tables;
}

bool InjectEnums(ordered_json& node, const std::string& file) {
  if (node.is_object()) {
    if (auto marker = node.find("x-bizline-enum"); marker != node.end()) {
      const std::string name = marker->get<std::string>();
      auto table = EnumTables().find(name);
      if (table == EnumTables().end()) {
        std::cerr << file << ": no domain enum table named '" << name << "'\n";
        return false;
      }
      node.erase("x-bizline-enum");
      node["enum"] = table->second;
    }
    for (auto& [key, value] : node.items()) {
      if (!InjectEnums(value, file)) return false;
    }
  } else if (node.is_array()) {
    for (auto& value : node) {
      if (!InjectEnums(value, file)) return false;
    }
  }
  return true;
}

bool Read(const std::string& file, ordered_json& out) {
  std::ifstream in(file);
  if (!in) {
    std::cerr << file << ": cannot read\n";
    return false;
  }
  out = ordered_json::parse(in, nullptr, false);
  if (out.is_discarded() || !out.is_object()) {
    std::cerr << file << ": not a JSON object\n";
    return false;
  }
  return InjectEnums(out, file);
}

// Adds every member of `from[section]` to `into[section]`; a member already there is an error.
bool MergeMembers(ordered_json& into, const ordered_json& from, const std::string& what, const std::string& file) {
  for (const auto& [key, value] : from.items()) {
    if (into.contains(key)) {
      std::cerr << file << ": " << what << " '" << key << "' is already documented by another fragment\n";
      return false;
    }
    into[key] = value;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: openapi_merge OUTPUT BASE [FRAGMENT...]\n";
    return 2;
  }
  ordered_json doc;
  if (!Read(argv[2], doc)) return 1;
  for (int i = 3; i < argc; ++i) {
    ordered_json fragment;
    if (!Read(argv[i], fragment)) return 1;
    for (const auto& [key, value] : fragment.items()) {
      if (key != "paths" && key != "components") {
        std::cerr << argv[i] << ": a fragment holds only paths and components, not '" << key << "'\n";
        return 1;
      }
    }
    if (fragment.contains("paths") && !MergeMembers(doc["paths"], fragment["paths"], "path", argv[i])) return 1;
    if (fragment.contains("components")) {
      for (const auto& [section, members] : fragment["components"].items()) {
        if (!MergeMembers(doc["components"][section], members, section, argv[i])) return 1;
      }
    }
  }
  std::ofstream out(argv[1]);
  out << doc.dump(2) << "\n";
  return out ? 0 : 1;
}
