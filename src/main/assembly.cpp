#include "main/assembly.h"

#include <filesystem>

#include "catalog/ipam_file.h"
#include "catalog/offer_file.h"
#include "catalog/sla_file.h"
#include "main/capabilities.h"

namespace bizline {

Result<std::unique_ptr<Assembly>> Assemble(const std::string& db_url, std::size_t pool_size,
                                           const std::string& catalog_dir, SmsNotices sms) {
  auto catalog = LoadCatalogDir(catalog_dir);
  if (!catalog) return catalog.error();
  auto ipam = LoadIpamDir(catalog_dir);
  if (!ipam) return ipam.error();
  auto sla = LoadSlaFile(std::filesystem::path(catalog_dir) / kSlaFileName);
  if (!sla) return sla.error();
  auto storage = SociStorage::Open(db_url, pool_size, AllRepositories());
  if (!storage) return storage.error();
  auto migrated = (*storage)->Migrate();
  if (!migrated) return migrated.error();

  auto platform = std::make_unique<Platform>();
  platform->storage = std::move(*storage);
  platform->catalog = std::move(*catalog);
  platform->ipam = std::move(*ipam);
  platform->sla = std::make_shared<const SlaCatalog>(std::move(*sla));
  platform->sms = sms;
  auto assembly = std::make_unique<Assembly>(std::move(platform));
  for (const Capability& capability : Capabilities()) {
    TRY(capability.assemble(*assembly));
  }
  return assembly;
}

}  // namespace bizline
