#include "main/availability_command.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>
#include <vector>

#include "catalog/offer_file.h"
#include "catalog/sla_file.h"
#include "domain/availability/availability.h"
#include "domain/availability/availability_credit.h"
#include "domain/calendar/iso8601.h"
#include "domain/catalog/catalog.h"
#include "domain/sla/sla_catalog.h"
#include "http/availability/credit_json.h"
#include "http/core/edge_text.h"
#include "main/batch_json.h"
#include "main/cli_error.h"

namespace bizline {
namespace {

// Ordered so that "id" comes first in every output line.
using json = nlohmann::ordered_json;

// A line longer than this is answered with an error and skipped unread: thousands of Incidents
// fit in it, and a runaway input cannot make the process hold it all in memory.
constexpr std::size_t kMaxLineBytes = std::size_t{1} << 20;

struct Catalogs {
  SlaCatalog sla;
  Catalog offer;
};

Catalogs LoadCatalogs(const std::function<std::string()>& catalog_dir) {
  const std::filesystem::path dir(catalog_dir());
  auto sla = LoadSlaFile(dir / kSlaFileName);
  if (!sla) ExitWith(sla.error());
  auto offer = LoadCatalogDir(dir);
  if (!offer) ExitWith(offer.error());
  return {std::move(sla).value(), std::move(offer).value()};
}

// Reads lines of at most kMaxLineBytes from a file in large chunks; a longer line is consumed up
// to its end and reported, never held whole.
class BoundedLines {
 public:
  enum class Next { kLine, kTooLong, kEnd };

  explicit BoundedLines(std::FILE* in) : in_(in) {}

  Next Read(std::string& line) {
    line.clear();
    bool too_long = false;
    for (;;) {
      if (pos_ == end_ && !Fill()) {
        if (too_long) return Next::kTooLong;
        return line.empty() ? Next::kEnd : Next::kLine;  // a last line without '\n' still counts
      }
      const char* start = buffer_.data() + pos_;
      const auto* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
      const std::size_t length = newline != nullptr ? static_cast<std::size_t>(newline - start) : end_ - pos_;
      const std::size_t room = kMaxLineBytes - line.size();
      line.append(start, std::min(length, room));
      too_long = too_long || length > room;
      pos_ += length;
      if (newline != nullptr) {
        ++pos_;
        return too_long ? Next::kTooLong : Next::kLine;
      }
    }
  }

 private:
  bool Fill() {
    pos_ = 0;
    end_ = std::fread(buffer_.data(), 1, buffer_.size(), in_);
    return end_ > 0;
  }

  std::FILE* in_;
  std::array<char, 1 << 16> buffer_{};
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
};

// A string member: absent or null gives `fallback` when there is one; anything else not a string
// is an error naming the field (`path` + `name`).
Result<std::string> StringField(const json& object, const std::string& path, const char* name,
                                std::optional<std::string> fallback) {
  const auto it = object.find(name);
  const std::string field = path + name;
  if (it == object.end() || it->is_null()) {
    if (fallback) return *fallback;
    return Error::Invalid(field, "'" + field + "' is required");
  }
  if (!it->is_string()) return Error::Invalid(field, "'" + field + "' must be a string");
  return it->get<std::string>();
}

Result<Instant> InstantField(const json& object, const std::string& path, const char* name) {
  ASSIGN_OR_RETURN(auto text, StringField(object, path, name, std::nullopt));
  return ParseIso8601(text, path + name);
}

Result<std::vector<TimeInterval>> ParseStopClock(const json& incident, const std::string& path) {
  std::vector<TimeInterval> stops;
  const auto it = incident.find("stopClock");
  if (it == incident.end() || it->is_null()) return stops;
  if (!it->is_array()) {
    return Error::Invalid(path + "stopClock", "'stopClock' is a list of [from, to] pairs", "SLA-006");
  }
  for (std::size_t j = 0; j < it->size(); ++j) {
    const json& pair = (*it)[j];
    const std::string field = path + "stopClock[" + std::to_string(j) + "]";
    if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string()) {
      return Error::Invalid(field, "a Stop-Clock period is [from, to] (ISO 8601)", "SLA-006");
    }
    ASSIGN_OR_RETURN(auto from, ParseIso8601(pair[0].get_ref<const std::string&>(), field));
    ASSIGN_OR_RETURN(auto to, ParseIso8601(pair[1].get_ref<const std::string&>(), field));
    stops.push_back({from, to});  // the order of its ends is the domain's to check (SLA-006)
  }
  return stops;
}

Result<LineIncident> ParseIncident(const json& incident, std::size_t i) {
  const std::string path = "incidents[" + std::to_string(i) + "].";
  if (!incident.is_object()) return Error::Invalid(path.substr(0, path.size() - 1), "an Incident is a JSON object");
  LineIncident parsed;
  ASSIGN_OR_RETURN(auto priority_text, StringField(incident, path, "priority", std::nullopt));
  const auto priority = ParsePriority(priority_text);
  if (!priority) {
    return Error::Invalid(path + "priority", "'" + priority_text + "' is not a priority: P1, P2, P3 or P4", "DESK-027");
  }
  parsed.priority = *priority;
  ASSIGN_OR_RETURN(parsed.created, InstantField(incident, path, "created"));
  const auto resolved = incident.find("resolved");
  if (resolved != incident.end() && !resolved->is_null()) {
    ASSIGN_OR_RETURN(parsed.resolved, InstantField(incident, path, "resolved"));
  }
  ASSIGN_OR_RETURN(parsed.stop_clock, ParseStopClock(incident, path));
  return parsed;
}

struct LineRequest {
  std::string formula;
  std::string tier;  // empty: the formula's default (DEF) tier
  TimeInterval period{};
  std::vector<LineIncident> incidents{};
};

Result<LineRequest> ParseRequest(const json& line) {
  if (!line.is_object()) return Error::Invalid("", "each line is a JSON object");
  LineRequest request;
  ASSIGN_OR_RETURN(request.formula, StringField(line, "", "formula", std::nullopt));
  ASSIGN_OR_RETURN(request.tier, StringField(line, "", "tier", std::string()));
  ASSIGN_OR_RETURN(request.period.from, InstantField(line, "", "from"));
  ASSIGN_OR_RETURN(request.period.to, InstantField(line, "", "to"));
  const auto incidents = line.find("incidents");
  // Required, so that a misspelt member is not read as a line without Incidents (100 %).
  if (incidents == line.end() || !incidents->is_array()) {
    return Error::Invalid("incidents", "'incidents' is required: a list of Incidents, [] when there were none");
  }
  request.incidents.reserve(incidents->size());
  for (std::size_t i = 0; i < incidents->size(); ++i) {
    ASSIGN_OR_RETURN(auto incident, ParseIncident((*incidents)[i], i));
    request.incidents.push_back(std::move(incident));
  }
  return request;
}

// creditPercent on the wire: the rate in percent, exact (0, 1.5 or 5); null without a level.
json CreditPercentJson(const AvailabilityCredit& credit) {
  if (credit.outcome == AvailabilityOutcome::kNoTarget) return nullptr;
  return http::CreditPercentJson(credit.rate);
}

class BatchEvaluator {
 public:
  explicit BatchEvaluator(const Catalogs& catalogs) : catalogs_(catalogs) {}

  json Evaluate(const LineRequest& request, const json& id) {
    auto terms = catalogs_.sla.Terms(request.formula, request.tier);
    if (!terms) return BatchErrorJson(id, terms.error());
    const Formula* formula = catalogs_.offer.FindFormula(request.formula);
    if (formula == nullptr) {
      return BatchErrorJson(id,
                            Error::Invalid("formula", "the offer catalog has no formula '" + request.formula + "'"));
    }
    auto availability = MeasureAvailability(sweep_, *(*terms)->calendar, request.period, request.incidents);
    if (!availability) return BatchErrorJson(id, availability.error());
    const AvailabilityCredit credit = DecideAvailabilityCredit(AvailabilityTargetOf(*formula), *availability);
    return {{"id", id},
            {"netDowntimeSeconds", availability->net_downtime.count()},
            {"totalSeconds", availability->total.count()},
            {"availabilityPercent", FormatAvailabilityPercent(*availability)},
            {"creditPercent", CreditPercentJson(credit)}};
  }

  // One JSON line in, one JSON line out; a bad line answers with its error.
  json Line(const std::string& text) {
    // The edge checks of an HTTP body: invalid UTF-8, control characters and deep nesting are
    // answered with an error line, and the lines after it are still read.
    if (auto s = http::CheckJsonBytes(text, "line"); !s) return BatchErrorJson(nullptr, s.error());
    const json line = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (line.is_discarded()) return BatchErrorJson(nullptr, Error::Invalid("line", "not a JSON line"));
    if (auto s = http::CheckJsonText(line); !s) return BatchErrorJson(nullptr, s.error());
    const auto id_member = line.is_object() ? line.find("id") : line.end();
    const json id = id_member != line.end() ? *id_member : json(nullptr);
    auto request = ParseRequest(line);
    if (!request) return BatchErrorJson(id, request.error());
    return Evaluate(*request, id);
  }

 private:
  const Catalogs& catalogs_;
  DowntimeSweep sweep_;  // reused from line to line
};

void RunBatch(const Catalogs& catalogs) {
  BatchEvaluator evaluator(catalogs);
  BoundedLines lines(stdin);
  std::string text;
  for (auto next = lines.Read(text); next != BoundedLines::Next::kEnd; next = lines.Read(text)) {
    json answer;
    if (next == BoundedLines::Next::kTooLong) {
      answer = BatchErrorJson(
          nullptr, Error::Invalid("line", "the line is longer than " + std::to_string(kMaxLineBytes) + " bytes"));
    } else if (text.find_first_not_of(" \t\r") == std::string::npos) {
      continue;
    } else {
      answer = evaluator.Line(text);
    }
    std::cout << answer.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }
  std::cout.flush();
}

}  // namespace

void AddAvailabilityCommand(CLI::App& app, std::function<std::string()> catalog_dir) {
  auto* command = app.add_subcommand("availability",
                                     "service availability and its credit per line over a period (SLA-046..SLA-050)");
  // Held by the callback: CLI11 writes the flag into it while parsing, after this function returned.
  auto batch = std::make_shared<bool>(false);
  command
      ->add_flag("--batch", *batch,
                 "read JSON lines {id, formula, tier, from, to, incidents: [{priority, created, resolved, "
                 "stopClock: [[from, to], ...]}, ...]} from stdin and write {id, netDowntimeSeconds, totalSeconds, "
                 "availabilityPercent, creditPercent} or {id, error} per line")
      ->required();
  command->callback([=] {
    if (!*batch) return;  // --batch is required: CLI11 has refused the command already
    const Catalogs catalogs = LoadCatalogs(catalog_dir);
    RunBatch(catalogs);
  });
}

}  // namespace bizline
