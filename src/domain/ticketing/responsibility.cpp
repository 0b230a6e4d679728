#include "domain/ticketing/responsibility.h"

namespace bizline {

const EnumNames<Responsibility, 4> kResponsibilityNames{{
    {Responsibility::kOperator, "operator"},
    {Responsibility::kClient, "client"},
    {Responsibility::kForceMajeure, "forceMajeure"},
    {Responsibility::kThirdParty, "thirdParty"},
}};

}  // namespace bizline
