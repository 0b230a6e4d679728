#include "notify/smtp_message.h"

#include <date/date.h>

namespace bizline {
namespace {

bool IsPlainAscii(const std::string& s) {
  for (unsigned char c : s) {
    if (c >= 0x80 || c < 0x20) return false;
  }
  return true;
}

// RFC 2047 encoded-word (base64) for a header value that is not plain ASCII.
std::string EncodeHeader(const std::string& value) {
  if (IsPlainAscii(value)) return value;
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out = "=?UTF-8?B?";
  std::size_t i = 0;
  for (; i + 2 < value.size(); i += 3) {
    unsigned n = (static_cast<unsigned char>(value[i]) << 16) | (static_cast<unsigned char>(value[i + 1]) << 8) |
                 static_cast<unsigned char>(value[i + 2]);
    for (int shift : {18, 12, 6, 0}) out += kAlphabet[(n >> shift) & 63];
  }
  if (i < value.size()) {
    unsigned n = static_cast<unsigned char>(value[i]) << 16;
    if (i + 1 < value.size()) n |= static_cast<unsigned char>(value[i + 1]) << 8;
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += i + 1 < value.size() ? kAlphabet[(n >> 6) & 63] : '=';
    out += '=';
  }
  return out + "?=";
}

// Lines end in CRLF on the wire; a lone CR or LF in the body becomes one.
std::string ToCrlf(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += "\r\n";
    } else if (c == '\n') {
      out += "\r\n";
    } else {
      out += c;
    }
  }
  return out;
}

// Header values never carry a line break (header injection).
std::string OneLine(const std::string& s) {
  std::string out;
  for (char c : s) out += (c == '\r' || c == '\n') ? ' ' : c;
  return out;
}

}  // namespace

std::string MessageIdFor(NotificationId id, const std::string& from_address) {
  auto at = from_address.rfind('@');
  std::string domain = at == std::string::npos ? std::string("bizline.invalid") : from_address.substr(at + 1);
  if (!domain.empty() && domain.back() == '>') domain.pop_back();
  return "<bizline.notification." + std::to_string(id.value()) + "@" + domain + ">";
}

std::string FormatMessage(const Notification& n, const std::string& from_address, Instant date) {
  std::string to;
  for (const auto& r : n.recipients) to += (to.empty() ? "" : ", ") + OneLine(r);
  std::string message;
  message += "Date: " + date::format("%a, %d %b %Y %H:%M:%S +0000", date) + "\r\n";
  message += "From: " + OneLine(from_address) + "\r\n";
  message += "To: " + to + "\r\n";
  message += "Message-ID: " + MessageIdFor(n.id, from_address) + "\r\n";
  message += "Subject: " + EncodeHeader(OneLine(n.subject)) + "\r\n";
  message += "X-Bizline-Notification: " + std::to_string(n.id.value()) + "\r\n";
  message += "X-Bizline-Kind: " + OneLine(n.kind) + "\r\n";
  message += "X-Bizline-Reference: " + OneLine(n.reference) + "\r\n";
  message += "MIME-Version: 1.0\r\n";
  message += "Content-Type: text/plain; charset=utf-8\r\n";
  message += "Content-Transfer-Encoding: 8bit\r\n";
  message += "\r\n";
  message += ToCrlf(n.body);
  if (message.size() < 2 || message.compare(message.size() - 2, 2, "\r\n") != 0) message += "\r\n";
  return message;
}

}  // namespace bizline
