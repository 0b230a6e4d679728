// How a unit of work gets its repositories without a central list: each storage slice adds, for
// each repository port of its capability, the implementation to make from the transaction's
// session (storage/<capability>/repositories.h). SociStorage holds the table; a transaction makes
// a repository the first time a use case asks for its port and keeps it until it ends.
#pragma once

#include <functional>
#include <memory>
#include <type_traits>
#include <typeindex>
#include <unordered_map>

#include "storage/core/dialect.h"

namespace soci {
class session;
}

namespace bizline {

class RepositoryFactories {
 public:
  // Returns the repository as the `Port` subobject's address, owned by the shared_ptr.
  using Maker = std::function<std::shared_ptr<void>(soci::session& sql, Dialect dialect)>;

  template <class Port, class Impl>
  void Add() {
    static_assert(std::is_base_of_v<Port, Impl>);
    makers_[std::type_index(typeid(Port))] = [](soci::session& sql, Dialect dialect) -> std::shared_ptr<void> {
      std::shared_ptr<Port> made;
      if constexpr (std::is_constructible_v<Impl, soci::session&, Dialect>) {
        made = std::make_shared<Impl>(sql, dialect);
      } else {
        made = std::make_shared<Impl>(sql);
      }
      return made;
    };
  }

  // Null when no slice provides the port.
  const Maker* Find(std::type_index port) const {
    auto it = makers_.find(port);
    return it == makers_.end() ? nullptr : &it->second;
  }

 private:
  std::unordered_map<std::type_index, Maker> makers_;
};

}  // namespace bizline
