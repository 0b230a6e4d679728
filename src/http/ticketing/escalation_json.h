// The native escalation resource (no TMF API covers it): a ticket's level, its T-17 contacts and
// the step history, and the request bodies of a step and of a general-outage link.
#pragma once

#include "app/ticketing/escalation_service.h"
#include "http/core/json_io.h"

namespace bizline::http {

inline constexpr std::string_view kEscalationBase = "/api/v1/troubleTicket";

json EscalationToJson(const EscalationView& view);
// {"fromLevel": 0, "level": 2, "channel": "phone", "requester": {"id": "3"},
//  "requesterContact": {"email": "...", "phone": "..."}, "language": "nl", "reason": "..."}
Result<EscalationInput> EscalationInputFromJson(const json& body);
// {"parentTicket": "BZ-2026-000001"}
Result<std::string> OutageParentFromJson(const json& body);

}  // namespace bizline::http
