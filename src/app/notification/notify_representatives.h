// The outbox entry every capability writes when it tells a customer something: addressed to the
// customer's authorised representatives as they are in this transaction, enqueued in it so the
// notice commits or rolls back with the change it reports. By e-mail always; by SMS too for the
// notices the contract says may go by SMS (U-12), when the install sends SMS at all.
#pragma once

#include <string>

#include "app/core/storage.h"
#include "domain/notification/notification.h"

namespace bizline {

Status NotifyRepresentatives(Transaction& tx, CustomerId customer, std::string kind, std::string reference,
                             std::string subject, std::string body, Instant now);

// Whether this process enqueues SMS notices: kOn only when SMS leave bizline (serve
// --sms-webhook), so none piles up in an outbox nobody delivers. Set once at assembly
// (Platform::sms) and handed to the use cases that send SMS.
enum class SmsNotices { kOff, kOn };

// The SMS form of a notice, one per representative's usable phone number (SmsNoticesTo), in the
// same transaction; with SmsNotices::kOff, or when no representative has a usable number, nothing.
Status NotifyRepresentativesBySms(Transaction& tx, SmsNotices sms, CustomerId customer, const std::string& kind,
                                  const std::string& reference, const std::string& text, Instant now);

}  // namespace bizline
