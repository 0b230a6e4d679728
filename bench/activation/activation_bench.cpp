// Activation throughput: THREADS workers each provision lines (ProvisionLine inside its own
// write transaction, as an activated order does) until COUNT lines exist, on the database
// given by --db. Lines are Internet Pro+ (a fixed IPv4 /32 and an IPv6 /56) and every fourth
// one orders an 8-address IP Pack. Afterwards it checks that no block was handed out twice.
//   bench_activation --db URL --catalog DIR [--count N] [--threads T]
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "app/inventory/provisioning_service.h"
#include "app/ipam/ports.h"
#include "app/party/ports.h"
#include "catalog/offer_file.h"
#include "main/capabilities.h"
#include "storage/core/soci_storage.h"

namespace bizline {
namespace {

struct Options {
  std::string db;
  std::string catalog = ".";
  int count = 2000;
  int threads = 4;
};

Options Parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string key = argv[i], value = argv[i + 1];
    if (key == "--db") o.db = value;
    if (key == "--catalog") o.catalog = value;
    if (key == "--count") o.count = std::stoi(value);
    if (key == "--threads") o.threads = std::stoi(value);
  }
  return o;
}

AddressPool Pool(std::string id, PoolPurpose purpose, const char* range, int length) {
  return {std::move(id), purpose, *ParsePrefix(range, "range"), length};
}

int Fail(const std::string& what, const Error& e) {
  std::fprintf(stderr, "%s: %s\n", what.c_str(), e.message.c_str());
  return 1;
}

int Run(const Options& o) {
  auto catalog = LoadCatalogDir(o.catalog);
  if (!catalog) return Fail("catalog", catalog.error());
  // Pools large enough for 65,536 lines.
  IpamConfig ipam{{Pool("bench-v4", PoolPurpose::kFixedIpv4, "10.0.0.0/16", 32),
                   Pool("bench-v6", PoolPurpose::kIpv6Prefix, "2001:db8::/40", 56),
                   Pool("bench-pack8", PoolPurpose::kIpPack, "10.8.0.0/16", 29)},
                  std::chrono::days(30)};
  auto storage = SociStorage::Open(o.db, static_cast<std::size_t>(o.threads) + 1, AllRepositories());
  if (!storage) return Fail("open", storage.error());
  if (auto m = (*storage)->Migrate(); !m) return Fail("migrate", m.error());
  ProvisioningService provisioning(*catalog, ipam);
  auto seed_start = std::chrono::steady_clock::now();
  auto seeded = provisioning.SeedPools(**storage);
  if (!seeded) return Fail("seed", seeded.error());
  double seed_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - seed_start).count();

  CustomerId customer;
  SiteId site;
  {
    auto tx = (*storage)->Begin(TxMode::kWrite);
    if (!tx) return Fail("begin", tx.error());
    auto c = Customers(**tx).Insert(Customer{CustomerId(),
                                             "Bench NV",
                                             "0403.170.701",
                                             {"Rue 1", "1000", "Brussels", "BE"},
                                             50,
                                             CustomerStatus::kActive,
                                             InstantFromEpoch(1'790'000'000)});
    if (!c) return Fail("customer", c.error());
    customer = *c;
    auto s = Customers(**tx).InsertSite(Site{SiteId(), customer, "HQ", {"Rue 1", "1000", "Brussels", "BE"}});
    if (!s) return Fail("site", s.error());
    site = *s;
    auto r = Customers(**tx).InsertRepresentative(
        {RepresentativeId(), customer, "Ann", "ann@bench.example", "+32 2 555 01 01", "IT"});
    if (!r) return Fail("representative", r.error());
    if (auto ok = (*tx)->Commit(); !ok) return Fail("commit", ok.error());
  }

  std::atomic<int> next{0}, failed{0};
  const Instant activated = InstantFromEpoch(1'800'000'000);
  auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> workers;
  for (int t = 0; t < o.threads; ++t) {
    workers.emplace_back([&] {
      for (int i = next++; i < o.count; i = next++) {
        LineSpec spec{customer, site, std::to_string(i), "internet-pro-plus", {}, WifiChoice::kOn, "", 0, ""};
        if (i % 4 == 3) spec.options.push_back({"ip-pack", {{"ipv4BlockSize", std::int64_t{8}}}});
        auto tx = (*storage)->Begin(TxMode::kWrite);
        if (!tx) {
          ++failed;
          continue;
        }
        auto id = provisioning.ProvisionLine(**tx, spec, activated);
        Status committed = id ? (*tx)->Commit() : Status(id.error());
        if (!committed) {
          if (failed++ == 0) std::fprintf(stderr, "first failure: %s\n", committed.error().message.c_str());
        }
      }
    });
  }
  for (auto& w : workers) w.join();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  // No block twice: every allocated block belongs to exactly one product and the counts match.
  auto tx = (*storage)->Begin(TxMode::kRead);
  if (!tx) return Fail("begin", tx.error());
  std::size_t allocated = 0;
  for (const AddressPool& pool : ipam.pools) {
    auto blocks = Ipam(**tx).Blocks(pool.id);
    if (!blocks) return Fail("blocks", blocks.error());
    allocated += static_cast<std::size_t>(std::count_if(
        blocks->begin(), blocks->end(), [](const IpBlock& b) { return b.state == BlockState::kAllocated; }));
  }
  std::size_t expected = static_cast<std::size_t>(2 * o.count + o.count / 4);
  std::printf("backend=%s threads=%d lines=%d failed=%d seconds=%.3f seed_blocks=%lld seed_seconds=%.2f\n",
              (*storage)->dialect() == Dialect::kPostgres ? "postgresql" : "sqlite", o.threads, o.count, failed.load(),
              seconds, static_cast<long long>(*seeded), seed_s);
  std::printf("RATE %.1f activations/s\n", (o.count - failed.load()) / seconds);
  if (failed.load() != 0 || allocated != expected) {
    std::fprintf(stderr, "CHECK FAILED: %zu blocks allocated, %zu expected\n", allocated, expected);
    return 1;
  }
  std::printf("CHECK ok: %zu blocks allocated, each to one line\n", allocated);
  return 0;
}

}  // namespace
}  // namespace bizline

int main(int argc, char** argv) {
  auto options = bizline::Parse(argc, argv);
  if (options.db.empty()) {
    std::fprintf(stderr, "usage: bench_activation --db URL --catalog DIR [--count N] [--threads T]\n");
    return 2;
  }
  return bizline::Run(options);
}
