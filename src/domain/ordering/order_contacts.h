// ORD-008, ORD-009: the persons the Client appoints to supervise the Service during the
// implementation phase. Each has a name and a phone (ORD-009: present, or at least reachable
// by phone, throughout the phase); the e-mail is optional. They are not required when the order
// is placed (the Order Form of ORD-002 does not list them), but the installation appointment is
// not set before one of them can be phoned (see order_lifecycle).
#pragma once

#include <string>
#include <vector>

#include "domain/core/result.h"
#include "domain/ordering/order.h"

namespace bizline {

// A contact as given, with the input field it came from so an error can name it
// (e.g. "relatedParty[1]").
struct ContactInput {
  ImplementationContact contact;
  std::string at;
};

// Whether the contact is complete and its phone and e-mail are plausible.
Status CheckContact(const ContactInput& input);

// Appends the contacts not listed yet (same name and phone) to the order; on error the order is
// unchanged. Refused once the order is closed or activated: the implementation phase is over.
Status AddContacts(ProductOrder& order, const std::vector<ContactInput>& contacts);

// ORD-009: at least one appointed person can be reached by phone.
bool HasPhoneContact(const ProductOrder& order);

}  // namespace bizline
