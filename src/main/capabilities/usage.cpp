// Usage: RADIUS accounting metered into volume per line and month (issue 11).
#include "app/usage/usage_meter.h"
#include "app/usage/usage_queries.h"
#include "app/usage/volume_packs.h"
#include "http/usage/routes.h"
#include "jobs/usage_enforcement.h"
#include "jobs/usage_silence.h"
#include "main/assembly.h"
#include "main/capabilities.h"
#include "storage/usage/repositories.h"

namespace bizline {

Capability UsageCapability() {
  return {"usage", AddUsageRepositories, [](Assembly& a) -> Status {
            Platform& p = a.platform();
            auto& meter = a.Make<UsageMeter>(*p.storage, p.catalog, p.clock, p.sms);
            a.AddJobs([&meter, &p](Scheduler& scheduler, const JobContext& context) {
              AddUsageSilenceJob(scheduler, meter, p.clock, context.options.session_silence);
              if (context.nas != nullptr) {
                AddUsageEnforcementJob(scheduler,
                                       std::make_shared<ThrottleEnforcer>(*p.storage, *context.nas, p.clock));
              }
            });
            auto& queries = a.Make<UsageQueries>(*p.storage, p.catalog, p.clock);
            auto& packs = a.Make<VolumePackService>(*p.storage, p.catalog, p.clock);
            a.AddRoutes([&queries, &packs](http::Router& router) {
              http::AddUsageRoutes(router, queries, packs);
              http::AddTmf635Routes(router, queries);
            });
            return Ok{};
          }};
}

}  // namespace bizline
