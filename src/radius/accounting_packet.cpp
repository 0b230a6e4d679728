#include "radius/accounting_packet.h"

#include "domain/core/text.h"
#include "domain/usage/volume.h"

namespace bizline::radius {
namespace {

Result<std::string> Text(const Packet& packet, std::uint8_t type, const char* name) {
  const Attribute* a = packet.Find(type);
  if (a == nullptr) return std::string();
  TRY(CheckText(a->value, TextKind::kLine, name));
  return a->value;
}

Result<std::uint32_t> Integer(const Packet& packet, std::uint8_t type, const char* name) {
  const Attribute* a = packet.Find(type);
  if (a == nullptr) return std::uint32_t{0};
  auto value = AsInteger(*a);
  if (!value) return Error::Invalid(name, "must be a 4-octet integer");
  return *value;
}

}  // namespace

Result<AccountingRecord> ReadAccountingRecord(const Packet& packet, Instant arrival, const std::string& peer) {
  if (packet.code != static_cast<std::uint8_t>(Code::kAccountingRequest)) {
    return Error::Invalid("Code", "not an Accounting-Request (code " + std::to_string(packet.code) + ")");
  }
  const Attribute* status_attribute = packet.Find(attr::kAcctStatusType);
  if (status_attribute == nullptr) return Error::Invalid("Acct-Status-Type", "is missing");
  ASSIGN_OR_RETURN(std::uint32_t status_value, Integer(packet, attr::kAcctStatusType, "Acct-Status-Type"));
  AccountingRecord record;
  auto status = AcctStatusOfCode(status_value);
  if (!status) {
    return Error::Invalid("Acct-Status-Type",
                          "value " + std::to_string(status_value) + " is not one of " + kAcctStatusNames.Allowed());
  }
  record.status = *status;
  ASSIGN_OR_RETURN(record.nas, Text(packet, attr::kNasIdentifier, "NAS-Identifier"));
  if (record.nas.empty()) {
    if (const Attribute* ip = packet.Find(attr::kNasIpAddress)) record.nas = Ipv4Text(*ip);
  }
  if (record.nas.empty()) record.nas = peer;
  record.nas_address = peer;
  ASSIGN_OR_RETURN(record.session_id, Text(packet, attr::kAcctSessionId, "Acct-Session-Id"));
  ASSIGN_OR_RETURN(record.user_name, Text(packet, attr::kUserName, "User-Name"));
  const bool per_session = record.status != AcctStatus::kAccountingOn && record.status != AcctStatus::kAccountingOff;
  if (per_session && record.session_id.empty()) return Error::Invalid("Acct-Session-Id", "is missing");
  if (per_session && record.user_name.empty()) return Error::Invalid("User-Name", "is missing");
  ASSIGN_OR_RETURN(std::uint32_t in, Integer(packet, attr::kAcctInputOctets, "Acct-Input-Octets"));
  ASSIGN_OR_RETURN(std::uint32_t out, Integer(packet, attr::kAcctOutputOctets, "Acct-Output-Octets"));
  ASSIGN_OR_RETURN(std::uint32_t in_giga, Integer(packet, attr::kAcctInputGigawords, "Acct-Input-Gigawords"));
  ASSIGN_OR_RETURN(std::uint32_t out_giga, Integer(packet, attr::kAcctOutputGigawords, "Acct-Output-Gigawords"));
  record.input_octets = Counter64(in, in_giga);
  record.output_octets = Counter64(out, out_giga);
  if (packet.Find(attr::kEventTimestamp) != nullptr) {
    ASSIGN_OR_RETURN(std::uint32_t at, Integer(packet, attr::kEventTimestamp, "Event-Timestamp"));
    record.event_time = Instant(Seconds(at));
  } else {
    ASSIGN_OR_RETURN(std::uint32_t delay, Integer(packet, attr::kAcctDelayTime, "Acct-Delay-Time"));
    record.event_time = arrival - Seconds(delay);
  }
  return record;
}

}  // namespace bizline::radius
