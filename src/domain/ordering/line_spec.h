// What an activated order line says about the line to build: the input of provisioning
// (ProvisioningService) that the ordering capability hands over through its LineProvisioner port.
#pragma once

#include <string>
#include <vector>

#include "domain/core/ids.h"
#include "domain/ordering/order_request.h"

namespace bizline {

// ORD-020: an activated order tells the customer its line is active. A line imported from another
// system was activated long ago and its customer told then: it is stored silently.
enum class ActivationNotice { kSend, kAlreadyGiven };

// What an activated order line says about the line to build.
struct LineSpec {
  CustomerId customer;
  SiteId site;
  std::string order_ref;  // the product order's id, e.g. "42" (TMF622)
  std::string formula;
  std::vector<OrderOption> options;  // as ordered, with characteristics (ipv4BlockSize)
  WifiChoice wifi = WifiChoice::kUnstated;
  std::string sla_tier;          // empty: the ordered SLA option or the formula's default
  int initial_term_months = 0;   // 0: kDefaultInitialTermMonths (CON-008)
  std::string cpe_serial;        // empty: a provisional serial from the order reference
  std::string radius_user_name;  // empty: DefaultRadiusUserName of the new line (issue 11)
  ActivationNotice notice = ActivationNotice::kSend;
};

}  // namespace bizline
