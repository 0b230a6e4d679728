#include "http/ticketing/escalation_json.h"

#include "domain/core/time_text.h"
#include "http/ticketing/ticket_json.h"

namespace bizline::http {
namespace {

json ContactToJson(const ContactDetails& c) {
  json j = json::object();
  if (!c.name.empty()) j["name"] = c.name;
  if (!c.email.empty()) j["email"] = c.email;
  if (!c.phone.empty()) j["phone"] = c.phone;
  return j;
}

json StepToJson(const EscalationStep& s) {
  json j{{"fromLevel", s.from_level},
         {"level", s.to_level},
         {"levelName", std::string(EscalationLevel(s.to_level).name)},
         {"trigger", std::string(ToString(s.trigger))},
         {"channel", std::string(ToString(s.channel))},
         {"requesterRole", s.requester_role},
         {"requesterContact", ContactToJson(s.requester)},
         {"operatorContact", {{"role", s.operator_contact}}},
         {"requestedAt", FormatInstant(s.requested_at)}};
  if (!s.operator_phone.empty()) j["operatorContact"]["phone"] = s.operator_phone;
  auto handler = ContactToJson(s.handler);
  if (!handler.empty()) j["operatorContact"]["handledBy"] = handler;
  if (!s.reason.empty()) j["reason"] = s.reason;
  return j;
}

Result<int> Level(const json& body, const std::string& name) {
  ASSIGN_OR_RETURN(auto value, OptionalInteger(body, name));
  if (!value) return Error::Invalid(name, "required: an escalation level from 0 to 5", "ESC-014");
  if (*value < kLowestEscalationLevel || *value > kHighestEscalationLevel) {
    return Error::Invalid(name, "the escalation levels are 0 to 5 (T-17)", "ESC-014");
  }
  return static_cast<int>(*value);
}

}  // namespace

json EscalationToJson(const EscalationView& view) {
  const auto& info = EscalationLevel(view.level);
  json steps = json::array();
  for (const auto& s : view.steps) steps.push_back(StepToJson(s));
  json j{{"ticket",
          {{"id", view.ticket.number},
           {"href", std::string(kTicketBase) + "/" + view.ticket.number},
           {"@referredType", "TroubleTicket"}}},
         {"level", view.level},
         {"levelName", std::string(info.name)},
         {"operatorContact", {{"role", std::string(info.operator_contact)}}},
         {"generalOutage", IsGeneralOutage(view.linked_customers)},
         {"linkedCustomers", view.linked_customers},
         {"history", steps},
         {"@type", "Escalation"}};
  if (!view.steps.empty() && !view.steps.back().operator_phone.empty()) {
    j["operatorContact"]["phone"] = view.steps.back().operator_phone;
  }
  return j;
}

Result<EscalationInput> EscalationInputFromJson(const json& body) {
  if (auto s = RejectUnknownMembers(
          body, {"fromLevel", "level", "channel", "requester", "requesterContact", "language", "reason"});
      !s) {
    return s.error();
  }
  EscalationInput in;
  ASSIGN_OR_RETURN(auto from, Level(body, "fromLevel"));
  in.from_level = from;
  auto level = Level(body, "level");
  if (!level) return level.error();
  in.level = *level;
  auto channel = OptionalString(body, "channel");
  if (!channel) return channel.error();
  if (*channel) {
    auto parsed = ParseChannel(**channel);
    if (!parsed) return Error::Invalid("channel", "must be one of " + kChannelNames.Allowed(), "ESC-008");
    in.channel = *parsed;
  }
  if (body.contains("requester")) {
    const auto& r = body["requester"];
    if (!r.is_object()) return Error::Invalid("requester", "expected an object {\"id\": \"...\"}");
    TRY(RejectUnknownMembers(r, {"id", "name"}, "requester."));
    auto id = RequiredString(r, "id", "requester.");
    if (!id) return id.error();
    try {
      std::size_t used = 0;
      long long value = std::stoll(*id, &used);
      if (used != id->size() || value <= 0) throw std::invalid_argument("id");
      in.requester_id = RepresentativeId(value);
    } catch (const std::exception&) {
      return Error::Invalid("requester.id", "expected the representative's id, a positive number");
    }
  }
  if (body.contains("requesterContact")) {
    const auto& c = body["requesterContact"];
    if (!c.is_object()) return Error::Invalid("requesterContact", "expected an object with email and/or phone");
    TRY(RejectUnknownMembers(c, {"name", "email", "phone"}, "requesterContact."));
    for (auto [name, target] :
         {std::pair{"name", &in.requester_contact.name}, std::pair{"email", &in.requester_contact.email},
          std::pair{"phone", &in.requester_contact.phone}}) {
      ASSIGN_OR_RETURN(auto v, OptionalString(c, name, "requesterContact."));
      if (v) *target = *v;
    }
  }
  auto language = OptionalString(body, "language");
  if (!language) return language.error();
  if (*language) in.language = **language;
  auto reason = OptionalString(body, "reason");
  if (!reason) return reason.error();
  if (*reason) in.reason = **reason;
  return in;
}

Result<std::string> OutageParentFromJson(const json& body) {
  TRY(RejectUnknownMembers(body, {"parentTicket"}));
  return RequiredString(body, "parentTicket");
}

}  // namespace bizline::http
