// One RADIUS accounting record as usage metering reads it (RFC 2866), whichever way it came: a
// packet on the listener or a row of `bizline usage import`. Counters are the session's
// cumulative totals with their gigawords already joined (volume.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/core/enum_names.h"
#include "domain/core/instant.h"

namespace bizline {

// Acct-Status-Type values (RFC 2866 §5.1) metering acts on.
enum class AcctStatus : std::uint8_t {
  kStart = 1,
  kStop = 2,
  kInterimUpdate = 3,
  kAccountingOn = 7,   // the NAS (re)started: its open sessions are over
  kAccountingOff = 8,  // the NAS stops: its open sessions are over
};

extern const EnumNames<AcctStatus, 5> kAcctStatusNames;  // "Start", "Stop", "Interim-Update", ...
std::string_view ToString(AcctStatus status);
// The status of an Acct-Status-Type value (its RFC 2866 code); nullopt for one metering ignores.
std::optional<AcctStatus> AcctStatusOfCode(std::uint32_t code);

struct AccountingRecord {
  AcctStatus status = AcctStatus::kStart;
  std::string nas;         // NAS-Identifier, else NAS-IP-Address in dotted form, else the peer address
  std::string session_id;  // Acct-Session-Id (empty for Accounting-On/Off)
  std::string user_name;   // User-Name: the line's RADIUS identity
  std::uint64_t input_octets = 0;
  std::uint64_t output_octets = 0;
  Instant event_time{};       // Event-Timestamp, else arrival minus Acct-Delay-Time
  std::string nas_address{};  // the address the packet came from: where a CoA goes (RFC 5176); empty from a file
};

}  // namespace bizline
