// A small bounded in-process cache of bearer-token hash -> Principal, so that most requests
// authenticate without a database transaction. Correctness rules:
//  - an entry is valid until the earlier of its session's expiry and `ttl` after it was cached,
//    so an expired token fails at once and a logout on another server is seen within `ttl`;
//  - Erase (logout on this server) removes the entry at once, and a lookup that read the
//    database before an Erase cannot put its (now stale) answer back (the erase counter);
//  - `ttl` zero disables the cache.
// Thread-safe: the HTTP server authenticates from several threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "domain/core/instant.h"
#include "domain/identity/role.h"

namespace bizline {

class TokenCache {
 public:
  TokenCache(std::size_t capacity, Seconds ttl) : capacity_(capacity), ttl_(ttl) {}

  bool enabled() const { return capacity_ > 0 && ttl_ > Seconds(0); }

  // The principal cached for `token_hash`, if its entry is still valid at `now`.
  std::optional<Principal> Find(const std::string& token_hash, Instant now);

  // Take before reading the session from the database; pass to Put.
  std::uint64_t Epoch();

  // Caches `principal` until min(`session_expires`, now + ttl), unless an Erase happened since
  // `epoch` was taken (the session read may then be stale).
  void Put(const std::string& token_hash, const Principal& principal, Instant session_expires, Instant now,
           std::uint64_t epoch);

  void Erase(const std::string& token_hash);

 private:
  struct Entry {
    Principal principal;
    Instant valid_until;
  };

  std::size_t capacity_;
  Seconds ttl_;
  std::mutex mutex_;
  std::unordered_map<std::string, Entry> entries_;
  std::uint64_t erasures_ = 0;
};

}  // namespace bizline
