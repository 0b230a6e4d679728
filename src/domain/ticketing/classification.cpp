#include "domain/ticketing/classification.h"

namespace bizline {

ServiceEventClass ClassifyTicketType(std::string_view ticket_type) {
  if (ticket_type == "incident") return ServiceEventClass::kIncident;
  if (ticket_type == "changeRequest") return ServiceEventClass::kChangeRequest;
  if (ticket_type == "informationRequest") return ServiceEventClass::kInformationRequest;
  if (ticket_type == "onDemandSupport") return ServiceEventClass::kOnDemandSupport;
  return ServiceEventClass::kServiceRequest;  // DESK-036: the residual class
}

}  // namespace bizline
