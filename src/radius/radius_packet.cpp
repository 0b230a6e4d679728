#include "radius/radius_packet.h"

#include <openssl/evp.h>

#include <cstring>

namespace bizline::radius {
namespace {

Authenticator Md5(std::span<const std::uint8_t> head, std::span<const std::uint8_t> middle,
                  std::span<const std::uint8_t> tail, std::string_view secret) {
  Authenticator digest{};
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  unsigned int size = 0;
  EVP_DigestInit_ex(ctx, EVP_md5(), nullptr);
  EVP_DigestUpdate(ctx, head.data(), head.size());
  EVP_DigestUpdate(ctx, middle.data(), middle.size());
  EVP_DigestUpdate(ctx, tail.data(), tail.size());
  EVP_DigestUpdate(ctx, secret.data(), secret.size());
  EVP_DigestFinal_ex(ctx, digest.data(), &size);
  EVP_MD_CTX_free(ctx);
  return digest;
}

bool SameInConstantTime(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) {
  if (a.size() != b.size()) return false;
  std::uint8_t differ = 0;
  for (std::size_t i = 0; i < a.size(); ++i) differ |= static_cast<std::uint8_t>(a[i] ^ b[i]);
  return differ == 0;
}

std::vector<std::uint8_t> Frame(Code code, std::uint8_t identifier, const std::vector<Attribute>& attributes) {
  std::vector<std::uint8_t> out(kHeaderSize, 0);
  out[0] = static_cast<std::uint8_t>(code);
  out[1] = identifier;
  for (const Attribute& a : attributes) {
    const std::size_t size = std::min<std::size_t>(a.value.size(), 253);
    out.push_back(a.type);
    out.push_back(static_cast<std::uint8_t>(size + 2));
    out.insert(out.end(), a.value.begin(), a.value.begin() + static_cast<std::ptrdiff_t>(size));
  }
  out[2] = static_cast<std::uint8_t>(out.size() >> 8);
  out[3] = static_cast<std::uint8_t>(out.size() & 0xff);
  return out;
}

constexpr Authenticator kZero{};

}  // namespace

const Attribute* Packet::Find(std::uint8_t type) const {
  for (const Attribute& a : attributes) {
    if (a.type == type) return &a;
  }
  return nullptr;
}

Result<Packet> ParsePacket(std::span<const std::uint8_t> datagram) {
  if (datagram.size() < kHeaderSize) return Error::Invalid("packet", "shorter than the 20-octet RADIUS header");
  const std::size_t length = (std::size_t{datagram[2]} << 8) | datagram[3];
  if (length < kHeaderSize || length > kMaxPacketSize) {
    return Error::Invalid("packet.length", "Length " + std::to_string(length) + " is outside 20..4096");
  }
  // RFC 2865 §3: octets beyond Length are padding and ignored; fewer is a malformed packet.
  if (length > datagram.size()) return Error::Invalid("packet.length", "Length exceeds the datagram");
  Packet packet;
  packet.code = datagram[0];
  packet.identifier = datagram[1];
  std::memcpy(packet.authenticator.data(), datagram.data() + 4, packet.authenticator.size());
  for (std::size_t at = kHeaderSize; at < length;) {
    if (length - at < 2) return Error::Invalid("packet.attributes", "an attribute header runs past the end");
    const std::uint8_t type = datagram[at];
    const std::size_t size = datagram[at + 1];
    if (size < 2) return Error::Invalid("packet.attributes", "an attribute is shorter than 2 octets");
    if (at + size > length) return Error::Invalid("packet.attributes", "an attribute runs past the end");
    packet.attributes.push_back({type, std::string(reinterpret_cast<const char*>(datagram.data() + at + 2), size - 2)});
    at += size;
  }
  return packet;
}

bool VerifyRequestAuthenticator(std::span<const std::uint8_t> datagram, std::string_view secret) {
  if (datagram.size() < kHeaderSize) return false;
  const std::size_t length = std::min(datagram.size(), (std::size_t{datagram[2]} << 8) | datagram[3]);
  if (length < kHeaderSize) return false;
  const Authenticator expected =
      Md5(datagram.subspan(0, 4), kZero, datagram.subspan(kHeaderSize, length - kHeaderSize), secret);
  return SameInConstantTime(expected, datagram.subspan(4, 16));
}

std::vector<std::uint8_t> EncodeRequest(Code code, std::uint8_t identifier, const std::vector<Attribute>& attributes,
                                        std::string_view secret) {
  std::vector<std::uint8_t> out = Frame(code, identifier, attributes);
  const std::span<const std::uint8_t> all(out);
  const Authenticator auth = Md5(all.subspan(0, 4), kZero, all.subspan(kHeaderSize), secret);
  std::memcpy(out.data() + 4, auth.data(), auth.size());
  return out;
}

std::vector<std::uint8_t> EncodeResponse(Code code, std::uint8_t identifier, const Authenticator& request_authenticator,
                                         const std::vector<Attribute>& attributes, std::string_view secret) {
  std::vector<std::uint8_t> out = Frame(code, identifier, attributes);
  const std::span<const std::uint8_t> all(out);
  const Authenticator auth = Md5(all.subspan(0, 4), request_authenticator, all.subspan(kHeaderSize), secret);
  std::memcpy(out.data() + 4, auth.data(), auth.size());
  return out;
}

bool VerifyResponseAuthenticator(std::span<const std::uint8_t> datagram, const Authenticator& request_authenticator,
                                 std::string_view secret) {
  if (datagram.size() < kHeaderSize) return false;
  const std::size_t length = std::min(datagram.size(), (std::size_t{datagram[2]} << 8) | datagram[3]);
  if (length < kHeaderSize) return false;
  const Authenticator expected =
      Md5(datagram.subspan(0, 4), request_authenticator, datagram.subspan(kHeaderSize, length - kHeaderSize), secret);
  return SameInConstantTime(expected, datagram.subspan(4, 16));
}

std::optional<std::uint32_t> AsInteger(const Attribute& attribute) {
  if (attribute.value.size() != 4) return std::nullopt;
  const auto* b = reinterpret_cast<const std::uint8_t*>(attribute.value.data());
  return (std::uint32_t{b[0]} << 24) | (std::uint32_t{b[1]} << 16) | (std::uint32_t{b[2]} << 8) | b[3];
}

Attribute IntegerAttribute(std::uint8_t type, std::uint32_t value) {
  std::string bytes(4, '\0');
  for (int i = 0; i < 4; ++i) bytes[static_cast<std::size_t>(i)] = static_cast<char>((value >> (24 - 8 * i)) & 0xff);
  return {type, bytes};
}

Attribute TextAttribute(std::uint8_t type, std::string_view value) { return {type, std::string(value)}; }

std::string Ipv4Text(const Attribute& attribute) {
  if (attribute.value.size() != 4) return {};
  const auto* b = reinterpret_cast<const std::uint8_t*>(attribute.value.data());
  return std::to_string(b[0]) + "." + std::to_string(b[1]) + "." + std::to_string(b[2]) + "." + std::to_string(b[3]);
}

}  // namespace bizline::radius
