// Infrastructure works when no compatible line is at the Site (ORD-023): the site survey's RFD
// lists the activities and who does each (ORD-027), so works are recorded once the RFD is
// issued, before the installation appointment, which waits for them:
// - in the Client's buildings by the Client (ORD-028): it states the expected completion date
//   and then notifies the completion; no appointment before that notice;
// - in the Client's buildings by Proximus (ORD-029): Proximus sends a quote first; the Client's
//   approval fixes the cost and the new lead time; no appointment before the approval;
// - in the public domain (ORD-030 to ORD-032): always Proximus' works, often subject to permits;
//   Proximus states the cause and the extent of the delay (the new activation date) and sends a
//   specific quote, which the Client approves like the one of ORD-029.
// A declined works quote: the infrastructure is still missing (ORD-025), so the line cannot be
// installed. For works in its buildings the Client may do them itself instead (record new works
// at that location with performer client, ORD-028); in the public domain nobody but Proximus
// may work, so Proximus sends a new quote (new works) or the order is cancelled (CON-007 allows
// it before activation). A declined quote is never charged, and it stops blocking once later
// works are recorded at the same location.
#pragma once

#include <optional>
#include <string>

#include "domain/core/result.h"
#include "domain/ordering/order.h"

namespace bizline {

struct WorksDraft {
  WorksLocation location = WorksLocation::kClientBuilding;
  WorksPerformer performer = WorksPerformer::kClient;
  std::string description;                         // the activity; public domain: the cause (ORD-032)
  std::optional<CivilDay> expected_completion;     // performer client (ORD-028)
  std::optional<Cents> quote_amount;               // performer Proximus (ORD-029, ORD-032)
  std::optional<CivilDay> target_activation_date;  // performer Proximus: the new lead time
};

struct WorksRecorded {
  int works_id = 0;
  int quote_id = 0;  // 0 when the Client does the works
};

// Records the works (and, for Proximus' works, sends their quote); on error nothing changes.
Result<WorksRecorded> RecordWorks(ProductOrder& order, const WorksDraft& draft, Instant now);

// ORD-028: the Client's expected completion date of its own works (a business day from today).
Status SetExpectedCompletion(ProductOrder& order, int works_id, CivilDay day, Instant now);
// ORD-028: the Client notifies that its works are completed.
Status NotifyWorksCompleted(ProductOrder& order, int works_id, Instant now);

const InfrastructureWorks* FindWorks(const ProductOrder& order, int works_id);

// The first works that keep the installation appointment from being set, as the error to give;
// Ok when none does.
Status CheckWorksAllowAppointment(const ProductOrder& order);

}  // namespace bizline
