#include "storage/ticketing/repositories.h"

#include "app/ticketing/ports.h"
#include "storage/ticketing/escalation_repository.h"
#include "storage/ticketing/ticket_repository.h"

namespace bizline {

void AddTicketingRepositories(RepositoryFactories& factories) {
  factories.Add<TicketRepository, SociTicketRepository>();
  factories.Add<EscalationRepository, SociEscalationRepository>();
}

}  // namespace bizline
