// The capabilities bizline is made of. Each one brings its files in every layer (domain/<cap>,
// app/<cap>, storage/<cap>, http/<cap>) and one entry here; nothing else is shared.
#pragma once

#include <span>
#include <string_view>

#include "storage/core/repository_factories.h"

namespace bizline {

struct Capability {
  std::string_view name;
  void (*add_repositories)(RepositoryFactories& factories);  // its storage slice
};

// In assembly order: a capability comes after those whose use cases it needs.
std::span<const Capability> Capabilities();

// The repositories of every capability, for SociStorage::Open.
RepositoryFactories AllRepositories();

}  // namespace bizline
