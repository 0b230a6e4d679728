// RADIUS packets at the edge (issue 11 item 1): authenticators per RFC 2866 §3 and RFC 5176,
// hostile datagrams refused with the reason, attributes read into an AccountingRecord.
#include "radius/radius_packet.h"

#include <gtest/gtest.h>

#include "radius/accounting_packet.h"

namespace bizline::radius {
namespace {

const Instant kArrival = InstantFromEpoch(1'790'000'000);

std::vector<Attribute> Interim() {
  return {IntegerAttribute(attr::kAcctStatusType, 3),
          TextAttribute(attr::kAcctSessionId, "S-1"),
          TextAttribute(attr::kUserName, "acme-1@bizline"),
          TextAttribute(attr::kNasIdentifier, "bras-1"),
          IntegerAttribute(attr::kAcctInputOctets, 10),
          IntegerAttribute(attr::kAcctOutputOctets, 20),
          IntegerAttribute(attr::kAcctInputGigawords, 1),
          IntegerAttribute(attr::kAcctOutputGigawords, 2),
          IntegerAttribute(attr::kEventTimestamp, 1'789'999'990)};
}

Result<AccountingRecord> Read(const std::vector<std::uint8_t>& datagram) {
  auto packet = ParsePacket(datagram);
  if (!packet) return packet.error();
  return ReadAccountingRecord(*packet, kArrival, "127.0.0.1");
}

TEST(RadiusPacket, TheRequestAuthenticatorProvesTheSharedSecret) {
  auto datagram = EncodeRequest(Code::kAccountingRequest, 7, Interim(), "s3cret");
  EXPECT_TRUE(VerifyRequestAuthenticator(datagram, "s3cret"));
  EXPECT_FALSE(VerifyRequestAuthenticator(datagram, "wrong"));
  datagram.back() ^= 1;  // one flipped bit in an attribute
  EXPECT_FALSE(VerifyRequestAuthenticator(datagram, "s3cret"));
}

TEST(RadiusPacket, TheResponseAuthenticatorCoversTheRequestsAuthenticator) {
  auto request = EncodeRequest(Code::kAccountingRequest, 9, Interim(), "s3cret");
  auto parsed = ParsePacket(request);
  ASSERT_TRUE(parsed.ok());
  auto response = EncodeResponse(Code::kAccountingResponse, 9, parsed->authenticator, {}, "s3cret");
  EXPECT_EQ(response.size(), kHeaderSize);
  EXPECT_EQ(response[0], 5);
  EXPECT_EQ(response[1], 9);
  EXPECT_TRUE(VerifyResponseAuthenticator(response, parsed->authenticator, "s3cret"));
  EXPECT_FALSE(VerifyResponseAuthenticator(response, parsed->authenticator, "other"));
}

TEST(RadiusPacket, AnAccountingRequestBecomesARecordWithGigawordsJoined) {
  auto record = Read(EncodeRequest(Code::kAccountingRequest, 1, Interim(), "s"));
  ASSERT_TRUE(record.ok()) << record.error().message;
  EXPECT_EQ(record->status, AcctStatus::kInterimUpdate);
  EXPECT_EQ(record->session_id, "S-1");
  EXPECT_EQ(record->user_name, "acme-1@bizline");
  EXPECT_EQ(record->nas, "bras-1");
  EXPECT_EQ(record->input_octets, (std::uint64_t{1} << 32) + 10);
  EXPECT_EQ(record->output_octets, (std::uint64_t{2} << 32) + 20);
  EXPECT_EQ(record->event_time, InstantFromEpoch(1'789'999'990));
}

TEST(RadiusPacket, WithoutEventTimestampTheRecordIsDatedArrivalMinusDelay) {
  auto attributes = Interim();
  attributes.pop_back();
  attributes.push_back(IntegerAttribute(attr::kAcctDelayTime, 30));
  attributes.erase(attributes.begin() + 3);  // no NAS-Identifier: the NAS-IP-Address names the NAS
  attributes.push_back({attr::kNasIpAddress, std::string("\x0a\x00\x00\x01", 4)});
  auto record = Read(EncodeRequest(Code::kAccountingRequest, 1, attributes, "s"));
  ASSERT_TRUE(record.ok());
  EXPECT_EQ(record->event_time, kArrival - Seconds(30));
  EXPECT_EQ(record->nas, "10.0.0.1");
}

TEST(RadiusPacket, HostileDatagramsAreRefusedWithTheirReason) {
  EXPECT_EQ(ParsePacket(std::vector<std::uint8_t>(10, 0)).error().field, "packet");
  auto datagram = EncodeRequest(Code::kAccountingRequest, 1, Interim(), "s");
  auto longer = datagram;
  longer[3] = static_cast<std::uint8_t>(longer[3] + 1);  // Length one past the datagram
  EXPECT_EQ(ParsePacket(longer).error().field, "packet.length");
  auto zero_attribute = datagram;
  zero_attribute[kHeaderSize + 1] = 0;  // an attribute of length 0 would loop forever
  EXPECT_EQ(ParsePacket(zero_attribute).error().field, "packet.attributes");
  auto past_end = datagram;
  past_end[kHeaderSize + 1] = 250;
  EXPECT_EQ(ParsePacket(past_end).error().field, "packet.attributes");
  auto padded = datagram;
  padded.push_back(0xff);  // octets past Length are padding (RFC 2865 §3)
  EXPECT_TRUE(ParsePacket(padded).ok());
}

TEST(RadiusPacket, AttributesAreCheckedAtTheEdge) {
  auto bad_name = Interim();
  bad_name[2] = TextAttribute(attr::kUserName, "acme\xff");
  EXPECT_EQ(Read(EncodeRequest(Code::kAccountingRequest, 1, bad_name, "s")).error().field, "User-Name");
  auto control = Interim();
  control[1] = TextAttribute(attr::kAcctSessionId, std::string("S\n1"));
  EXPECT_EQ(Read(EncodeRequest(Code::kAccountingRequest, 1, control, "s")).error().field, "Acct-Session-Id");
  auto short_integer = Interim();
  short_integer[4] = TextAttribute(attr::kAcctInputOctets, "abc");
  EXPECT_EQ(Read(EncodeRequest(Code::kAccountingRequest, 1, short_integer, "s")).error().field, "Acct-Input-Octets");
  auto unknown_status = Interim();
  unknown_status[0] = IntegerAttribute(attr::kAcctStatusType, 15);
  EXPECT_EQ(Read(EncodeRequest(Code::kAccountingRequest, 1, unknown_status, "s")).error().field, "Acct-Status-Type");
  auto no_user = Interim();
  no_user.erase(no_user.begin() + 2);
  EXPECT_EQ(Read(EncodeRequest(Code::kAccountingRequest, 1, no_user, "s")).error().field, "User-Name");
  EXPECT_EQ(Read(EncodeRequest(Code::kCoaRequest, 1, Interim(), "s")).error().field, "Code");
}

TEST(RadiusPacket, AccountingOnNeedsNoSession) {
  auto record = Read(
      EncodeRequest(Code::kAccountingRequest, 1,
                    {IntegerAttribute(attr::kAcctStatusType, 7), TextAttribute(attr::kNasIdentifier, "bras-2")}, "s"));
  ASSERT_TRUE(record.ok());
  EXPECT_EQ(record->status, AcctStatus::kAccountingOn);
  EXPECT_EQ(record->nas, "bras-2");
}

}  // namespace
}  // namespace bizline::radius
