// Many datagrams per system call (Linux recvmmsg/sendmmsg): a busy NAS sends accounting by the
// thousand per second, and a call per datagram would cost more than the work on each. Used on a
// non-blocking socket by the accounting listener; every buffer is bounded (kMaxPacketSize).
#pragma once

#include <sys/socket.h>

#include <array>
#include <boost/asio/ip/udp.hpp>
#include <cstdint>
#include <span>
#include <vector>

#include "radius/radius_packet.h"

namespace bizline::radius {

class DatagramBatch {
 public:
  static constexpr std::size_t kSize = 64;

  // Reads what is queued on `fd`, up to kSize datagrams; 0 when nothing is (or on an error).
  std::size_t Receive(int fd);
  std::span<const std::uint8_t> Datagram(std::size_t i) const;
  boost::asio::ip::udp::endpoint Sender(std::size_t i) const;

 private:
  std::array<std::array<std::uint8_t, kMaxPacketSize>, kSize> buffers_{};
  std::array<sockaddr_storage, kSize> senders_{};
  std::array<iovec, kSize> iov_{};
  std::array<mmsghdr, kSize> headers_{};
};

struct Outgoing {
  boost::asio::ip::udp::endpoint to;
  std::vector<std::uint8_t> bytes;
};

// Sends them all, kSize per call; returns how many were not sent (the socket's queue was full:
// their NAS retransmits, and the retransmit is answered as a duplicate).
std::size_t SendAll(int fd, std::span<const Outgoing> datagrams);

}  // namespace bizline::radius
