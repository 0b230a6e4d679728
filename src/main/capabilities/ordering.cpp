// Ordering: product orders (TMF622), their implementation steps and the late-activation watch.
#include "app/ordering/order_metrics.h"
#include "app/ordering/order_service.h"
#include "http/ordering/metrics_text.h"
#include "http/ordering/routes.h"
#include "jobs/late_activation.h"
#include "main/assembly.h"
#include "main/capabilities.h"
#include "storage/ordering/repositories.h"

namespace bizline {

Capability OrderingCapability() {
  return {"ordering", AddOrderingRepositories, [](Assembly& a) -> Status {
            Platform& p = a.platform();
            auto& orders = a.Make<OrderService>(*p.storage, p.clock, p.catalog, a.Get<LineProvisioner>());
            a.AddRoutes([&orders](http::Router& router) { http::AddOrderRoutes(router, orders); });
            a.AddJobs([&p](Scheduler& scheduler, const JobContext& context) {
              AddLateActivationJob(scheduler, *p.storage, p.clock,
                                   context.options.late_activation_interval);  // ORD-034
            });
            a.AddMetrics([&p] { return http::RenderOrderMetrics(ReadOrderMetrics(*p.storage, p.clock.Now())); });
            return Ok{};
          }};
}

}  // namespace bizline
