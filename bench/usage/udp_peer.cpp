// The peer of bench/usage/udp.sh: the least work that acknowledges RADIUS accounting after a
// durable write. It reads every datagram waiting (recvmmsg), keeps those whose Request
// Authenticator verifies, appends them to a log file, fdatasyncs once, then answers them all
// (sendmmsg). No parsing of attributes, no metering, no database: the ceiling for bizline.
//   udp_peer --port P --secret S --log FILE [--seconds 60]
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "radius/radius_packet.h"

using namespace bizline::radius;

int main(int argc, char** argv) {
  std::uint16_t port = 0;
  std::string secret, log;
  int seconds = 60;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--port")
      port = static_cast<std::uint16_t>(std::stoi(value));
    else if (flag == "--secret")
      secret = value;
    else if (flag == "--log")
      log = value;
    else if (flag == "--seconds")
      seconds = std::stoi(value);
  }
  if (secret.empty() || log.empty()) {
    std::cerr << "usage: udp_peer --port P --secret S --log FILE [--seconds 60]\n";
    return 2;
  }
  const int fd = socket(AF_INET, SOCK_DGRAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = htons(port);
  const int size = 8 << 20;
  setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
  if (bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    std::perror("bind");
    return 1;
  }
  socklen_t n = sizeof a;
  getsockname(fd, reinterpret_cast<sockaddr*>(&a), &n);
  std::cout << "udp_peer on udp://127.0.0.1:" << ntohs(a.sin_port) << std::endl;
  const int out = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (out < 0) {
    std::perror("open");
    return 1;
  }

  constexpr std::size_t kBatch = 1024;
  std::vector<std::array<std::uint8_t, kMaxPacketSize>> buffers(kBatch);
  std::vector<sockaddr_in> peers(kBatch);
  std::vector<iovec> iov(kBatch);
  std::vector<mmsghdr> messages(kBatch);
  std::vector<std::vector<std::uint8_t>> answers(kBatch);
  std::vector<iovec> answer_iov(kBatch);
  std::vector<mmsghdr> answer_messages(kBatch);
  std::vector<std::uint8_t> pending;
  const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < end) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    for (std::size_t i = 0; i < kBatch; ++i) {
      iov[i] = {buffers[i].data(), buffers[i].size()};
      messages[i] = {};
      messages[i].msg_hdr.msg_iov = &iov[i];
      messages[i].msg_hdr.msg_iovlen = 1;
      messages[i].msg_hdr.msg_name = &peers[i];
      messages[i].msg_hdr.msg_namelen = sizeof peers[i];
    }
    const int got = recvmmsg(fd, messages.data(), kBatch, MSG_DONTWAIT, nullptr);
    if (got <= 0) continue;
    pending.clear();
    int answered = 0;
    for (int i = 0; i < got; ++i) {
      const std::span<const std::uint8_t> datagram(buffers[i].data(), messages[i].msg_len);
      if (datagram.size() < kHeaderSize || !VerifyRequestAuthenticator(datagram, secret)) continue;
      pending.insert(pending.end(), datagram.begin(), datagram.end());
      Authenticator request{};
      std::memcpy(request.data(), datagram.data() + 4, 16);
      answers[answered] = EncodeResponse(Code::kAccountingResponse, datagram[1], request, {}, secret);
      answer_iov[answered] = {answers[answered].data(), answers[answered].size()};
      answer_messages[answered] = {};
      answer_messages[answered].msg_hdr.msg_iov = &answer_iov[answered];
      answer_messages[answered].msg_hdr.msg_iovlen = 1;
      answer_messages[answered].msg_hdr.msg_name = &peers[i];
      answer_messages[answered].msg_hdr.msg_namelen = sizeof peers[i];
      ++answered;
    }
    if (write(out, pending.data(), pending.size()) != static_cast<ssize_t>(pending.size()) || fdatasync(out) != 0) {
      std::perror("write");
      return 1;
    }
    for (int sent = 0; sent < answered;) {
      const int k = sendmmsg(fd, answer_messages.data() + sent, static_cast<unsigned>(answered - sent), 0);
      if (k <= 0) break;
      sent += k;
    }
  }
  return 0;
}
