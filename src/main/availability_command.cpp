#include "main/availability_command.h"

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "catalog/offer_file.h"
#include "catalog/sla_file.h"
#include "domain/availability/availability.h"
#include "domain/availability/availability_credit.h"
#include "domain/calendar/iso8601.h"
#include "domain/catalog/catalog.h"
#include "domain/sla/priority.h"
#include "domain/sla/sla_catalog.h"
#include "domain/ticketing/responsibility.h"
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

// Reads stdin in large blocks and hands out its lines in place: each line is followed in the buffer
// by at least simdjson::SIMDJSON_PADDING readable bytes, so simdjson parses it without a copy. A
// line longer than kMaxLineBytes is consumed up to its end and reported, never held whole.
class PaddedLines {
 public:
  enum class Next { kLine, kTooLong, kEnd };

  explicit PaddedLines(std::FILE* in) : in_(in), buffer_(new char[kBufferBytes + simdjson::SIMDJSON_PADDING]) {}

  // `line` is valid until the next Read.
  Next Read(std::string_view& line) {
    for (;;) {
      const char* start = buffer_.get() + pos_;
      const std::size_t pending = end_ - pos_;
      const auto* newline = static_cast<const char*>(std::memchr(start, '\n', pending));
      if (newline != nullptr) {
        line = std::string_view(start, static_cast<std::size_t>(newline - start));
        pos_ += line.size() + 1;
        return line.size() > kMaxLineBytes ? Next::kTooLong : Next::kLine;
      }
      if (pending > kMaxLineBytes) {
        SkipRestOfLine();
        return Next::kTooLong;
      }
      if (eof_) {
        if (pending == 0) return Next::kEnd;
        line = std::string_view(start, pending);  // a last line without '\n' still counts
        pos_ = end_;
        return Next::kLine;
      }
      Fill();
    }
  }

  // The bytes of `line` (from Read) and those after it in the buffer.
  std::size_t Capacity(std::string_view line) const {
    return static_cast<std::size_t>(buffer_.get() + kBufferBytes + simdjson::SIMDJSON_PADDING - line.data());
  }

 private:
  // Larger than any line it answers, so a line that fits is always whole in the buffer.
  static constexpr std::size_t kBufferBytes = 4 * kMaxLineBytes;

  // Keeps the unread bytes, moved to the front, and reads after them until the buffer is full.
  void Fill() {
    const std::size_t pending = end_ - pos_;
    std::memmove(buffer_.get(), buffer_.get() + pos_, pending);
    pos_ = 0;
    end_ = pending;
    const std::size_t wanted = kBufferBytes - pending;
    const std::size_t got = std::fread(buffer_.get() + end_, 1, wanted, in_);
    end_ += got;
    eof_ = got < wanted;  // fread reads short only at the end of the input or on an error
  }

  // Drops everything up to and including the next '\n'.
  void SkipRestOfLine() {
    for (;;) {
      pos_ = end_ = 0;
      if (eof_) return;
      Fill();
      const auto* newline = static_cast<const char*>(std::memchr(buffer_.get(), '\n', end_));
      if (newline != nullptr) {
        pos_ = static_cast<std::size_t>(newline - buffer_.get()) + 1;
        return;
      }
    }
  }

  std::FILE* in_;
  std::unique_ptr<char[]> buffer_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  bool eof_ = false;
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

// The fast path: lines read with simdjson On Demand straight into the Incidents, answered by
// appending text. It takes only the lines the reference path above (ParseRequest with the HTTP
// edge checks over nlohmann) answers with an availability, and gives them the same answer; for
// any other line it declines, and the reference path answers it, error and all. So every error
// line, message and field stays the reference path's, and the fast path needs to be right only
// about the lines it accepts:
// - bytes: simdjson validates UTF-8 and refuses control characters inside strings; PlainBytes
//   refuses the other edge defects (DEL, C1 controls, any control character but tab and CR) and
//   every backslash, so no string holds an escape and every string is its raw bytes;
// - syntax: every value of the line is visited (unknown members too), so simdjson has checked
//   all of it, and nothing may follow the object; deeper than kMaxJsonDepth is declined;
// - meaning: a member named twice, a missing or mistyped field, an id that is not a string, a
//   64-bit integer, true, false or null, a bad instant or priority, or an error from the
//   catalogs or the sweep: declined.
class FastLineParser {
 public:
  struct Request {
    std::string_view formula;
    std::string_view tier;  // empty: the formula's default (DEF) tier
    TimeInterval period{};
    std::string id_json = "null";  // the id as the reference path writes it
    std::span<const LineIncident> incidents;
  };

  // True with `request` filled (valid until the next call) when the fast path answers `line`.
  bool Parse(std::string_view line, std::size_t capacity, Request& request) {
    if (!PlainBytes(line)) return false;
    line_end_ = line.data() + line.size();
    count_ = 0;
    simdjson::ondemand::document doc;
    if (parser_.iterate(simdjson::padded_string_view(line.data(), line.size(), capacity)).get(doc)) return false;
    simdjson::ondemand::object root;
    if (doc.get_object().get(root)) return false;
    request.id_json = "null";
    request.tier = {};
    unsigned seen = 0;
    for (auto member : root) {
      simdjson::ondemand::field field;
      std::string_view key;
      if (std::move(member).get(field) || !RawText(field.key(), key)) return false;
      simdjson::ondemand::value value = field.value();
      const Member which = TopMember(key);
      if (which != Member::kUnknown && !FirstTime(seen, which)) return false;  // nlohmann keeps the last one
      bool ok = false;
      switch (which) {
        case Member::kId: ok = ReadId(value, request.id_json); break;
        case Member::kFormula: ok = ReadString(value, request.formula); break;
        case Member::kTier: ok = ReadNullableString(value, request.tier); break;
        case Member::kFrom: ok = ReadInstant(value, request.period.from); break;
        case Member::kTo: ok = ReadInstant(value, request.period.to); break;
        case Member::kIncidents: ok = ReadIncidents(value); break;
        default: ok = Visit(value, 2); break;
      }
      if (!ok) return false;
    }
    // Nothing after the object (nlohmann refuses trailing text).
    if (doc.current_location().error() != simdjson::OUT_OF_BOUNDS) return false;
    if (!Has(seen, Member::kFormula) || !Has(seen, Member::kFrom) || !Has(seen, Member::kTo) ||
        !Has(seen, Member::kIncidents)) {
      return false;
    }
    request.incidents = std::span<const LineIncident>(incidents_.data(), count_);
    return true;
  }

 private:
  using Value = simdjson::ondemand::value;
  using JsonType = simdjson::ondemand::json_type;

  enum class Member : unsigned {
    kUnknown,
    kId,
    kFormula,
    kTier,
    kFrom,
    kTo,
    kIncidents,
    kPriority,
    kCreated,
    kResolved,
    kStopClock
  };

  static Member TopMember(std::string_view key) {
    if (key == "id") return Member::kId;
    if (key == "formula") return Member::kFormula;
    if (key == "tier") return Member::kTier;
    if (key == "from") return Member::kFrom;
    if (key == "to") return Member::kTo;
    if (key == "incidents") return Member::kIncidents;
    return Member::kUnknown;
  }
  static Member IncidentMember(std::string_view key) {
    if (key == "priority") return Member::kPriority;
    if (key == "created") return Member::kCreated;
    if (key == "resolved") return Member::kResolved;
    if (key == "stopClock") return Member::kStopClock;
    return Member::kUnknown;
  }
  static unsigned Bit(Member m) { return 1u << static_cast<unsigned>(m); }
  static bool Has(unsigned seen, Member m) { return (seen & Bit(m)) != 0; }
  static bool FirstTime(unsigned& seen, Member m) {
    if (Has(seen, m)) return false;
    seen |= Bit(m);
    return true;
  }

  // No backslash, and no byte the edge checks refuse that simdjson would take: DEL, the C1
  // controls (U+0080..U+009F, C2 80..C2 9F in UTF-8) and the controls below U+0020 outside strings
  // (tab and CR are JSON whitespace and pass; inside strings simdjson refuses them). Eight bytes
  // at a time; a word with a suspect byte is looked at byte by byte.
  static bool PlainBytes(std::string_view line) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
    const auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
    const auto suspect = [&](std::uint64_t w) {
      // bytes < 0x20, == 0x7F, == '\\', == 0xC2 (exact: no suspect byte is missed)
      return ((w - 0x20 * kOnes) & ~w & kHighs) | has_zero(w ^ (0x7F * kOnes)) | has_zero(w ^ (0x5C * kOnes)) |
             has_zero(w ^ (0xC2 * kOnes));
    };
    const auto plain_byte = [&](std::size_t i) {
      const auto c = static_cast<unsigned char>(line[i]);
      if (c < 0x20) return c == '\t' || c == '\r';
      if (c == 0x7F || c == '\\') return false;
      if (c == 0xC2 && i + 1 < line.size()) {
        const auto next = static_cast<unsigned char>(line[i + 1]);
        return next < 0x80 || next > 0x9F;
      }
      return true;
    };
    std::size_t i = 0;
    for (; i + 8 <= line.size(); i += 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, line.data() + i, 8);
      if (suspect(word) == 0) continue;
      for (std::size_t k = i; k < i + 8; ++k) {
        if (!plain_byte(k)) return false;
      }
    }
    for (; i < line.size(); ++i) {
      if (!plain_byte(i)) return false;
    }
    return true;
  }

  // A string's text (or a member's name) as its raw bytes: no string of a line that passed
  // PlainBytes holds an escape, and simdjson has checked its bytes (UTF-8, no control character).
  bool RawText(simdjson::ondemand::raw_json_string raw, std::string_view& text) const {
    const char* begin = raw.raw();
    const auto* end = static_cast<const char*>(std::memchr(begin, '"', static_cast<std::size_t>(line_end_ - begin)));
    if (end == nullptr) return false;
    text = std::string_view(begin, static_cast<std::size_t>(end - begin));
    return true;
  }

  bool ReadString(Value value, std::string_view& text) const {
    simdjson::ondemand::raw_json_string raw;
    return value.get_raw_json_string().get(raw) == simdjson::SUCCESS && RawText(raw, text);
  }

  // Checks a value whole (its container at nesting level `depth`, the line's object being 1).
  bool Visit(Value value, int depth) {
    JsonType type;
    if (value.type().get(type)) return false;
    switch (type) {
      case JsonType::object: {
        simdjson::ondemand::object object;
        if (depth > http::kMaxJsonDepth || value.get_object().get(object)) return false;
        for (auto member : object) {
          simdjson::ondemand::field field;
          std::string_view key;
          if (std::move(member).get(field) || !RawText(field.key(), key) || !Visit(field.value(), depth + 1)) {
            return false;
          }
        }
        return true;
      }
      case JsonType::array: {
        simdjson::ondemand::array array;
        if (depth > http::kMaxJsonDepth || value.get_array().get(array)) return false;
        for (auto element : array) {
          Value item;
          if (std::move(element).get(item) || !Visit(item, depth + 1)) return false;
        }
        return true;
      }
      case JsonType::string: {
        std::string_view text;
        return ReadString(value, text);
      }
      case JsonType::number: {
        simdjson::ondemand::number number;
        return value.get_number().get(number) == simdjson::SUCCESS;
      }
      case JsonType::boolean: {
        bool flag = false;
        return value.get_bool().get(flag) == simdjson::SUCCESS;
      }
      case JsonType::null: {
        bool null = false;
        return value.is_null().get(null) == simdjson::SUCCESS && null;
      }
    }
    return false;
  }

  bool ReadId(Value value, std::string& id_json) {
    JsonType type;
    if (value.type().get(type)) return false;
    switch (type) {
      case JsonType::string: {
        std::string_view text;  // no escapes (PlainBytes): written back as it came
        if (!ReadString(value, text)) return false;
        id_json.assign(1, '"').append(text).push_back('"');
        return true;
      }
      case JsonType::number: {
        std::int64_t number = 0;  // nlohmann writes what it read: the integer, "-0" as 0
        if (value.get_int64().get(number)) return false;
        id_json = std::to_string(number);
        return true;
      }
      case JsonType::boolean: {
        bool flag = false;
        if (value.get_bool().get(flag)) return false;
        id_json = flag ? "true" : "false";
        return true;
      }
      case JsonType::null: {
        bool null = false;
        if (value.is_null().get(null) || !null) return false;
        id_json = "null";
        return true;
      }
      default: return false;  // an object or array id: the reference path writes it
    }
  }

  bool ReadNullableString(Value value, std::string_view& text) {
    JsonType type;
    if (value.type().get(type)) return false;
    if (type == JsonType::null) {
      bool null = false;
      text = {};
      return value.is_null().get(null) == simdjson::SUCCESS && null;
    }
    return ReadString(value, text);
  }

  bool ReadInstant(Value value, Instant& instant) {
    std::string_view text;
    if (!ReadString(value, text)) return false;
    auto parsed = ParseIso8601(text, {});
    if (!parsed) return false;
    instant = *parsed;
    return true;
  }

  LineIncident& NextIncident() {
    if (count_ == incidents_.size()) incidents_.emplace_back();
    LineIncident& incident = incidents_[count_++];
    incident.priority = Priority::kP1;
    incident.responsibility = Responsibility::kOperator;
    incident.created = {};
    incident.resolved.reset();
    incident.stop_clock.clear();  // keeps its capacity from line to line
    return incident;
  }

  bool ReadIncidents(Value value) {
    simdjson::ondemand::array incidents;
    if (value.get_array().get(incidents)) return false;
    for (auto element : incidents) {
      simdjson::ondemand::object object;
      if (element.get_object().get(object) || !ReadIncident(object)) return false;
    }
    return true;
  }

  bool ReadIncident(simdjson::ondemand::object& object) {
    LineIncident& incident = NextIncident();
    unsigned seen = 0;
    for (auto member : object) {
      simdjson::ondemand::field field;
      std::string_view key;
      if (std::move(member).get(field) || !RawText(field.key(), key)) return false;
      simdjson::ondemand::value value = field.value();
      const Member which = IncidentMember(key);
      if (which != Member::kUnknown && !FirstTime(seen, which)) return false;
      bool ok = false;
      switch (which) {
        case Member::kPriority: {
          std::string_view text;
          if (!ReadString(value, text)) return false;
          const auto priority = ParsePriority(text);
          if (!priority) return false;
          incident.priority = *priority;
          ok = true;
          break;
        }
        case Member::kCreated: ok = ReadInstant(value, incident.created); break;
        case Member::kResolved: ok = ReadResolved(value, incident.resolved); break;
        case Member::kStopClock: ok = ReadStopClock(value, incident.stop_clock); break;
        default: ok = Visit(value, 4); break;
      }
      if (!ok) return false;
    }
    return Has(seen, Member::kPriority) && Has(seen, Member::kCreated);
  }

  bool ReadResolved(Value value, std::optional<Instant>& resolved) {
    JsonType type;
    if (value.type().get(type)) return false;
    if (type == JsonType::null) {
      bool null = false;
      return value.is_null().get(null) == simdjson::SUCCESS && null;
    }
    Instant instant;
    if (!ReadInstant(value, instant)) return false;
    resolved = instant;
    return true;
  }

  bool ReadStopClock(Value value, std::vector<TimeInterval>& stops) {
    JsonType type;
    if (value.type().get(type)) return false;
    if (type == JsonType::null) {
      bool null = false;
      return value.is_null().get(null) == simdjson::SUCCESS && null;
    }
    simdjson::ondemand::array periods;
    if (value.get_array().get(periods)) return false;
    for (auto element : periods) {
      simdjson::ondemand::array pair;
      if (element.get_array().get(pair)) return false;
      TimeInterval stop{};
      int ends = 0;
      for (auto end : pair) {
        Value instant;
        if (std::move(end).get(instant) || ends == 2 || !ReadInstant(instant, ends == 0 ? stop.from : stop.to))
          return false;
        ++ends;
      }
      if (ends != 2) return false;
      stops.push_back(stop);
    }
    return true;
  }

  simdjson::ondemand::parser parser_;
  const char* line_end_ = nullptr;
  std::vector<LineIncident> incidents_;  // reused from line to line, with their Stop-Clock buffers
  std::size_t count_ = 0;
};

class BatchEvaluator {
 public:
  explicit BatchEvaluator(const Catalogs& catalogs) : catalogs_(catalogs) {}

  // One JSON line in, one JSON line appended to `out` (with its '\n').
  void Line(std::string_view text, std::size_t capacity, std::string& out) {
    FastLineParser::Request request;
    if (!fast_.Parse(text, capacity, request) || !AppendFast(request, out)) {
      out += ReferenceLine(std::string(text)).dump(-1, ' ', false, json::error_handler_t::replace);
      out += '\n';
    }
  }

 private:
  // The answer of a line the fast path read; false (and nothing appended) on any error.
  bool AppendFast(const FastLineParser::Request& request, std::string& out) {
    const LineTerms* terms = FindTerms(request.formula, request.tier);
    if (terms == nullptr) return false;
    auto availability = MeasureAvailability(sweep_, *terms->calendar, request.period, request.incidents);
    if (!availability) return false;
    const AvailabilityCredit credit = DecideAvailabilityCredit(terms->target, *availability);
    // The reference path's ordered_json, written directly.
    out += R"({"id":)";
    out += request.id_json;
    out += R"(,"netDowntimeSeconds":)";
    AppendInteger(out, availability->net_downtime.count());
    out += R"(,"totalSeconds":)";
    AppendInteger(out, availability->total.count());
    out += R"(,"availabilityPercent":")";
    out += FormatAvailabilityPercent(*availability);
    out += R"(","creditPercent":)";
    if (credit.outcome == AvailabilityOutcome::kNoTarget) {
      out += "null";
    } else if (credit.rate.basis_points() % 100 == 0) {
      AppendInteger(out, credit.rate.basis_points() / 100);
    } else {
      out += CreditPercentJson(credit).dump();  // 1.5: nlohmann's shortest form of the double
    }
    out += "}\n";
    return true;
  }

  // What the catalogs say of a formula and tier, looked up once per pair; nullptr when they
  // answer with an error (the reference path then writes it).
  struct LineTerms {
    const BusinessCalendar* calendar = nullptr;
    AvailabilityTarget target = AvailabilityTarget::kNone;
  };
  struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view key) const { return std::hash<std::string_view>{}(key); }
  };

  const LineTerms* FindTerms(std::string_view formula_id, std::string_view tier) {
    key_.assign(formula_id).append(1, '\n').append(tier);  // no '\n' inside a line
    if (const auto it = terms_.find(std::string_view(key_)); it != terms_.end()) return &it->second;
    auto terms = catalogs_.sla.Terms(formula_id, tier);
    const Formula* formula = catalogs_.offer.FindFormula(formula_id);
    if (!terms || formula == nullptr) return nullptr;
    return &terms_.emplace(key_, LineTerms{(*terms)->calendar.get(), AvailabilityTargetOf(*formula)}).first->second;
  }

  static void AppendInteger(std::string& out, std::int64_t value) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end);
  }

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

  // The reference path: the edge checks of an HTTP body over the raw line (invalid UTF-8, control
  // characters and deep nesting are answered with an error line, and the lines after it are still
  // read), nlohmann's parse, every string checked, then ParseRequest.
  json ReferenceLine(const std::string& text) {
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

  const Catalogs& catalogs_;
  std::unordered_map<std::string, LineTerms, KeyHash, std::equal_to<>> terms_;
  std::string key_;
  FastLineParser fast_;
  DowntimeSweep sweep_;  // reused from line to line
};

void RunBatch(const Catalogs& catalogs) {
  constexpr std::size_t kFlushBytes = std::size_t{1} << 20;
  BatchEvaluator evaluator(catalogs);
  PaddedLines lines(stdin);
  std::string out;
  out.reserve(2 * kFlushBytes);
  std::string_view text;
  for (auto next = lines.Read(text); next != PaddedLines::Next::kEnd; next = lines.Read(text)) {
    if (next == PaddedLines::Next::kTooLong) {
      out += BatchErrorJson(
                 nullptr, Error::Invalid("line", "the line is longer than " + std::to_string(kMaxLineBytes) + " bytes"))
                 .dump(-1, ' ', false, json::error_handler_t::replace);
      out += '\n';
    } else if (text.find_first_not_of(" \t\r") == std::string_view::npos) {
      continue;
    } else {
      evaluator.Line(text, lines.Capacity(text), out);
    }
    if (out.size() >= kFlushBytes) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
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
