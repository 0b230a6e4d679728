// TMF621 TroubleTicket <-> domain Ticket. The ticket number is the TMF `id`. The customer and the
// caller travel as `relatedParty` (roles "customer" and "reporter"), the line as a `relatedEntity`
// (role "affectedProduct"), the channel as `channel.id` (phone, email, portal, monitoring).
// bizline extensions: `characteristic` (slaFormula, slaTier, estimatedBusinessDays in; plus the
// read-only serviceEventClass, acknowledgmentSeconds, acknowledgedWithinObjective, slaBreachedAt
// and slaClock out) and the read-only `stopClock` periods.
#pragma once

#include "app/ticketing/ports.h"
#include "app/ticketing/ticket_service.h"
#include "http/core/json_io.h"

namespace bizline::http {

inline constexpr std::string_view kTicketBase = "/tmf-api/troubleTicket/v4/troubleTicket";

json TicketToJson(const Ticket& ticket, const SlaClock& clock);
json AttachmentToJson(const std::string& ticket_number, const AttachmentInfo& info);
Result<TicketDraft> TicketDraftFromJson(const json& body);
Result<TicketPatch> TicketPatchFromJson(const json& body);
// Equality filters of the list: status, priority, ticketType, severity, channel, externalId.
Result<TicketFilter> TicketFilterFromQuery(const Request& request);

}  // namespace bizline::http
