// An authenticated Accounting-Request read as the domain's AccountingRecord. Every attribute is
// checked at the edge: User-Name, Acct-Session-Id and NAS-Identifier must be valid UTF-8 without
// control characters (a line's RADIUS identity is stored and shown), integers must be 4 octets,
// and the status must be one metering acts on. Each refusal names the attribute.
#pragma once

#include "domain/core/result.h"
#include "domain/usage/accounting_record.h"
#include "radius/radius_packet.h"

namespace bizline::radius {

// `arrival` dates a record without Event-Timestamp (minus Acct-Delay-Time); `peer` names the NAS
// when it sends neither NAS-Identifier nor NAS-IP-Address.
Result<AccountingRecord> ReadAccountingRecord(const Packet& packet, Instant arrival, const std::string& peer);

}  // namespace bizline::radius
