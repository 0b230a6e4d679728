#include "catalog/ipam_file.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

#include "catalog/yaml_reader.h"

namespace bizline {
namespace {

constexpr std::int64_t kMaxQuarantineDays = 3650;

std::optional<AddressPool> ParsePool(const YAML::Node& node, YamlReader& r) {
  if (!node.IsMap()) {
    r.Fail(node, "a pool is a map with id, purpose, range (and block-size for ip-pack)");
    return std::nullopt;
  }
  r.CheckMap(node, "a pool", {"id", "purpose", "range", "block-size"});
  AddressPool pool;
  bool ok = true;
  if (!node["id"] || !node["id"].IsScalar()) {
    r.Fail(node, "a pool needs an id");
    ok = false;
  } else {
    pool.id = node["id"].as<std::string>();
  }
  auto purpose = node["purpose"] && node["purpose"].IsScalar() ? ParsePoolPurpose(node["purpose"].as<std::string>())
                                                               : std::nullopt;
  if (!purpose) {
    r.Fail(node["purpose"] ? node["purpose"] : node, "purpose must be fixed-ipv4, ipv6-prefix or ip-pack");
    ok = false;
  }
  if (!node["range"] || !node["range"].IsScalar()) {
    r.Fail(node, "a pool needs a range, e.g. 198.51.100.0/24");
    ok = false;
  } else if (auto range = ParsePrefix(node["range"].as<std::string>(), "range"); !range) {
    r.Fail(node["range"], range.error().message);
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
      r.Fail(node["block-size"] ? node["block-size"] : node,
             "an ip-pack pool needs block-size 4, 8, 16 or 32 (addresses, X-08; larger packs follow "
             "RIPE-488, IP-008)");
      return std::nullopt;
    }
    pool.block_length = length;
  } else if (node["block-size"]) {
    r.Fail(node["block-size"], "block-size applies to ip-pack pools only");
  }
  return pool;
}

}  // namespace

Result<IpamConfig> ParseIpamConfig(const std::string& text, const std::string& name) {
  Diagnostics diagnostics;
  YamlReader r(name, diagnostics);
  auto loaded = LoadYamlMap(text, r, "the IPAM file");
  if (!loaded) return diagnostics.ToError();
  const YAML::Node& root = *loaded;
  r.CheckMap(root, "the IPAM file", {"quarantine-days", "pools"});
  IpamConfig config;
  if (root["quarantine-days"]) {
    std::int64_t days = -1;
    try {
      days = root["quarantine-days"].as<std::int64_t>();
    } catch (const YAML::Exception&) {
      days = -1;
    }
    if (days < 0 || days > kMaxQuarantineDays) {
      r.Fail(root["quarantine-days"], "quarantine-days must be a whole number of days from 0 to 3650");
    } else {
      config.quarantine = std::chrono::days(days);
    }
  }
  if (!root["pools"] || !root["pools"].IsSequence()) {
    r.Fail(root, "pools must be a list");
  } else {
    for (const auto& node : root["pools"]) {
      if (auto pool = ParsePool(node, r)) config.pools.push_back(*pool);
    }
  }
  if (!diagnostics.empty()) return diagnostics.ToError();
  if (auto s = ValidateIpamConfig(config); !s) {
    return Error::Invalid(name, name + ": " + s.error().message);
  }
  return config;
}

Result<IpamConfig> LoadIpamDir(const std::filesystem::path& dir) {
  auto path = dir / kIpamFileName;
  auto text = ReadTextFile(path);
  if (!text) return Error::NotFound("cannot read " + path.string());
  return ParseIpamConfig(*text, kIpamFileName);
}

}  // namespace bizline
