// What bizline's capabilities are assembled into. The Platform is what they all share, built
// first from the database URL and the catalog files. Each capability's assemble function (the
// list is main/capabilities.cpp) then makes its use cases — kept here for the capabilities after
// it and for the commands — and registers its routes and its jobs.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <typeindex>
#include <unordered_map>
#include <utility>
#include <vector>

#include "app/core/clock.h"
#include "app/core/crypto.h"
#include "app/notification/notify_representatives.h"
#include "domain/catalog/catalog.h"
#include "domain/ipam/ipam_config.h"
#include "domain/sla/sla_catalog.h"
#include "http/core/api.h"
#include "jobs/background_jobs.h"
#include "jobs/scheduler.h"
#include "storage/core/soci_storage.h"

namespace bizline {

struct Platform {
  std::unique_ptr<SociStorage> storage;
  SystemClock clock;
  SodiumCrypto crypto;
  Catalog catalog;                        // catalog/offer.yaml + prices.yaml
  IpamConfig ipam;                        // catalog/ipam.yaml
  std::shared_ptr<const SlaCatalog> sla;  // catalog/sla.yaml (T-15)
  SmsNotices sms = SmsNotices::kOff;      // kOn when SMS leave this install (serve --sms-webhook)
};

using JobAdder = std::function<void(Scheduler& scheduler, const JobContext& context)>;

class Assembly {
 public:
  explicit Assembly(std::unique_ptr<Platform> platform) : platform_(std::move(platform)) {}
  Assembly(const Assembly&) = delete;
  Assembly& operator=(const Assembly&) = delete;

  Platform& platform() { return *platform_; }

  // Makes a use case (or any object a later capability needs) and keeps it; one per type.
  template <class T, class... Args>
  T& Make(Args&&... args) {
    auto made = std::make_shared<T>(std::forward<Args>(args)...);
    T& ref = *made;
    kept_[std::type_index(typeid(T))] = std::move(made);
    order_.push_back(std::type_index(typeid(T)));
    return ref;
  }

  // Makes an `Impl` kept and found as its `Interface` (a port another capability uses).
  template <class Interface, class Impl, class... Args>
  Interface& MakeAs(Args&&... args) {
    std::shared_ptr<Interface> made = std::make_shared<Impl>(std::forward<Args>(args)...);
    Interface& ref = *made;
    kept_[std::type_index(typeid(Interface))] = std::move(made);
    order_.push_back(std::type_index(typeid(Interface)));
    return ref;
  }

  // What an earlier capability made. Asking for what none made is a defect of the capability
  // list's order, not an input error: it stops at once with the type's name.
  template <class T>
  T& Get() const {
    auto it = kept_.find(std::type_index(typeid(T)));
    if (it == kept_.end()) {
      std::fprintf(stderr, "no capability made %s before it was needed\n", typeid(T).name());
      std::abort();
    }
    return *static_cast<T*>(it->second.get());
  }

  void AddRoutes(http::RouteAdder add) { routes_.push_back(std::move(add)); }
  void AddJobs(JobAdder add) { jobs_.push_back(std::move(add)); }
  // A capability's business gauges and counters for GET /metrics, as Prometheus text, rendered
  // at each scrape.
  void AddMetrics(std::function<std::string()> render) { metrics_.push_back(std::move(render)); }

  const std::vector<http::RouteAdder>& routes() const { return routes_; }
  const std::vector<JobAdder>& jobs() const { return jobs_; }
  const std::vector<std::function<std::string()>>& metrics() const { return metrics_; }

  ~Assembly() {
    // Later capabilities hold references into earlier ones: release in reverse order.
    for (auto it = order_.rbegin(); it != order_.rend(); ++it) kept_.erase(*it);
  }

 private:
  std::unique_ptr<Platform> platform_;
  std::unordered_map<std::type_index, std::shared_ptr<void>> kept_;
  std::vector<std::type_index> order_;
  std::vector<http::RouteAdder> routes_;
  std::vector<JobAdder> jobs_;
  std::vector<std::function<std::string()>> metrics_;
};

// Opens the database (with every capability's repositories), applies pending migrations, loads
// the catalog files of `catalog_dir` (an invalid file fails with its file:line:col errors) and
// assembles every capability of main/capabilities.cpp in order. `sms` says whether the use cases
// enqueue SMS notices too (U-12): only where a server sends them.
Result<std::unique_ptr<Assembly>> Assemble(const std::string& db_url, std::size_t pool_size,
                                           const std::string& catalog_dir, SmsNotices sms = SmsNotices::kOff);

}  // namespace bizline
