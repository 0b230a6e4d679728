#include "main/wiring.h"

namespace bizline {

Result<std::unique_ptr<Wiring>> Wire(const std::string& db_url, std::size_t pool_size) {
  auto storage = SociStorage::Open(db_url, pool_size);
  if (!storage) return storage.error();
  auto migrated = (*storage)->Migrate();
  if (!migrated) return migrated.error();
  auto w = std::make_unique<Wiring>();
  w->storage = std::move(*storage);
  w->auth = std::make_unique<AuthService>(*w->storage, w->clock, w->crypto);
  w->customers = std::make_unique<CustomerService>(*w->storage, w->clock);
  return w;
}

}  // namespace bizline
