// RADIUS packets on the wire (RFC 2865 §3 format, RFC 2866 accounting, RFC 5176 dynamic
// authorization): parsing a datagram with every length checked, the Request Authenticator of an
// Accounting-Request or CoA/Disconnect-Request (MD5 over the packet with a zeroed authenticator
// and the shared secret), and the Response Authenticator of an answer. Every datagram is hostile
// until ParsePacket and VerifyRequestAuthenticator have accepted it.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/core/result.h"

namespace bizline::radius {

enum class Code : std::uint8_t {
  kAccountingRequest = 4,
  kAccountingResponse = 5,
  kDisconnectRequest = 40,
  kDisconnectAck = 41,
  kDisconnectNak = 42,
  kCoaRequest = 43,
  kCoaAck = 44,
  kCoaNak = 45,
};

// Attribute types bizline reads or writes (RFC 2865, 2866, 2869).
namespace attr {
inline constexpr std::uint8_t kUserName = 1;
inline constexpr std::uint8_t kNasIpAddress = 4;
inline constexpr std::uint8_t kFilterId = 11;
inline constexpr std::uint8_t kReplyMessage = 18;
inline constexpr std::uint8_t kNasIdentifier = 32;
inline constexpr std::uint8_t kAcctStatusType = 40;
inline constexpr std::uint8_t kAcctDelayTime = 41;
inline constexpr std::uint8_t kAcctInputOctets = 42;
inline constexpr std::uint8_t kAcctOutputOctets = 43;
inline constexpr std::uint8_t kAcctSessionId = 44;
inline constexpr std::uint8_t kAcctInputGigawords = 52;
inline constexpr std::uint8_t kAcctOutputGigawords = 53;
inline constexpr std::uint8_t kEventTimestamp = 55;
inline constexpr std::uint8_t kErrorCause = 101;
}  // namespace attr

inline constexpr std::size_t kHeaderSize = 20;
inline constexpr std::size_t kMaxPacketSize = 4096;  // RFC 2865 §3

using Authenticator = std::array<std::uint8_t, 16>;

struct Attribute {
  std::uint8_t type = 0;
  std::string value;  // raw octets
};

struct Packet {
  std::uint8_t code = 0;
  std::uint8_t identifier = 0;
  Authenticator authenticator{};
  std::vector<Attribute> attributes;

  // The first attribute of `type`, or nullptr.
  const Attribute* Find(std::uint8_t type) const;
};

// InvalidArgument naming what is wrong: shorter than its header, a Length field that disagrees
// with the datagram, an attribute running past the end or shorter than 2 octets.
Result<Packet> ParsePacket(std::span<const std::uint8_t> datagram);

// Whether the datagram's authenticator is MD5(Code|Identifier|Length|16 zero octets|Attributes|
// secret), as RFC 2866 §3 (and RFC 5176 §2.3) requires. Compared in constant time.
bool VerifyRequestAuthenticator(std::span<const std::uint8_t> datagram, std::string_view secret);

// A request with its Request Authenticator (for CoA/Disconnect, and for test peers).
std::vector<std::uint8_t> EncodeRequest(Code code, std::uint8_t identifier, const std::vector<Attribute>& attributes,
                                        std::string_view secret);
// An answer to `request_authenticator` with its Response Authenticator (RFC 2866 §3).
std::vector<std::uint8_t> EncodeResponse(Code code, std::uint8_t identifier, const Authenticator& request_authenticator,
                                         const std::vector<Attribute>& attributes, std::string_view secret);
// Whether `datagram` is a genuine answer to a request that carried `request_authenticator`.
bool VerifyResponseAuthenticator(std::span<const std::uint8_t> datagram, const Authenticator& request_authenticator,
                                 std::string_view secret);

// Attribute values.
std::optional<std::uint32_t> AsInteger(const Attribute& attribute);  // 4 octets, network order
Attribute IntegerAttribute(std::uint8_t type, std::uint32_t value);
Attribute TextAttribute(std::uint8_t type, std::string_view value);
std::string Ipv4Text(const Attribute& attribute);  // dotted quad, empty when not 4 octets

}  // namespace bizline::radius
