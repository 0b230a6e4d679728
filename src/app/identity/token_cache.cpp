#include "app/identity/token_cache.h"

#include <algorithm>

namespace bizline {

std::optional<Principal> TokenCache::Find(const std::string& token_hash, Instant now) {
  if (!enabled()) return std::nullopt;
  std::lock_guard lock(mutex_);
  auto it = entries_.find(token_hash);
  if (it == entries_.end()) return std::nullopt;
  if (now >= it->second.valid_until) {  // the session expired, or the entry is older than ttl
    entries_.erase(it);
    return std::nullopt;
  }
  return it->second.principal;
}

std::uint64_t TokenCache::Epoch() {
  std::lock_guard lock(mutex_);
  return erasures_;
}

void TokenCache::Put(const std::string& token_hash, const Principal& principal, Instant session_expires, Instant now,
                     std::uint64_t epoch) {
  if (!enabled()) return;
  Instant valid_until = std::min(session_expires, now + ttl_);
  if (valid_until <= now) return;
  std::lock_guard lock(mutex_);
  if (epoch != erasures_) return;  // a logout ran while the session was read: do not cache
  if (entries_.size() >= capacity_ && entries_.find(token_hash) == entries_.end()) {
    std::erase_if(entries_, [&](const auto& entry) { return now >= entry.second.valid_until; });
    if (entries_.size() >= capacity_) entries_.erase(entries_.begin());  // bounded: drop any one
  }
  entries_[token_hash] = Entry{principal, valid_until};
}

void TokenCache::Erase(const std::string& token_hash) {
  std::lock_guard lock(mutex_);
  ++erasures_;
  entries_.erase(token_hash);
}

}  // namespace bizline
