// bench/order: Order Form verdicts per second, pure functions only (no IO in the timed loop):
//   bench_order <catalog dir> [orders]
// prints the rate of ParseOrderJson + CheckParsedOrder (what `bizline order check --batch`
// does per line) and of CheckOrderForm alone on already parsed orders.
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "catalog/offer_file.h"
#include "domain/ordering/order_form_check.h"
#include "http/ordering/order_form_json.h"

namespace {

// A mix of eligible and ineligible Order Forms, like the API test's verdict table.
const char* const kOrders[] = {
    R"({"formula":"internet-pro-plus","characteristics":{"wifi":"on"},"options":[{"id":"ip-pack","ipv4BlockSize":8}],"customer":{"employees":42}})",
    R"({"formula":"internet-essential","characteristics":{"wifi":"on"},"customer":{"employees":42}})",
    R"({"formula":"internet-pro-plus","characteristics":{"wifi":"on"},"options":[{"id":"ip-pack","ipv4BlockSize":7}],"customer":{"employees":42}})",
    R"({"formula":"fullfiber-extended","characteristics":{"wifi":"on"},"options":[{"id":"fiber-up"},{"id":"fiber-fast"}],"customer":{"employees":42}})",
    R"({"formula":"temporary-fullfiber-extended","characteristics":{"wifi":"off"},"options":[{"id":"rush-provisioning","requestedReadyForService":"2030-06-03"}],"customer":{"employees":42}})",
    R"({"formula":"internet-pro","characteristics":{"wifi":"on","initialTermMonths":12},"options":[{"id":"sla-premium"},{"id":"fixed-ipv4"}],"customer":{"employees":8}})",
};

double Seconds(std::chrono::steady_clock::duration d) { return std::chrono::duration<double>(d).count(); }

}  // namespace

int main(int argc, char** argv) {
  using namespace bizline;
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_order <catalog dir> [orders]\n");
    return 2;
  }
  auto catalog = LoadCatalogDir(argv[1]);
  if (!catalog) {
    std::fprintf(stderr, "%s\n", catalog.error().message.c_str());
    return 2;
  }
  const long count = argc > 2 ? std::stol(argv[2]) : 1'000'000;
  const std::size_t kinds = std::size(kOrders);
  std::vector<std::string> lines(kOrders, kOrders + kinds);
  std::vector<ParsedOrder> parsed;
  for (const auto& line : lines) parsed.push_back(ParseOrderLine(line));

  std::size_t violations = 0;
  double best_full = 1e9, best_check = 1e9;
  for (int pass = 0; pass < 3; ++pass) {
    auto start = std::chrono::steady_clock::now();
    for (long i = 0; i < count; ++i) {
      ParsedOrder order = ParseOrderLine(lines[static_cast<std::size_t>(i) % kinds]);
      violations += CheckParsedOrder(*catalog, order).size();
    }
    best_full = std::min(best_full, Seconds(std::chrono::steady_clock::now() - start));
    start = std::chrono::steady_clock::now();
    for (long i = 0; i < count; ++i) {
      const ParsedOrder& order = parsed[static_cast<std::size_t>(i) % kinds];
      violations += CheckOrderForm(*catalog, order.order, order.violations).size();
    }
    best_check = std::min(best_check, Seconds(std::chrono::steady_clock::now() - start));
  }
  std::printf("orders=%ld kinds=%zu violations_seen=%zu\n", count, kinds, violations);
  std::printf("parse+check (order check --batch per line): %.0f orders/s (%.3f s, best of 3)\n", count / best_full,
              best_full);
  std::printf("check only (CheckOrderForm):                %.0f orders/s (%.3f s, best of 3)\n", count / best_check,
              best_check);
  return 0;
}
