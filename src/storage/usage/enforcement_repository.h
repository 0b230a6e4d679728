// Throttles and Volume Packs in SQL (issue 11 items 6 and 7).
#pragma once

#include <functional>

#include "app/usage/ports.h"

namespace soci {
class session;
class statement;
}  // namespace soci

namespace bizline {

class SociUsageEnforcementRepository final : public UsageEnforcementRepository {
 public:
  explicit SociUsageEnforcementRepository(soci::session& session) : sql_(session) {}

  Result<std::optional<SessionTarget>> LatestSession(const std::string& user_name) override;
  Result<std::optional<std::int64_t>> InsertThrottle(const Throttle& throttle) override;
  Status UpdateThrottle(const Throttle& throttle) override;
  Result<std::optional<Throttle>> OpenThrottle(ProductId line, Month month) override;
  Result<std::vector<Throttle>> DueThrottles(Instant now, int limit) override;
  Result<std::vector<Throttle>> ThrottlesBefore(Month month, int limit) override;
  Result<std::vector<Throttle>> ThrottlesOf(Month month) override;
  Result<std::int64_t> InsertVolumePack(const VolumePack& pack) override;
  Result<std::vector<VolumePack>> VolumePacks(ProductId line, Month month) override;
  Result<std::vector<VolumePack>> VolumePacksOf(Month month) override;

 private:
  // The month's packs of one line, or of every line.
  Result<std::vector<VolumePack>> Packs(std::optional<ProductId> line, Month month);

  Result<std::vector<Throttle>> Select(const std::string& where, const std::function<void(soci::statement&)>& bind);
  soci::session& sql_;
};

}  // namespace bizline
