// bench/availability: the availability engine alone, without the JSON front door. Reads the
// input of run.sh (gen.py's JSON lines) once, untimed, into LineIncidents with the line's Service
// Window calendar and availability target from the shipped catalog, then times
// MeasureAvailability + DecideAvailabilityCredit (DowntimeSweep over the BusinessCalendar, the
// credit decision) over all lines, several times, on one thread:
//   bench_availability_engine --in input.jsonl [--catalog catalog/] [--repeat 5]
// Prints the best and median pass as Incidents per second (every Incident counts, as in run.sh)
// and the outcome counts, which match the batch's answers.
#include <simdjson.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/offer_file.h"
#include "catalog/sla_file.h"
#include "domain/availability/availability.h"
#include "domain/availability/availability_credit.h"
#include "domain/calendar/iso8601.h"
#include "domain/catalog/catalog.h"
#include "domain/sla/priority.h"
#include "domain/sla/sla_catalog.h"

namespace bizline {
namespace {

struct BenchLine {
  const BusinessCalendar* calendar = nullptr;
  AvailabilityTarget target = AvailabilityTarget::kNone;
  TimeInterval period{};
  std::vector<LineIncident> incidents;
};

[[noreturn]] void Fail(const std::string& why) {
  std::fprintf(stderr, "bench_availability_engine: %s\n", why.c_str());
  std::exit(2);
}

Instant ParseInstant(std::string_view text) {
  auto instant = ParseIso8601(text, "instant");
  if (!instant) Fail(instant.error().message);
  return *instant;
}

std::vector<BenchLine> Load(const std::string& path, const SlaCatalog& sla, const Catalog& offer,
                            std::size_t& incident_count) {
  simdjson::dom::parser parser;
  simdjson::dom::document_stream lines;
  if (parser.load_many(path).get(lines)) Fail("cannot read " + path);
  std::vector<BenchLine> out;
  incident_count = 0;
  for (auto result : lines) {
    simdjson::dom::object line;
    if (result.get(line)) Fail("a line of " + path + " is not a JSON object");
    const std::string_view formula_id = line["formula"].get_string().value();
    std::string_view tier;
    if (line["tier"].is_string()) tier = line["tier"].get_string().value();
    auto terms = sla.Terms(formula_id, tier);
    if (!terms) Fail(terms.error().message);
    const Formula* formula = offer.FindFormula(formula_id);
    if (formula == nullptr) Fail("no formula " + std::string(formula_id));
    BenchLine bench_line;
    bench_line.calendar = (*terms)->calendar.get();
    bench_line.target = AvailabilityTargetOf(*formula);
    bench_line.period = {ParseInstant(line["from"].get_string().value()),
                         ParseInstant(line["to"].get_string().value())};
    for (simdjson::dom::object incident : line["incidents"].get_array()) {
      LineIncident parsed;
      parsed.priority = *ParsePriority(incident["priority"].get_string().value());
      parsed.created = ParseInstant(incident["created"].get_string().value());
      if (incident["resolved"].is_string()) parsed.resolved = ParseInstant(incident["resolved"].get_string().value());
      if (incident["stopClock"].is_array()) {
        for (simdjson::dom::array stop : incident["stopClock"].get_array()) {
          parsed.stop_clock.push_back(
              {ParseInstant(stop.at(0).get_string().value()), ParseInstant(stop.at(1).get_string().value())});
        }
      }
      bench_line.incidents.push_back(std::move(parsed));
    }
    incident_count += bench_line.incidents.size();
    out.push_back(std::move(bench_line));
  }
  return out;
}

struct Pass {
  double seconds = 0;
  std::int64_t checksum = 0;
  std::map<AvailabilityOutcome, std::size_t> outcomes;
};

Pass Run(const std::vector<BenchLine>& lines) {
  DowntimeSweep sweep;
  Pass pass;
  const auto start = std::chrono::steady_clock::now();
  for (const BenchLine& line : lines) {
    auto availability = MeasureAvailability(sweep, *line.calendar, line.period, line.incidents);
    if (!availability) Fail(availability.error().field + ": " + availability.error().message);
    const AvailabilityCredit credit = DecideAvailabilityCredit(line.target, *availability);
    pass.checksum += availability->net_downtime.count() + credit.rate.basis_points();
    ++pass.outcomes[credit.outcome];
  }
  pass.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return pass;
}

int Main(int argc, char** argv) {
  std::string in;
  std::filesystem::path catalog = BIZLINE_DEFAULT_CATALOG_DIR;
  int repeat = 5;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--in") {
      in = argv[i + 1];
    } else if (flag == "--catalog") {
      catalog = argv[i + 1];
    } else if (flag == "--repeat") {
      repeat = std::max(1, std::atoi(argv[i + 1]));
    } else {
      Fail("unknown flag " + flag);
    }
  }
  if (in.empty()) Fail("usage: bench_availability_engine --in input.jsonl [--catalog dir] [--repeat N]");
  auto sla = LoadSlaFile(catalog / kSlaFileName);
  if (!sla) Fail(sla.error().message);
  auto offer = LoadCatalogDir(catalog);
  if (!offer) Fail(offer.error().message);

  std::size_t incidents = 0;
  const std::vector<BenchLine> lines = Load(in, *sla, *offer, incidents);
  std::vector<Pass> passes;
  for (int i = 0; i < repeat; ++i) passes.push_back(Run(lines));
  std::vector<double> seconds;
  for (const Pass& pass : passes) {
    seconds.push_back(pass.seconds);
    if (pass.checksum != passes.front().checksum) Fail("passes disagree");
  }
  std::sort(seconds.begin(), seconds.end());
  const double best = seconds.front();
  const double median = seconds[seconds.size() / 2];
  const auto& outcomes = passes.front().outcomes;
  const auto count = [&](AvailabilityOutcome o) { return outcomes.count(o) ? outcomes.at(o) : std::size_t{0}; };
  std::printf("engine: %zu lines, %zu incidents, %d passes on one thread\n", lines.size(), incidents, repeat);
  std::printf("engine best:   %.4f s  %.0f incidents/s  (%.1f ns per incident)\n", best,
              static_cast<double>(incidents) / best, best * 1e9 / static_cast<double>(incidents));
  std::printf("engine median: %.4f s  %.0f incidents/s\n", median, static_cast<double>(incidents) / median);
  std::printf("engine outcomes: %zu at 5 %%, %zu at 1.5 %%, %zu at 0, %zu without a level (checksum %lld)\n",
              count(AvailabilityOutcome::kBelowLowerTier), count(AvailabilityOutcome::kBelowTarget),
              count(AvailabilityOutcome::kMet), count(AvailabilityOutcome::kNoTarget),
              static_cast<long long>(passes.front().checksum));
  return 0;
}

}  // namespace
}  // namespace bizline

int main(int argc, char** argv) { return bizline::Main(argc, argv); }
