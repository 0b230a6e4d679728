#include "domain/ordering/order_contacts.h"

#include <algorithm>

namespace bizline {
namespace {

bool IsBlank(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return c == ' ' || c == '\t'; });
}

// A phone number as people write it: an optional leading +, digits and the usual separators,
// with at least 6 digits (a short internal extension cannot be called from outside).
bool PlausiblePhone(const std::string& phone) {
  int digits = 0;
  for (std::size_t i = 0; i < phone.size(); ++i) {
    char c = phone[i];
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == '+' && i == 0) {
      continue;
    } else if (c != ' ' && c != '.' && c != '-' && c != '/' && c != '(' && c != ')') {
      return false;
    }
  }
  return digits >= 6 && digits <= 15;
}

bool PlausibleEmail(const std::string& email) {
  auto at = email.find('@');
  return at != std::string::npos && at > 0 && email.find('.', at) != std::string::npos &&
         email.find(' ') == std::string::npos && email.back() != '.';
}

bool IsOpenForImplementation(const ProductOrder& order) { return !IsFinal(order.milestone) && !order.activated_at; }

}  // namespace

Status CheckContact(const ContactInput& input) {
  const ImplementationContact& c = input.contact;
  if (IsBlank(c.name)) {
    return Error::Invalid(input.at + ".name", "name the person who supervises the implementation", "ORD-008");
  }
  if (IsBlank(c.phone)) {
    return Error::Invalid(input.at + ".phone",
                          "give the phone number at which this person can be reached throughout the implementation",
                          "ORD-009");
  }
  if (!PlausiblePhone(c.phone)) {
    return Error::Invalid(input.at + ".phone",
                          "is not a phone number: digits with an optional leading + (e.g. +32 2 123 45 67)", "ORD-009");
  }
  if (!c.email.empty() && !PlausibleEmail(c.email)) {
    return Error::Invalid(input.at + ".email", "is not an e-mail address", "ORD-008");
  }
  return Ok{};
}

Status AddContacts(ProductOrder& order, const std::vector<ContactInput>& contacts) {
  if (contacts.empty()) return Ok{};
  if (!IsOpenForImplementation(order)) {
    return Error::Precondition("the implementation phase of this order is over: contacts are no longer needed",
                               "ORD-009");
  }
  std::vector<ImplementationContact> added = order.contacts;
  for (const ContactInput& input : contacts) {
    TRY(CheckContact(input));
    bool known = std::any_of(added.begin(), added.end(), [&](const ImplementationContact& c) {
      return c.name == input.contact.name && c.phone == input.contact.phone;
    });
    if (!known) added.push_back(input.contact);
  }
  order.contacts = std::move(added);
  return Ok{};
}

bool HasPhoneContact(const ProductOrder& order) {
  return std::any_of(order.contacts.begin(), order.contacts.end(),
                     [](const ImplementationContact& c) { return PlausiblePhone(c.phone); });
}

}  // namespace bizline
