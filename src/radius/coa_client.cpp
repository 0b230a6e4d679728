#include "radius/coa_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>

#include "domain/core/text.h"
#include "radius/radius_packet.h"

namespace bizline::radius {
namespace {

// The NAS's address as a socket address on `port`; false when it is not an IP address.
bool SocketAddress(const std::string& address, std::uint16_t port, sockaddr_storage& out, socklen_t& length) {
  std::memset(&out, 0, sizeof out);
  auto* v4 = reinterpret_cast<sockaddr_in*>(&out);
  if (inet_pton(AF_INET, address.c_str(), &v4->sin_addr) == 1) {
    v4->sin_family = AF_INET;
    v4->sin_port = htons(port);
    length = sizeof(sockaddr_in);
    return true;
  }
  auto* v6 = reinterpret_cast<sockaddr_in6*>(&out);
  if (inet_pton(AF_INET6, address.c_str(), &v6->sin6_addr) == 1) {
    v6->sin6_family = AF_INET6;
    v6->sin6_port = htons(port);
    length = sizeof(sockaddr_in6);
    return true;
  }
  return false;
}

// Closes the descriptor however the exchange ends.
struct Socket {
  int fd = -1;
  ~Socket() {
    if (fd >= 0) close(fd);
  }
};

}  // namespace

Result<std::uint8_t> ParseProfileAttribute(std::string_view text) {
  if (text == "Filter-Id") return attr::kFilterId;
  if (text == "Class") return std::uint8_t{25};
  int number = 0;
  for (char c : text) {
    if (c < '0' || c > '9' || number > 255) {
      return Error::Invalid("coa-profile-attribute", "Filter-Id, Class or an attribute number from 1 to 255");
    }
    number = number * 10 + (c - '0');
  }
  if (text.empty() || number < 1 || number > 255) {
    return Error::Invalid("coa-profile-attribute", "Filter-Id, Class or an attribute number from 1 to 255");
  }
  return static_cast<std::uint8_t>(number);
}

NasAnswer CoaClient::ChangeProfile(const NasRequest& request) {
  return Exchange(static_cast<std::uint8_t>(Code::kCoaRequest), request);
}

NasAnswer CoaClient::Disconnect(const NasRequest& request) {
  return Exchange(static_cast<std::uint8_t>(Code::kDisconnectRequest), request);
}

NasAnswer CoaClient::Exchange(std::uint8_t code, const NasRequest& request) {
  const auto secret = options_.secrets.find(request.nas_address);
  if (secret == options_.secrets.end()) {
    spdlog::warn("coa: no shared secret for NAS {} (--radius-clients): nothing sent", QuoteForLog(request.nas_address));
    return NasAnswer::kNak;
  }
  sockaddr_storage to{};
  socklen_t to_length = 0;
  if (!SocketAddress(request.nas_address, options_.port, to, to_length)) return NasAnswer::kNak;
  Socket socket_fd{::socket(to.ss_family, SOCK_DGRAM | SOCK_CLOEXEC, 0)};
  if (socket_fd.fd < 0) return NasAnswer::kNoAnswer;
  if (::connect(socket_fd.fd, reinterpret_cast<const sockaddr*>(&to), to_length) != 0) return NasAnswer::kNoAnswer;

  std::vector<Attribute> attributes{TextAttribute(attr::kUserName, request.user_name)};
  if (!request.session_id.empty()) attributes.push_back(TextAttribute(attr::kAcctSessionId, request.session_id));
  if (!request.profile.empty()) attributes.push_back(TextAttribute(options_.profile_attribute, request.profile));
  const std::uint8_t identifier = next_identifier_++;
  const auto packet = EncodeRequest(static_cast<Code>(code), identifier, attributes, secret->second);
  Authenticator sent{};
  std::memcpy(sent.data(), packet.data() + 4, sent.size());
  const std::uint8_t ack = code + 1, nak = code + 2;  // RFC 5176 §2: 41/42 after 40, 44/45 after 43

  for (int send = 0; send < options_.sends; ++send) {
    if (::send(socket_fd.fd, packet.data(), packet.size(), 0) < 0) return NasAnswer::kNoAnswer;
    const auto deadline = std::chrono::steady_clock::now() + options_.timeout;
    for (;;) {
      const auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) break;
      pollfd p{socket_fd.fd, POLLIN, 0};
      if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
      std::uint8_t buffer[kMaxPacketSize];
      const auto n = ::recv(socket_fd.fd, buffer, sizeof buffer, 0);
      if (n < static_cast<ssize_t>(kHeaderSize)) continue;
      const std::span<const std::uint8_t> answer(buffer, static_cast<std::size_t>(n));
      if (answer[1] != identifier || (answer[0] != ack && answer[0] != nak)) continue;
      if (!VerifyResponseAuthenticator(answer, sent, secret->second)) continue;  // forged or garbled: ignored
      return answer[0] == ack ? NasAnswer::kAck : NasAnswer::kNak;
    }
  }
  return NasAnswer::kNoAnswer;
}

}  // namespace bizline::radius
