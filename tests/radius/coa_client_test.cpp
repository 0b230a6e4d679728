// The CoA client against a fake NAS on loopback (RFC 5176, U-13): a CoA-Request names the
// session and carries the profile in the configured attribute with a valid Request
// Authenticator; ACK and NAK are told apart; an answer signed with another secret is ignored;
// silence is kNoAnswer after a bounded wait.
#include "radius/coa_client.h"

#include <gtest/gtest.h>

#include "radius/radius_packet.h"
#include "support/fake_nas.h"

namespace bizline::radius {
namespace {

constexpr const char* kSecret = "nas-secret";

using testing::FakeNas;

CoaClient ClientFor(const FakeNas& nas) {
  CoaOptions options;
  options.secrets = {{"127.0.0.1", kSecret}};
  options.port = nas.port();
  options.timeout = std::chrono::milliseconds(200);
  return CoaClient(options);
}

const NasRequest kRequest{"127.0.0.1", "line-7@bizline", "S-42", "bizline-throttle-1m"};

TEST(CoaClient, ACoaRequestNamesTheSessionAndCarriesTheProfile_RFC5176_U13) {
  FakeNas nas(FakeNas::Offset(1), kSecret);  // CoA-ACK (44) after CoA-Request (43)
  CoaClient client = ClientFor(nas);
  EXPECT_EQ(client.ChangeProfile(kRequest), NasAnswer::kAck);
  const auto received = nas.Received();
  ASSERT_EQ(received.size(), 1u);
  const Packet& p = received[0];
  EXPECT_EQ(p.code, static_cast<std::uint8_t>(Code::kCoaRequest));
  EXPECT_TRUE(nas.Authentic()) << "Request Authenticator as RFC 5176 §2.3";
  ASSERT_NE(p.Find(attr::kUserName), nullptr);
  EXPECT_EQ(p.Find(attr::kUserName)->value, "line-7@bizline");
  EXPECT_EQ(p.Find(attr::kAcctSessionId)->value, "S-42");
  EXPECT_EQ(p.Find(attr::kFilterId)->value, "bizline-throttle-1m");
}

TEST(CoaClient, ANakIsToldApartAndADisconnectCarriesNoProfile) {
  FakeNas nas(FakeNas::Offset(2), kSecret);  // NAK
  CoaClient client = ClientFor(nas);
  EXPECT_EQ(client.ChangeProfile(kRequest), NasAnswer::kNak);
  NasRequest bye = kRequest;
  bye.profile.clear();
  EXPECT_EQ(client.Disconnect(bye), NasAnswer::kNak);
  const auto received = nas.Received();
  ASSERT_EQ(received.size(), 2u);
  EXPECT_EQ(received[1].code, static_cast<std::uint8_t>(Code::kDisconnectRequest));
  EXPECT_EQ(received[1].Find(attr::kFilterId), nullptr);
}

TEST(CoaClient, AnAnswerSignedWithAnotherSecretIsIgnoredAndSilenceIsNoAnswer) {
  {
    FakeNas forger(FakeNas::Offset(1), kSecret, "wrong-secret");
    CoaClient client = ClientFor(forger);
    EXPECT_EQ(client.ChangeProfile(kRequest), NasAnswer::kNoAnswer);
    EXPECT_EQ(forger.Received().size(), 2u) << "sent, then retransmitted once";
  }
  FakeNas silent(FakeNas::Offset(0), kSecret);
  EXPECT_EQ(ClientFor(silent).ChangeProfile(kRequest), NasAnswer::kNoAnswer);
}

TEST(CoaClient, ANasWithoutASecretIsNeverSent) {
  FakeNas nas(FakeNas::Offset(1), kSecret);
  CoaClient client = ClientFor(nas);
  NasRequest elsewhere = kRequest;
  elsewhere.nas_address = "127.0.0.2";
  EXPECT_EQ(client.ChangeProfile(elsewhere), NasAnswer::kNak);
  EXPECT_TRUE(nas.Received().empty());
}

TEST(CoaClient, TheProfileAttributeIsConfigurable) {
  EXPECT_EQ(*ParseProfileAttribute("Filter-Id"), 11);
  EXPECT_EQ(*ParseProfileAttribute("Class"), 25);
  EXPECT_EQ(*ParseProfileAttribute("26"), 26);
  EXPECT_FALSE(ParseProfileAttribute("0").ok());
  EXPECT_FALSE(ParseProfileAttribute("256").ok());
  EXPECT_FALSE(ParseProfileAttribute("Filter").ok());
}

}  // namespace
}  // namespace bizline::radius
