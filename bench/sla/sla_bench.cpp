// bench/sla: P1 5 h deadlines on the Premium window (T-15, SLA-017/SLA-029) for many start
// instants, computed by bizline's domain (DueInstant over a BusinessCalendar), and the tools
// run.sh needs around it:
//   bench_sla generate --count N --seed S --out instants.txt   deterministic start instants
//   bench_sla compute  --in instants.txt --out due.txt         deadlines, prints the rate
//   bench_sla compare  --in instants.txt --ours a.txt --peer b.txt
// Files hold one integer per line: UTC epoch seconds.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "domain/calendar/business_calendar.h"
#include "domain/calendar/iso8601.h"
#include "domain/sla/due_instant.h"

namespace bizline {
namespace {

// The premium-window of catalog/sla.yaml, built for the catalog's default years (2010-2060).
constexpr const char* kPremiumWindow = "Mon-Fri 08:00-22:00, Sat 08:00-16:30, excl. BPH";
constexpr CalendarYears kYears{2010, 2060};
// Start instants are spread over 2025-01-01T00:00Z .. 2029-01-01T00:00Z (four years).
constexpr std::int64_t kFrom = 1735689600;
constexpr std::int64_t kTo = 1861920000;

std::map<std::string, std::string> Flags(int argc, char** argv) {
  std::map<std::string, std::string> flags;
  for (int i = 2; i + 1 < argc; i += 2) flags[argv[i]] = argv[i + 1];
  return flags;
}

std::vector<std::int64_t> ReadNumbers(const std::string& path) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "cannot read " << path << "\n";
    std::exit(2);
  }
  std::vector<std::int64_t> out;
  for (std::int64_t v = 0; in >> v;) out.push_back(v);
  return out;
}

void WriteNumbers(const std::string& path, const std::vector<std::int64_t>& values) {
  std::ofstream out(path);
  for (std::int64_t v : values) out << v << '\n';
}

// splitmix64: a fixed, portable pseudo-random sequence.
std::uint64_t Next(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

int Generate(std::map<std::string, std::string> flags) {
  const std::size_t count = std::stoull(flags["--count"]);
  std::uint64_t state = std::stoull(flags["--seed"]);
  std::vector<std::int64_t> instants(count);
  for (auto& t : instants) t = kFrom + static_cast<std::int64_t>(Next(state) % static_cast<std::uint64_t>(kTo - kFrom));
  WriteNumbers(flags["--out"], instants);
  std::printf("generated %zu start instants in [2025-01-01, 2029-01-01) UTC, seed %s\n", count,
              flags["--seed"].c_str());
  return 0;
}

int Compute(std::map<std::string, std::string> flags) {
  const auto build_start = std::chrono::steady_clock::now();
  auto calendar = BusinessCalendar::Build(*ParseWeeklyWindow(kPremiumWindow), kYears);
  SlaTerms terms;
  terms.window_id = "premium-window";
  terms.calendar = std::make_shared<const BusinessCalendar>(std::move(calendar).value());
  terms.targets = {RestorationTarget::WindowHours(5), RestorationTarget::BusinessDays(1),
                   RestorationTarget::BusinessDays(3), RestorationTarget::BusinessDays(10)};
  const double build_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - build_start).count();

  const std::vector<std::int64_t> instants = ReadNumbers(flags["--in"]);
  std::vector<std::int64_t> due(instants.size());
  double best = 1e300;
  constexpr int kRounds = 5;  // best of five passes over all instants
  for (int round = 0; round < kRounds; ++round) {
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < instants.size(); ++i) {
      auto result = DueInstant(terms, Priority::kP1, InstantFromEpoch(instants[i]), {});
      due[i] = result.ok() && *result ? EpochSeconds(**result) : -1;
    }
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  WriteNumbers(flags["--out"], due);
  const double rate = static_cast<double>(instants.size()) / best;
  std::printf("bizline: %zu deadlines in %.4f s (best of %d) = %.0f deadlines/s; calendar built in %.1f ms\n",
              instants.size(), best, kRounds, rate, build_ms);
  std::printf("RATE bizline %.0f\n", rate);
  return 0;
}

int Compare(std::map<std::string, std::string> flags) {
  const auto instants = ReadNumbers(flags["--in"]);
  const auto ours = ReadNumbers(flags["--ours"]);
  const auto peer = ReadNumbers(flags["--peer"]);
  if (ours.size() != instants.size() || peer.size() != instants.size()) {
    std::printf("DISAGREE: %zu instants but %zu bizline and %zu peer deadlines\n", instants.size(), ours.size(),
                peer.size());
    return 1;
  }
  std::size_t differ = 0;
  for (std::size_t i = 0; i < instants.size(); ++i) {
    if (ours[i] == peer[i]) continue;
    if (++differ <= 10) {
      std::printf("DISAGREE start %s: bizline %s, peer %s\n", FormatBrussels(InstantFromEpoch(instants[i])).c_str(),
                  FormatBrussels(InstantFromEpoch(ours[i])).c_str(), FormatBrussels(InstantFromEpoch(peer[i])).c_str());
    }
  }
  if (differ > 0) {
    std::printf("DISAGREE: %zu of %zu deadlines differ\n", differ, instants.size());
    return 1;
  }
  std::printf("agreement: all %zu deadlines identical\n", instants.size());
  return 0;
}

}  // namespace
}  // namespace bizline

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  const auto flags = bizline::Flags(argc, argv);
  if (mode == "generate") return bizline::Generate(flags);
  if (mode == "compute") return bizline::Compute(flags);
  if (mode == "compare") return bizline::Compare(flags);
  std::cerr << "usage: bench_sla generate|compute|compare [--flag value]...\n";
  return 2;
}
