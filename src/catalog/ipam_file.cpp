#include "catalog/ipam_file.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace bizline {
namespace {

constexpr std::int64_t kMaxQuarantineDays = 3650;

class Problems {
 public:
  explicit Problems(std::string file) : file_(std::move(file)) {}
  void Add(const YAML::Node& node, const std::string& message) { Add(node.Mark(), message); }
  void Add(const YAML::Mark& mark, const std::string& message) {
    std::string where = mark.is_null()
                            ? file_ + ":1:1"
                            : file_ + ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
    if (first_.empty()) first_ = where;
    text_ += (text_.empty() ? "" : "\n") + where + ": " + message;
  }
  bool empty() const { return text_.empty(); }
  Error ToError() const { return Error::Invalid(first_, text_); }

 private:
  std::string file_, first_, text_;
};

void RejectUnknownKeys(const YAML::Node& map, std::initializer_list<std::string_view> known, Problems& problems) {
  for (const auto& entry : map) {
    auto key = entry.first.as<std::string>();
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      problems.Add(entry.first, "unknown key '" + key + "'");
    }
  }
}

std::optional<AddressPool> ParsePool(const YAML::Node& node, Problems& problems) {
  if (!node.IsMap()) {
    problems.Add(node, "a pool is a map with id, purpose, range (and block-size for ip-pack)");
    return std::nullopt;
  }
  RejectUnknownKeys(node, {"id", "purpose", "range", "block-size"}, problems);
  AddressPool pool;
  bool ok = true;
  if (!node["id"] || !node["id"].IsScalar()) {
    problems.Add(node, "a pool needs an id");
    ok = false;
  } else {
    pool.id = node["id"].as<std::string>();
  }
  auto purpose = node["purpose"] && node["purpose"].IsScalar() ? ParsePoolPurpose(node["purpose"].as<std::string>())
                                                               : std::nullopt;
  if (!purpose) {
    problems.Add(node["purpose"] ? node["purpose"] : node, "purpose must be fixed-ipv4, ipv6-prefix or ip-pack");
    ok = false;
  }
  if (!node["range"] || !node["range"].IsScalar()) {
    problems.Add(node, "a pool needs a range, e.g. 198.51.100.0/24");
    ok = false;
  } else if (auto range = ParsePrefix(node["range"].as<std::string>(), "range"); !range) {
    problems.Add(node["range"], range.error().message);
    ok = false;
  } else {
    pool.range = *range;
  }
  if (!ok) return std::nullopt;
  pool.purpose = *purpose;
  if (pool.purpose == PoolPurpose::kFixedIpv4) pool.block_length = 32;
  if (pool.purpose == PoolPurpose::kIpv6Prefix) pool.block_length = kLineIpv6PrefixLength;
  if (pool.purpose == PoolPurpose::kIpPack) {
    std::int64_t size = 0;
    if (node["block-size"]) {
      try {
        size = node["block-size"].as<std::int64_t>();
      } catch (const YAML::Exception&) {
        size = 0;
      }
    }
    int length = Ipv4PrefixForBlockSize(size);
    if (length < 27 || length > 30) {
      problems.Add(node["block-size"] ? node["block-size"] : node,
                   "an ip-pack pool needs block-size 4, 8, 16 or 32 (addresses, X-08; larger packs follow "
                   "RIPE-488, IP-008)");
      return std::nullopt;
    }
    pool.block_length = length;
  } else if (node["block-size"]) {
    problems.Add(node["block-size"], "block-size applies to ip-pack pools only");
  }
  return pool;
}

}  // namespace

Result<IpamConfig> ParseIpamConfig(const std::string& text, const std::string& name) {
  Problems problems(name);
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    problems.Add(e.mark, e.msg);
    return problems.ToError();
  }
  if (!root.IsMap()) {
    problems.Add(root, "the file must be a map with quarantine-days and pools");
    return problems.ToError();
  }
  RejectUnknownKeys(root, {"quarantine-days", "pools"}, problems);
  IpamConfig config;
  if (root["quarantine-days"]) {
    std::int64_t days = -1;
    try {
      days = root["quarantine-days"].as<std::int64_t>();
    } catch (const YAML::Exception&) {
      days = -1;
    }
    if (days < 0 || days > kMaxQuarantineDays) {
      problems.Add(root["quarantine-days"], "quarantine-days must be a whole number of days from 0 to 3650");
    } else {
      config.quarantine = std::chrono::days(days);
    }
  }
  if (!root["pools"] || !root["pools"].IsSequence()) {
    problems.Add(root, "pools must be a list");
  } else {
    for (const auto& node : root["pools"]) {
      if (auto pool = ParsePool(node, problems)) config.pools.push_back(*pool);
    }
  }
  if (!problems.empty()) return problems.ToError();
  if (auto s = ValidateIpamConfig(config); !s) {
    return Error::Invalid(name, name + ": " + s.error().message);
  }
  return config;
}

Result<IpamConfig> LoadIpamDir(const std::filesystem::path& dir) {
  auto path = dir / kIpamFileName;
  std::ifstream in(path);
  if (!in) return Error::NotFound("cannot read " + path.string());
  std::stringstream text;
  text << in.rdbuf();
  return ParseIpamConfig(text.str(), kIpamFileName);
}

}  // namespace bizline
