// The capabilities bizline is made of. Each brings its files in every layer (domain/<cap>,
// app/<cap>, storage/<cap>, http/<cap>), its assembly in main/capabilities/<cap>.cpp, and one
// entry in main/capabilities.cpp; no other shared file changes.
#pragma once

#include <span>
#include <string_view>

#include "domain/core/result.h"
#include "storage/core/repository_factories.h"

namespace bizline {

class Assembly;

struct Capability {
  std::string_view name;
  // Its storage slice's repositories; null when it stores nothing.
  void (*add_repositories)(RepositoryFactories& factories);
  // Makes its use cases in the assembly and registers its routes and jobs.
  Status (*assemble)(Assembly& assembly);
};

// In assembly order: a capability comes after those whose use cases it needs.
std::span<const Capability> Capabilities();

// The repositories of every capability, for SociStorage::Open.
RepositoryFactories AllRepositories();

}  // namespace bizline
