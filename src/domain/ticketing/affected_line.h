// A ticket's service level comes from its line (DESK-028, T-15, INC-005/U-05): an incident of a
// customer names the affected line (TMF621 relatedEntity, role affectedProduct), which must be an
// active line of that customer, and the ticket takes the line's formula and SLA tier, so the
// Service Window and restoration targets are those the customer bought. Only the service desk
// sets a formula and tier by hand, and only on a ticket without a line (a line-less service
// request, or an operator-raised event); a representative never chooses them.
#pragma once

#include <optional>
#include <string>

#include "domain/core/result.h"
#include "domain/inventory/product.h"
#include "domain/ticketing/registration.h"
#include "domain/ticketing/ticket.h"

namespace bizline {

inline constexpr const char* kLineSlaRule = "DESK-028";

// A formula and tier as a caller asked for them (TMF621 characteristics slaFormula, slaTier).
struct RequestedServiceLevel {
  std::optional<std::string> formula;
  std::optional<std::string> tier;
};

// The product id a ticket's relatedEntity names, or nullopt when it is not a product id at all.
std::optional<ProductId> ParseLineRef(const std::string& product_ref);

// Whether `ticket` must name its affected line: an incident of a customer (DESK-028).
bool NeedsAffectedLine(const Ticket& ticket);

// `line` (when the ticket names one) belongs to the ticket's customer and is active. The error
// names relatedEntity and reads the same for another customer's line as for none at all.
Status CheckAffectedLine(const Ticket& ticket, const std::optional<Product>& line);

// Sets the ticket's formula and tier: the line's when it has one; else what the service desk
// gave. A representative that sends them is refused (PermissionDenied naming the field), and so
// is staff giving a formula or tier other than the line's.
Status AssignServiceLevel(Ticket& ticket, const std::optional<Product>& line, const RequestedServiceLevel& requested,
                          Registrar registrar);

// change and information requests get P4 when no priority is given.
void ApplyDefaultPriority(Ticket& ticket);

}  // namespace bizline
