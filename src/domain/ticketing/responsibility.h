// SLA-007, SLA-006, U-27: who an Incident is attributable to. The Service Levels (restoration
// and availability, and so Service Credits) count only the Incidents the operator is responsible
// for; one caused by the Client, by force majeure or by a third party is left out, with the
// reason recorded on the ticket.
#pragma once

#include "domain/core/enum_names.h"

namespace bizline {

enum class Responsibility { kOperator, kClient, kForceMajeure, kThirdParty };

// Wire names: "operator", "client", "forceMajeure", "thirdParty".
extern const EnumNames<Responsibility, 4> kResponsibilityNames;

}  // namespace bizline
