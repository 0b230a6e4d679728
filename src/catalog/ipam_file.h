// Loads catalog/ipam.yaml (address pools and quarantine) into the domain IpamConfig. Every
// problem is reported with its place in the file ("ipam.yaml:12:7: ..."), all at once, then
// the config's own rules are checked (ValidateIpamConfig: fitting block sizes, no overlap).
#pragma once

#include <filesystem>
#include <string>

#include "domain/core/result.h"
#include "domain/ipam/ipam_config.h"

namespace bizline {

inline constexpr const char* kIpamFileName = "ipam.yaml";

// Reads <dir>/ipam.yaml. A missing file is NotFound; a content problem is InvalidArgument.
Result<IpamConfig> LoadIpamDir(const std::filesystem::path& dir);
Result<IpamConfig> ParseIpamConfig(const std::string& text, const std::string& name);

}  // namespace bizline
