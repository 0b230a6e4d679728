#include "catalog/yaml_reader.h"

#include <fstream>
#include <sstream>

namespace bizline {

std::optional<YAML::Node> LoadYamlMap(const std::string& text, YamlReader& r, std::string_view what,
                                      std::string_view block_entry_hint) {
  try {
    YAML::Node root = YAML::Load(text);
    if (!root || root.IsNull()) {
      r.Fail(Location{r.File(), 1, 1}, std::string(what) + " is empty");
      return std::nullopt;
    }
    if (!root.IsMap()) {
      r.Fail(Location{r.File(), 1, 1}, std::string(what) + " must be a YAML mapping");
      return std::nullopt;
    }
    return root;
  } catch (const YAML::Exception& e) {
    std::string hint = e.msg == "illegal block entry" ? std::string(block_entry_hint) : "";
    r.Fail(e.mark, "YAML syntax: " + e.msg + hint);
    return std::nullopt;
  }
}

std::optional<std::string> ReadTextFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace bizline
