// A NAS's RFC 5176 Dynamic Authorization server on loopback, for tests: it records every request
// it receives (checking its Request Authenticator) and answers each with the code its policy
// gives (0: stays silent), signed with its secret. Bounded: it serves for `lifetime` at most.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "radius/radius_packet.h"

namespace bizline::testing {

class FakeNas {
 public:
  // Maps a request's code to the answer's code; 0 for no answer.
  using Policy = std::function<std::uint8_t(std::uint8_t request_code)>;

  // `answer_secret` (empty: `secret`) signs the answers; another one makes the NAS a forger.
  FakeNas(Policy policy, std::string secret, std::string answer_secret = {},
          std::chrono::milliseconds lifetime = std::chrono::seconds(4))
      : policy_(std::move(policy)),
        secret_(std::move(secret)),
        answer_secret_(answer_secret.empty() ? secret_ : std::move(answer_secret)),
        lifetime_(lifetime) {
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
  // Answers every request with its code plus `offset` (1: ACK, 2: NAK, 0: silent).
  static Policy Offset(std::uint8_t offset) {
    return [offset](std::uint8_t code) { return offset == 0 ? std::uint8_t{0} : std::uint8_t(code + offset); };
  }
  ~FakeNas() {
    stop_ = true;
    thread_.join();
    close(fd_);
  }
  FakeNas(const FakeNas&) = delete;
  FakeNas& operator=(const FakeNas&) = delete;

  std::uint16_t port() const { return port_; }
  std::vector<radius::Packet> Received() const {
    std::lock_guard lock(mutex_);
    return received_;
  }
  // Whether every request so far carried a valid Request Authenticator (RFC 5176 §2.3).
  bool Authentic() const { return authentic_; }

 private:
  void Serve() {
    const auto end = std::chrono::steady_clock::now() + lifetime_;
    while (!stop_ && std::chrono::steady_clock::now() < end) {
      pollfd p{fd_, POLLIN, 0};
      if (poll(&p, 1, 20) <= 0) continue;
      std::uint8_t buffer[4096];
      sockaddr_in from{};
      socklen_t n = sizeof from;
      auto got = recvfrom(fd_, buffer, sizeof buffer, 0, reinterpret_cast<sockaddr*>(&from), &n);
      if (got <= 0) continue;
      std::span<const std::uint8_t> datagram(buffer, static_cast<std::size_t>(got));
      if (!radius::VerifyRequestAuthenticator(datagram, secret_)) authentic_ = false;
      auto packet = radius::ParsePacket(datagram);
      if (!packet) continue;
      {
        std::lock_guard lock(mutex_);
        received_.push_back(*packet);
      }
      const std::uint8_t reply = policy_(packet->code);
      if (reply == 0) continue;
      auto answer = radius::EncodeResponse(static_cast<radius::Code>(reply), packet->identifier, packet->authenticator,
                                           {}, answer_secret_);
      sendto(fd_, answer.data(), answer.size(), 0, reinterpret_cast<sockaddr*>(&from), n);
    }
  }

 private:
  Policy policy_;
  std::string secret_;
  std::string answer_secret_;
  std::chrono::milliseconds lifetime_;
  int fd_ = -1;
  std::uint16_t port_ = 0;
  mutable std::mutex mutex_;
  std::vector<radius::Packet> received_;
  std::atomic<bool> authentic_{true};
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace bizline::testing
