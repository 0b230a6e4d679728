#include "main/sla_command.h"

#include <filesystem>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>
#include <vector>

#include "catalog/sla_file.h"
#include "domain/calendar/iso8601.h"
#include "domain/sla/due_instant.h"
#include "domain/sla/sla_catalog.h"
#include "http/core/edge_text.h"
#include "main/batch_json.h"
#include "main/cli_error.h"

namespace bizline {
namespace {

// Ordered so that "id" comes first in every output line.
using json = nlohmann::ordered_json;

struct DueRequest {
  std::string formula;
  std::string tier;  // empty: the formula's default (DEF) tier
  std::string priority;
  std::string created;
  std::vector<std::pair<std::string, std::string>> stop_clock;
};

// The due instant of one request, or nullopt for best effort (SLA-027).
Result<std::optional<Instant>> Evaluate(const SlaCatalog& catalog, const DueRequest& request) {
  ASSIGN_OR_RETURN(auto terms, catalog.Terms(request.formula, request.tier));
  const auto priority = ParsePriority(request.priority);
  if (!priority) {
    return Error::Invalid("priority", "'" + request.priority + "' is not a priority: P1, P2, P3 or P4", "DESK-027");
  }
  ASSIGN_OR_RETURN(auto created, ParseIso8601(request.created, "created"));
  std::vector<TimeInterval> stops;
  for (std::size_t i = 0; i < request.stop_clock.size(); ++i) {
    const std::string field = "stopClock[" + std::to_string(i) + "]";
    ASSIGN_OR_RETURN(auto from, ParseIso8601(request.stop_clock[i].first, field));
    ASSIGN_OR_RETURN(auto to, ParseIso8601(request.stop_clock[i].second, field));
    if (to < from) return Error::Invalid(field, "the Stop-Clock period ends before it starts", "SLA-006");
    stops.push_back({from, to});
  }
  return DueInstant(*terms, *priority, created, stops);
}

SlaCatalog LoadCatalog(const std::function<std::string()>& catalog_dir) {
  auto loaded = LoadSlaFile(std::filesystem::path(catalog_dir()) / kSlaFileName);
  if (!loaded) ExitWith(loaded.error());
  return std::move(loaded).value();
}

// A string member, absent or null giving `fallback`; anything else is an error naming the field.
Result<std::string> StringField(const json& line, const char* name, std::optional<std::string> fallback) {
  const auto it = line.find(name);
  if (it == line.end() || it->is_null()) {
    if (fallback) return *fallback;
    return Error::Invalid(name, std::string("'") + name + "' is required");
  }
  if (!it->is_string()) return Error::Invalid(name, std::string("'") + name + "' must be a string");
  return it->get<std::string>();
}

Result<DueRequest> ParseRequest(const json& line) {
  if (!line.is_object()) return Error::Invalid("", "each line is a JSON object");
  DueRequest request;
  ASSIGN_OR_RETURN(auto formula, StringField(line, "formula", std::nullopt));
  ASSIGN_OR_RETURN(auto tier, StringField(line, "tier", std::string()));
  ASSIGN_OR_RETURN(auto priority, StringField(line, "priority", std::nullopt));
  ASSIGN_OR_RETURN(auto created, StringField(line, "created", std::nullopt));
  request = {formula, tier, priority, created, {}};
  const auto stops = line.find("stopClock");
  if (stops == line.end() || stops->is_null()) return request;
  if (!stops->is_array()) return Error::Invalid("stopClock", "'stopClock' is a list of [from, to] pairs", "SLA-006");
  for (std::size_t i = 0; i < stops->size(); ++i) {
    const json& pair = (*stops)[i];
    if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string()) {
      return Error::Invalid("stopClock[" + std::to_string(i) + "]", "a Stop-Clock period is [from, to] (ISO 8601)",
                            "SLA-006");
    }
    request.stop_clock.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
  }
  return request;
}

// One JSON line in, one JSON line out; a bad line answers with its error and processing goes on.
json BatchLine(const SlaCatalog& catalog, const std::string& text) {
  // The edge checks of an HTTP body: a line that is not UTF-8 or holds control characters is
  // answered with an error line, and the lines after it are still read.
  if (auto s = http::CheckJsonBytes(text, "line"); !s) return BatchErrorJson(nullptr, s.error());
  json line = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (line.is_discarded()) return BatchErrorJson(nullptr, Error::Invalid("line", "not a JSON line"));
  if (auto s = http::CheckJsonText(line); !s) return BatchErrorJson(nullptr, s.error());
  const json id = line.is_object() && line.contains("id") ? line["id"] : json(nullptr);
  auto request = ParseRequest(line);
  if (!request) return BatchErrorJson(id, request.error());
  auto due = Evaluate(catalog, *request);
  if (!due) return BatchErrorJson(id, due.error());
  return {{"id", id}, {"due", *due ? json(FormatBrussels(**due)) : json(nullptr)}};
}

int RunBatch(const SlaCatalog& catalog) {
  for (std::string text; std::getline(std::cin, text);) {
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::cout << BatchLine(catalog, text).dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }
  std::cout.flush();
  return 0;
}

}  // namespace

void AddSlaCommand(CLI::App& app, std::function<std::string()> catalog_dir) {
  auto* sla = app.add_subcommand("sla", "service levels: restoration deadlines (T-15)")->require_subcommand(1);
  auto* due = sla->add_subcommand("due", "print when a ticket's Service Restoration Time runs out (SLA-026)");
  auto request = std::make_shared<DueRequest>();
  auto stop_texts = std::make_shared<std::vector<std::string>>();
  auto batch = std::make_shared<bool>(false);
  due->add_option("--formula", request->formula, "service formula id, e.g. internet-pro (ids.md)");
  due->add_option("--tier", request->tier,
                  "SLA tier: basic, medium, premium or default (default: the formula's DEF tier)");
  due->add_option("--priority", request->priority, "P1..P4 (T-13)");
  due->add_option("--created", request->created,
                  "ticket creation, ISO 8601, e.g. 2026-12-24T20:00:00+01:00 (no offset: Brussels local time)");
  due->add_option("--stop-clock", *stop_texts, "a Stop-Clock period FROM/TO in ISO 8601 (repeatable)");
  due->add_flag("--batch", *batch,
                "read JSON lines {id, formula, tier, priority, created, stopClock: [[from, to], ...]} from stdin "
                "and write {id, due} or {id, error} per line");
  due->callback([=] {
    const SlaCatalog catalog = LoadCatalog(catalog_dir);
    if (*batch) {
      RunBatch(catalog);
      return;
    }
    for (const char* name : {"--formula", "--priority", "--created"}) {
      if (due->count(name) == 0)
        ExitWith(Error::Invalid(std::string(name).substr(2), std::string(name) + " is required"));
    }
    DueRequest single = *request;
    for (std::size_t i = 0; i < stop_texts->size(); ++i) {
      const std::string& text = (*stop_texts)[i];
      const auto slash = text.find('/');
      if (slash == std::string::npos) {
        ExitWith(Error::Invalid("stopClock[" + std::to_string(i) + "]",
                                "a Stop-Clock period is FROM/TO, got '" + text + "'", "SLA-006"));
      }
      single.stop_clock.emplace_back(text.substr(0, slash), text.substr(slash + 1));
    }
    auto result = Evaluate(catalog, single);
    if (!result) ExitWith(result.error());
    std::cout << (*result ? FormatBrussels(**result) : "none") << "\n";
  });
}

}  // namespace bizline
