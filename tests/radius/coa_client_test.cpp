// The CoA client against a fake NAS on loopback (RFC 5176, U-13): a CoA-Request names the
// session and carries the profile in the configured attribute with a valid Request
// Authenticator; ACK and NAK are told apart; an answer signed with another secret is ignored;
// silence is kNoAnswer after a bounded wait.
#include "radius/coa_client.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

#include "radius/radius_packet.h"

namespace bizline::radius {
namespace {

constexpr const char* kSecret = "nas-secret";

// Answers each request it receives with `reply` (0: stays silent), signed with `secret`.
class FakeNas {
 public:
  explicit FakeNas(std::uint8_t reply_offset, std::string secret = kSecret)
      : reply_offset_(reply_offset), secret_(std::move(secret)) {
    fd_ = socket(AF_INET, SOCK_DGRAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a);
    socklen_t n = sizeof a;
    getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &n);
    port_ = ntohs(a.sin_port);
    thread_ = std::thread([this] { Serve(); });
  }
  ~FakeNas() {
    stop_ = true;
    thread_.join();
    close(fd_);
  }
  std::uint16_t port() const { return port_; }
  std::vector<Packet> received;
  bool authentic = true;

 private:
  void Serve() {
    for (int rounds = 0; rounds < 200 && !stop_; ++rounds) {  // bounded: 200 × 20 ms at most
      pollfd p{fd_, POLLIN, 0};
      if (poll(&p, 1, 20) <= 0) continue;
      std::uint8_t buffer[4096];
      sockaddr_in from{};
      socklen_t n = sizeof from;
      auto got = recvfrom(fd_, buffer, sizeof buffer, 0, reinterpret_cast<sockaddr*>(&from), &n);
      if (got <= 0) continue;
      std::span<const std::uint8_t> datagram(buffer, static_cast<std::size_t>(got));
      authentic = authentic && VerifyRequestAuthenticator(datagram, kSecret);
      auto packet = ParsePacket(datagram);
      if (!packet) continue;
      received.push_back(*packet);
      if (reply_offset_ == 0) continue;
      auto answer = EncodeResponse(static_cast<Code>(packet->code + reply_offset_), packet->identifier,
                                   packet->authenticator, {}, secret_);
      sendto(fd_, answer.data(), answer.size(), 0, reinterpret_cast<sockaddr*>(&from), n);
    }
  }
  std::uint8_t reply_offset_;
  std::string secret_;
  int fd_ = -1;
  std::uint16_t port_ = 0;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

CoaClient ClientFor(const FakeNas& nas) {
  CoaOptions options;
  options.secrets = {{"127.0.0.1", kSecret}};
  options.port = nas.port();
  options.timeout = std::chrono::milliseconds(200);
  return CoaClient(options);
}

const NasRequest kRequest{"127.0.0.1", "line-7@bizline", "S-42", "bizline-throttle-1m"};

TEST(CoaClient, ACoaRequestNamesTheSessionAndCarriesTheProfile_RFC5176_U13) {
  FakeNas nas(1);  // CoA-ACK (44) after CoA-Request (43)
  CoaClient client = ClientFor(nas);
  EXPECT_EQ(client.ChangeProfile(kRequest), NasAnswer::kAck);
  ASSERT_EQ(nas.received.size(), 1u);
  const Packet& p = nas.received[0];
  EXPECT_EQ(p.code, static_cast<std::uint8_t>(Code::kCoaRequest));
  EXPECT_TRUE(nas.authentic) << "Request Authenticator as RFC 5176 §2.3";
  ASSERT_NE(p.Find(attr::kUserName), nullptr);
  EXPECT_EQ(p.Find(attr::kUserName)->value, "line-7@bizline");
  EXPECT_EQ(p.Find(attr::kAcctSessionId)->value, "S-42");
  EXPECT_EQ(p.Find(attr::kFilterId)->value, "bizline-throttle-1m");
}

TEST(CoaClient, ANakIsToldApartAndADisconnectCarriesNoProfile) {
  FakeNas nas(2);  // NAK
  CoaClient client = ClientFor(nas);
  EXPECT_EQ(client.ChangeProfile(kRequest), NasAnswer::kNak);
  NasRequest bye = kRequest;
  bye.profile.clear();
  EXPECT_EQ(client.Disconnect(bye), NasAnswer::kNak);
  ASSERT_EQ(nas.received.size(), 2u);
  EXPECT_EQ(nas.received[1].code, static_cast<std::uint8_t>(Code::kDisconnectRequest));
  EXPECT_EQ(nas.received[1].Find(attr::kFilterId), nullptr);
}

TEST(CoaClient, AnAnswerSignedWithAnotherSecretIsIgnoredAndSilenceIsNoAnswer) {
  {
    FakeNas forger(1, "wrong-secret");
    CoaClient client = ClientFor(forger);
    EXPECT_EQ(client.ChangeProfile(kRequest), NasAnswer::kNoAnswer);
    EXPECT_EQ(forger.received.size(), 2u) << "sent, then retransmitted once";
  }
  FakeNas silent(0);
  EXPECT_EQ(ClientFor(silent).ChangeProfile(kRequest), NasAnswer::kNoAnswer);
}

TEST(CoaClient, ANasWithoutASecretIsNeverSent) {
  FakeNas nas(1);
  CoaClient client = ClientFor(nas);
  NasRequest elsewhere = kRequest;
  elsewhere.nas_address = "127.0.0.2";
  EXPECT_EQ(client.ChangeProfile(elsewhere), NasAnswer::kNak);
  EXPECT_TRUE(nas.received.empty());
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
