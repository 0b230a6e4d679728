#include "radius/datagram_batch.h"

#include <algorithm>
#include <cstring>

namespace bizline::radius {

std::size_t DatagramBatch::Receive(int fd) {
  for (std::size_t i = 0; i < kSize; ++i) {
    iov_[i] = {buffers_[i].data(), buffers_[i].size()};
    headers_[i] = {};
    headers_[i].msg_hdr.msg_iov = &iov_[i];
    headers_[i].msg_hdr.msg_iovlen = 1;
    headers_[i].msg_hdr.msg_name = &senders_[i];
    headers_[i].msg_hdr.msg_namelen = sizeof senders_[i];
  }
  const int n = recvmmsg(fd, headers_.data(), kSize, MSG_DONTWAIT, nullptr);
  return n > 0 ? static_cast<std::size_t>(n) : 0;
}

std::span<const std::uint8_t> DatagramBatch::Datagram(std::size_t i) const {
  // A datagram longer than the buffer is cut (MSG_TRUNC): ParsePacket then refuses its Length.
  return {buffers_[i].data(), std::min<std::size_t>(headers_[i].msg_len, kMaxPacketSize)};
}

boost::asio::ip::udp::endpoint DatagramBatch::Sender(std::size_t i) const {
  boost::asio::ip::udp::endpoint sender;
  const std::size_t size = std::min<std::size_t>(headers_[i].msg_hdr.msg_namelen, sender.capacity());
  std::memcpy(sender.data(), &senders_[i], size);
  sender.resize(size);
  return sender;
}

std::size_t SendAll(int fd, std::span<const Outgoing> datagrams) {
  std::array<iovec, DatagramBatch::kSize> iov{};
  std::array<mmsghdr, DatagramBatch::kSize> headers{};
  std::size_t unsent = 0;
  for (std::size_t start = 0; start < datagrams.size(); start += DatagramBatch::kSize) {
    const std::size_t count = std::min(DatagramBatch::kSize, datagrams.size() - start);
    for (std::size_t i = 0; i < count; ++i) {
      const Outgoing& d = datagrams[start + i];
      iov[i] = {const_cast<std::uint8_t*>(d.bytes.data()), d.bytes.size()};
      headers[i] = {};
      headers[i].msg_hdr.msg_iov = &iov[i];
      headers[i].msg_hdr.msg_iovlen = 1;
      headers[i].msg_hdr.msg_name = const_cast<sockaddr*>(d.to.data());
      headers[i].msg_hdr.msg_namelen = static_cast<socklen_t>(d.to.size());
    }
    std::size_t sent = 0;
    while (sent < count) {
      const int n = sendmmsg(fd, headers.data() + sent, static_cast<unsigned>(count - sent), MSG_DONTWAIT);
      if (n <= 0) break;
      sent += static_cast<std::size_t>(n);
    }
    unsent += count - sent;
  }
  return unsent;
}

}  // namespace bizline::radius
