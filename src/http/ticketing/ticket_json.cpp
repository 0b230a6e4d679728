#include "http/ticketing/ticket_json.h"

#include <charconv>

#include "app/ticketing/ports.h"
#include "domain/calendar/iso8601.h"
#include "domain/core/time_text.h"
#include "domain/ticketing/classification.h"
#include "domain/ticketing/service_level.h"
#include "http/party/customer_json.h"

namespace bizline::http {
namespace {

const std::string kBase(kTicketBase);
constexpr std::string_view kProductRole = "affectedProduct";

std::string At(const std::string& field, std::size_t i) { return field + "[" + std::to_string(i) + "]"; }

Result<std::optional<std::int64_t>> IdNumber(const json& ref, const std::string& path) {
  auto id = RequiredString(ref, "id", path);
  if (!id) return id.error();
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(id->data(), id->data() + id->size(), value);
  if (ec != std::errc() || end != id->data() + id->size() || value <= 0) {
    return Error::Invalid(path + ".id", "is not a known id");
  }
  return std::optional<std::int64_t>(value);
}

Result<std::optional<Instant>> OptionalInstant(const json& body, const std::string& name) {
  ASSIGN_OR_RETURN(auto text, OptionalString(body, name));
  if (!text) return std::optional<Instant>();
  ASSIGN_OR_RETURN(auto at, ParseIso8601(*text, name));
  return std::optional<Instant>(at);
}

Result<std::optional<Priority>> PriorityOf(const json& body) {
  ASSIGN_OR_RETURN(auto text, OptionalString(body, "priority"));
  if (!text) return std::optional<Priority>();
  auto p = ParsePriority(*text);
  if (!p) return Error::Invalid("priority", "must be one of P1, P2, P3, P4 (T-13)");
  return std::optional<Priority>(*p);
}

Result<std::optional<Channel>> ChannelOf(const json& body) {
  auto it = body.find("channel");
  if (it == body.end() || it->is_null()) return std::optional<Channel>();
  if (!it->is_object()) return Error::Invalid("channel", "must be an object with an id");
  auto id = RequiredString(*it, "id", "channel");
  if (!id) return id.error();
  auto channel = ParseChannel(*id);
  if (!channel) return Error::Invalid("channel.id", "must be one of " + kChannelNames.Allowed() + " (T-14)");
  return std::optional<Channel>(*channel);
}

Result<std::vector<TicketNote>> NotesOf(const json& body) {
  std::vector<TicketNote> notes;
  auto it = body.find("note");
  if (it == body.end() || it->is_null()) return notes;
  if (!it->is_array()) return Error::Invalid("note", "must be an array of notes");
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& n = (*it)[i];
    std::string path = At("note", i);
    if (!n.is_object()) return Error::Invalid(path, "must be an object");
    TRY(RejectUnknownMembers(n, {"id", "author", "date", "text"}, path));
    ASSIGN_OR_RETURN(auto text, RequiredString(n, "text", path));
    ASSIGN_OR_RETURN(auto author, OptionalString(n, "author", path));
    notes.push_back({0, author.value_or(""), text, {}});
  }
  return notes;
}

struct Parties {
  std::optional<CustomerId> customer;
  std::optional<RepresentativeId> reporter;
};

Result<Parties> PartiesOf(const json& body) {
  Parties out;
  auto it = body.find("relatedParty");
  if (it == body.end() || it->is_null()) return out;
  if (!it->is_array()) return Error::Invalid("relatedParty", "must be an array");
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& p = (*it)[i];
    std::string path = At("relatedParty", i);
    if (!p.is_object()) return Error::Invalid(path, "must be an object");
    auto role = OptionalString(p, "role", path);
    if (!role) return role.error();
    ASSIGN_OR_RETURN(auto id, IdNumber(p, path));
    std::string r = role->value_or("customer");
    if (r == "customer") {
      out.customer = CustomerId(*id);
    } else if (r == "reporter") {
      out.reporter = RepresentativeId(*id);
    } else {
      return Error::Invalid(path + ".role", "must be customer or reporter");
    }
  }
  return out;
}

Result<std::optional<std::string>> ProductOf(const json& body) {
  auto it = body.find("relatedEntity");
  if (it == body.end() || it->is_null()) return std::optional<std::string>();
  if (!it->is_array()) return Error::Invalid("relatedEntity", "must be an array");
  std::optional<std::string> product;
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& e = (*it)[i];
    std::string path = At("relatedEntity", i);
    if (!e.is_object()) return Error::Invalid(path, "must be an object");
    ASSIGN_OR_RETURN(auto id, RequiredString(e, "id", path));
    auto role = OptionalString(e, "role", path);
    if (!role) return role.error();
    if (role->value_or(std::string(kProductRole)) != kProductRole) {
      return Error::Invalid(path + ".role", "bizline relates a ticket to one line: role affectedProduct");
    }
    if (product) return Error::Invalid(path, "a ticket concerns one line");
    product = id;
  }
  return std::optional<std::string>(product.value_or(""));
}

struct Characteristics {
  std::optional<std::string> formula, tier;
  std::optional<int> estimate;
  std::optional<Responsibility> responsibility;  // SLA-007
  std::optional<std::string> responsibility_reason;
};

// Read-only characteristics the server sets; sending them back unchanged is harmless.
bool IsReadOnlyCharacteristic(const std::string& name) {
  return name == "serviceEventClass" || name == "acknowledgmentSeconds" || name == "acknowledgedWithinObjective" ||
         name == "slaBreachedAt" || name == "slaClock";
}

Result<Characteristics> CharacteristicsOf(const json& body) {
  Characteristics out;
  auto it = body.find("characteristic");
  if (it == body.end() || it->is_null()) return out;
  if (!it->is_array()) return Error::Invalid("characteristic", "must be an array");
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& c = (*it)[i];
    std::string path = At("characteristic", i);
    if (!c.is_object()) return Error::Invalid(path, "must be an object");
    auto name = RequiredString(c, "name", path);
    if (!name) return name.error();
    if (IsReadOnlyCharacteristic(*name)) continue;
    if (*name == "estimatedBusinessDays") {
      ASSIGN_OR_RETURN(auto n, OptionalInteger(c, "value", path));
      if (!n || *n < 0 || *n > 1000) return Error::Invalid(path + ".value", "must be a whole number of days");
      out.estimate = static_cast<int>(*n);
      continue;
    }
    ASSIGN_OR_RETURN(auto value, RequiredString(c, "value", path));
    if (*name == "slaFormula") {
      out.formula = value;
    } else if (*name == "slaTier") {
      out.tier = value;
    } else if (*name == "responsibility") {
      out.responsibility = kResponsibilityNames.Parse(value);
      if (!out.responsibility) {
        return Error::Invalid(path + ".value", "expected one of " + kResponsibilityNames.Allowed(), "SLA-007");
      }
    } else if (*name == "responsibilityReason") {
      out.responsibility_reason = value;
    } else {
      return Error::Invalid(path + ".name", "unknown characteristic '" + *name +
                                                "'; known: slaFormula, slaTier, estimatedBusinessDays, responsibility, "
                                                "responsibilityReason");
    }
  }
  return out;
}

json Characteristic(const std::string& name, json value) { return {{"name", name}, {"value", std::move(value)}}; }

}  // namespace

json AttachmentToJson(const std::string& number, const AttachmentInfo& info) {
  std::string id = std::to_string(info.id.value());
  return {{"id", id},
          {"href", kBase + "/" + number + "/attachment/" + id},
          {"url", kBase + "/" + number + "/attachment/" + id},
          {"name", info.name},
          {"mimeType", info.mime_type},
          {"size", {{"amount", info.size}, {"units", "bytes"}}},
          {"@type", "Attachment"}};
}

json TicketToJson(const Ticket& t, const SlaClock& clock) {
  json j{{"id", t.number},
         {"href", kBase + "/" + t.number},
         {"description", t.description},
         {"severity", t.severity},
         {"ticketType", t.ticket_type},
         {"status", std::string(ToString(t.status))},
         {"channel", {{"id", std::string(ToString(t.channel))}, {"name", std::string(ToString(t.channel))}}},
         {"creationDate", FormatInstant(t.created_at)},
         {"lastUpdate", FormatInstant(t.last_update)},
         {"statusChangeDate", FormatInstant(t.status_change_date)},
         {"@type", "TroubleTicket"}};
  if (!t.name.empty()) j["name"] = t.name;
  if (!t.external_id.empty()) j["externalId"] = t.external_id;
  if (t.priority) j["priority"] = std::string(ToString(*t.priority));
  if (!t.status_change_reason.empty()) j["statusChangeReason"] = t.status_change_reason;
  if (t.expected_resolution) j["expectedResolutionDate"] = FormatInstant(*t.expected_resolution);
  if (t.resolution_date) j["resolutionDate"] = FormatInstant(*t.resolution_date);
  if (t.requested_resolution) j["requestedResolutionDate"] = FormatInstant(*t.requested_resolution);
  json parties = json::array();
  if (t.customer_id) {
    std::string id = std::to_string(t.customer_id->value());
    parties.push_back({{"id", id},
                       {"href", std::string(kCustomerBase) + "/" + id},
                       {"role", "customer"},
                       {"@referredType", "Customer"}});
  }
  if (t.reporter_id) {
    parties.push_back(
        {{"id", std::to_string(t.reporter_id->value())}, {"role", "reporter"}, {"@referredType", "Individual"}});
  }
  if (!parties.empty()) j["relatedParty"] = parties;
  if (!t.product_ref.empty()) {
    j["relatedEntity"] = json::array({{{"id", t.product_ref}, {"role", kProductRole}, {"@referredType", "Product"}}});
  }
  json notes = json::array();
  for (std::size_t i = 0; i < t.notes.size(); ++i) {
    const auto& n = t.notes[i];
    notes.push_back(
        {{"id", std::to_string(i + 1)}, {"author", n.author}, {"text", n.text}, {"date", FormatInstant(n.date)}});
  }
  if (!notes.empty()) j["note"] = notes;
  json history = json::array();
  for (const auto& c : t.history) {
    json change{{"status", std::string(ToString(c.status))}, {"changeDate", FormatInstant(c.at)}};
    if (!c.reason.empty()) change["changeReason"] = c.reason;
    history.push_back(change);
  }
  j["statusChange"] = history;
  json stops = json::array();
  for (const auto& p : t.stop_clock) {
    json period{{"reason", std::string(ToString(p.reason))}, {"startDateTime", FormatInstant(p.start)}};
    if (p.end) period["endDateTime"] = FormatInstant(*p.end);
    stops.push_back(period);
  }
  if (!stops.empty()) j["stopClock"] = stops;
  json files = json::array();
  for (const auto& a : t.attachments) files.push_back(AttachmentToJson(t.number, a));
  if (!files.empty()) j["attachment"] = files;
  json chars =
      json::array({Characteristic("serviceEventClass", std::string(ToString(ClassifyTicketType(t.ticket_type))))});
  if (!t.sla_formula.empty()) chars.push_back(Characteristic("slaFormula", t.sla_formula));
  if (!t.sla_tier.empty()) chars.push_back(Characteristic("slaTier", t.sla_tier));
  if (t.estimated_business_days) chars.push_back(Characteristic("estimatedBusinessDays", *t.estimated_business_days));
  if (t.responsibility != Responsibility::kOperator) {  // SLA-007: left out of the Service Levels
    chars.push_back(Characteristic("responsibility", std::string(kResponsibilityNames.Name(t.responsibility))));
    chars.push_back(Characteristic("responsibilityReason", t.responsibility_reason));
  }
  if (auto ack = AcknowledgmentTime(t)) {
    chars.push_back(Characteristic("acknowledgmentSeconds", ack->count()));
    chars.push_back(
        Characteristic("acknowledgedWithinObjective", AcknowledgmentOf(t) == Acknowledgment::kWithinObjective));
  }
  // Set once by the SLA breach watch (app/sla_watch.h): the due instant the ticket passed.
  if (t.breached_at) chars.push_back(Characteristic("slaBreachedAt", FormatInstant(*t.breached_at)));
  json sla_clock{{"state", std::string(ToString(clock.state))},
                 {"remainingSeconds", clock.remaining.count()},
                 {"asOf", FormatInstant(clock.as_of)}};
  if (clock.next_change) sla_clock["nextChange"] = FormatInstant(*clock.next_change);
  chars.push_back(Characteristic("slaClock", sla_clock));
  j["characteristic"] = chars;
  return j;
}

Result<TicketDraft> TicketDraftFromJson(const json& body) {
  // Server-owned members are accepted and ignored on create (TMF: the server sets them).
  if (auto s = RejectUnknownMembers(body, {"id",
                                           "href",
                                           "name",
                                           "description",
                                           "severity",
                                           "ticketType",
                                           "externalId",
                                           "priority",
                                           "channel",
                                           "note",
                                           "relatedParty",
                                           "relatedEntity",
                                           "requestedResolutionDate",
                                           "characteristic",
                                           "creationDate",
                                           "status",
                                           "statusChange",
                                           "statusChangeDate",
                                           "statusChangeReason",
                                           "lastUpdate",
                                           "expectedResolutionDate",
                                           "resolutionDate",
                                           "stopClock"});
      !s) {
    return s.error();
  }
  if (body.contains("attachment")) {
    return Error::Invalid("attachment", "upload files with POST " + kBase + "/{id}/attachment once the ticket exists");
  }
  TicketDraft d;
  auto description = RequiredString(body, "description");
  if (!description) return description.error();
  auto severity = RequiredString(body, "severity");
  if (!severity) return severity.error();
  ASSIGN_OR_RETURN(auto type, RequiredString(body, "ticketType"));
  d.description = *description;
  d.severity = *severity;
  d.ticket_type = type;
  auto name = OptionalString(body, "name");
  if (!name) return name.error();
  d.name = name->value_or("");
  ASSIGN_OR_RETURN(auto external, OptionalString(body, "externalId"));
  d.external_id = external.value_or("");
  auto priority = PriorityOf(body);
  if (!priority) return priority.error();
  d.priority = *priority;
  auto channel = ChannelOf(body);
  if (!channel) return channel.error();
  d.channel = *channel;
  auto notes = NotesOf(body);
  if (!notes) return notes.error();
  d.notes = std::move(*notes);
  ASSIGN_OR_RETURN(auto parties, PartiesOf(body));
  d.customer_id = parties.customer;
  d.reporter_id = parties.reporter;
  ASSIGN_OR_RETURN(auto product, ProductOf(body));
  d.product_ref = product.value_or("");
  ASSIGN_OR_RETURN(auto chars, CharacteristicsOf(body));
  d.service_level = {chars.formula, chars.tier};
  d.estimated_business_days = chars.estimate;
  if (chars.responsibility || chars.responsibility_reason) {
    return Error::Invalid("characteristic", "the desk attributes an Incident (SLA-007) once it is registered: PATCH it",
                          "SLA-007");
  }
  ASSIGN_OR_RETURN(auto requested, OptionalInstant(body, "requestedResolutionDate"));
  d.requested_resolution = requested;
  ASSIGN_OR_RETURN(auto received, OptionalInstant(body, "creationDate"));
  d.received_at = received;
  return d;
}

Result<TicketPatch> TicketPatchFromJson(const json& body) {
  for (const char* owned :
       {"id", "href", "creationDate", "lastUpdate", "statusChange", "statusChangeDate", "expectedResolutionDate",
        "resolutionDate", "stopClock", "attachment", "relatedParty", "channel"}) {
    if (body.contains(owned)) {
      return Error::Invalid(owned, std::string(owned) +
                                       " cannot be changed with PATCH (server-owned or fixed at "
                                       "registration)");
    }
  }
  if (auto s = RejectUnknownMembers(
          body, {"name", "description", "severity", "ticketType", "externalId", "priority", "status",
                 "statusChangeReason", "note", "relatedEntity", "characteristic", "requestedResolutionDate"});
      !s) {
    return s.error();
  }
  TicketPatch p;
  for (auto [member, target] :
       {std::pair{"name", &p.name}, std::pair{"description", &p.description}, std::pair{"severity", &p.severity},
        std::pair{"ticketType", &p.ticket_type}, std::pair{"externalId", &p.external_id},
        std::pair{"statusChangeReason", &p.status_change_reason}}) {
    ASSIGN_OR_RETURN(auto value, OptionalString(body, member));
    *target = value;
  }
  if (body.contains("priority")) {
    if (body["priority"].is_null()) {
      p.priority = std::optional<Priority>();  // back to triage
    } else {
      auto priority = PriorityOf(body);
      if (!priority) return priority.error();
      p.priority = *priority;
    }
  }
  auto status = OptionalString(body, "status");
  if (!status) return status.error();
  if (*status) {
    auto parsed = ParseTicketStatus(**status);
    if (!parsed) {
      return Error::Invalid("status", "must be one of " + kTicketStatusNames.Allowed());
    }
    p.status = *parsed;
  }
  auto notes = NotesOf(body);
  if (!notes) return notes.error();
  p.notes = std::move(*notes);
  ASSIGN_OR_RETURN(auto product, ProductOf(body));
  p.product_ref = product;
  ASSIGN_OR_RETURN(auto chars, CharacteristicsOf(body));
  p.service_level = {chars.formula, chars.tier};
  p.estimated_business_days = chars.estimate;
  p.responsibility = chars.responsibility;
  p.responsibility_reason = chars.responsibility_reason;
  ASSIGN_OR_RETURN(auto requested, OptionalInstant(body, "requestedResolutionDate"));
  if (requested) p.requested_resolution = *requested;
  return p;
}

Result<TicketFilter> TicketFilterFromQuery(const Request& request) {
  TicketFilter f;
  for (const auto& [key, value] : request.QueryItems()) {
    if (key == "fields" || key == "offset" || key == "limit") continue;
    if (key == "status") {
      // One status or several, comma-separated (the console's queue: acknowledged,inProgress,pending).
      for (std::string_view rest = value; !rest.empty();) {
        const std::size_t comma = rest.find(',');
        auto status = ParseTicketStatus(rest.substr(0, comma));
        if (!status) {
          return Error::Invalid("status", "unknown status '" + std::string(rest.substr(0, comma)) + "'; one of " +
                                              kTicketStatusNames.Allowed());
        }
        f.statuses.push_back(*status);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
      }
      if (f.statuses.empty()) return Error::Invalid("status", "name a status; one of " + kTicketStatusNames.Allowed());
    } else if (key == "relatedParty.id") {
      ASSIGN_OR_RETURN(auto id, QueryId(value, key));
      f.customer = CustomerId(id);
    } else if (key == "slaTier") {
      f.sla_tier = value;
    } else if (key == "priority") {
      f.priority = ParsePriority(value);
      if (!f.priority) return Error::Invalid("priority", "must be one of P1, P2, P3, P4");
    } else if (key == "channel" || key == "channel.id") {
      f.channel = ParseChannel(value);
      if (!f.channel) return Error::Invalid(key, "must be one of " + kChannelNames.Allowed());
    } else if (key == "ticketType") {
      f.ticket_type = value;
    } else if (key == "severity") {
      f.severity = value;
    } else if (key == "externalId") {
      f.external_id = value;
    } else if (key == "relatedEntity.id") {
      f.product_ref = value;
    } else if (key == "breached") {
      if (value != "true" && value != "false") return Error::Invalid(key, "must be true or false");
      f.breached = value == "true" ? BreachFilter::kBreached : BreachFilter::kNotBreached;
    } else if (key == "expectedResolutionDate.lt") {
      ASSIGN_OR_RETURN(auto at, ParseIso8601(value, key));
      f.due_before = at;
    } else if (key == "sort") {
      if (value == "expectedResolutionDate") {
        f.order = TicketOrder::kByDue;
      } else if (value == "-expectedResolutionDate") {
        f.order = TicketOrder::kByDueDescending;
      } else if (value == "id") {
        f.order = TicketOrder::kById;
      } else {
        return Error::Invalid(key, "sort by id, expectedResolutionDate or -expectedResolutionDate");
      }
    } else {
      return Error::Invalid(key,
                            "unknown filter; filters: status, priority, ticketType, severity, channel, externalId, "
                            "relatedEntity.id, relatedParty.id, slaTier, breached, expectedResolutionDate.lt, sort");
    }
  }
  return f;
}

}  // namespace bizline::http
