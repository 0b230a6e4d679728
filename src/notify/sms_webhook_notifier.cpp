#include "notify/sms_webhook_notifier.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>
#include <charconv>
#include <nlohmann/json.hpp>

#include "domain/core/text.h"

namespace bizline {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

constexpr std::size_t kMaxAnswerBytes = 64 * 1024;  // the answer is only read for its status
constexpr std::size_t kAnswerInError = 200;         // bytes of a refusal's body kept in the error

Error Bad(const std::string& why) { return Error::Invalid(kSmsWebhookFlag, why); }

bool IsHostChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

// What a request line may carry unescaped: printable ASCII except space.
bool IsTargetChar(char c) { return c > 0x20 && c < 0x7f; }

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  }
  return true;
}

// "[::1]:8080" or "sms.example:8080" or "127.0.0.1".
Result<SmsWebhookUrl> ParseAuthority(std::string_view authority) {
  SmsWebhookUrl out;
  std::string_view port;
  if (authority.starts_with("[")) {
    const auto close = authority.find(']');
    if (close == std::string_view::npos) return Bad("an IPv6 host needs its closing ']'");
    out.host = std::string(authority.substr(1, close - 1));
    std::string_view rest = authority.substr(close + 1);
    if (!rest.empty() && !rest.starts_with(":")) return Bad("expected ':PORT' after the IPv6 host");
    if (!rest.empty()) port = rest.substr(1);
    for (char c : out.host) {
      if (!std::isxdigit(static_cast<unsigned char>(c)) && c != ':' && c != '.') return Bad("not an IPv6 address");
    }
  } else {
    const auto colon = authority.find(':');
    out.host = std::string(authority.substr(0, colon));
    if (colon != std::string_view::npos) port = authority.substr(colon + 1);
    for (char c : out.host) {
      if (!IsHostChar(c)) return Bad("the host may have letters, digits, '.' and '-' only");
    }
  }
  if (out.host.empty()) return Bad("the URL names no host");
  if (port.data() != nullptr) {
    unsigned value = 0;
    auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (port.empty() || ec != std::errc() || end != port.data() + port.size() || value < 1 || value > 65535) {
      return Bad("the port must be a number from 1 to 65535");
    }
    out.port = static_cast<std::uint16_t>(value);
  }
  return out;
}

std::string StatusText(unsigned status, const std::string& body) {
  std::string text = std::to_string(status);
  if (!body.empty()) text += ": " + QuoteForLog(body, kAnswerInError);
  return text;
}

// One exchange, bounded by `timeout` as a whole (name resolution included, as far as the system
// resolver lets it be cancelled).
struct Exchange {
  beast::error_code error;
  std::string step = "resolve";
  bool timed_out = false;
};

}  // namespace

Result<SmsWebhookUrl> ParseSmsWebhookUrl(std::string_view url) {
  if (StartsWithNoCase(url, "https://")) {
    return Bad(
        "https is not supported: bizline posts SMS to the webhook over plain http:// only; put a local relay "
        "(e.g. a TLS-terminating proxy on 127.0.0.1) in front of an https gateway");
  }
  if (!StartsWithNoCase(url, "http://")) return Bad("expected http://HOST[:PORT]/PATH, got " + QuoteForLog(url, 200));
  std::string_view rest = url.substr(7);
  const auto end = rest.find_first_of("/?#");
  const std::string_view authority = rest.substr(0, end);
  std::string_view target = end == std::string_view::npos ? std::string_view() : rest.substr(end);
  if (authority.find('@') != std::string_view::npos) {
    return Bad("credentials in the URL are not supported; put a token in the path or the query");
  }
  if (target.find('#') != std::string_view::npos) return Bad("a webhook URL has no fragment ('#')");
  for (char c : target) {
    if (!IsTargetChar(c)) return Bad("the path may not contain spaces or control characters; percent-encode them");
  }
  ASSIGN_OR_RETURN(SmsWebhookUrl out, ParseAuthority(authority));
  if (target.empty()) {
    out.target = "/";
  } else {
    out.target = target.starts_with("?") ? "/" + std::string(target) : std::string(target);
  }
  return out;
}

std::string SmsWebhookBody(const Notification& n) {
  nlohmann::json body{{"id", std::to_string(n.id.value())},
                      {"to", n.recipients.empty() ? std::string() : n.recipients.front()},
                      {"text", n.body},
                      {"reference", n.reference},
                      {"kind", n.kind}};
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Status SmsWebhookNotifier::Send(const Notification& n) {
  if (n.channel != NotificationChannel::kSms) {
    return Error::Invalid("channel",
                          "the SMS webhook sends SMS notifications only, not " + std::string(ToString(n.channel)));
  }
  if (n.recipients.size() != 1) return Error::Invalid("recipients", "an SMS notification has exactly one number");
  const SmsWebhookUrl& url = options_.url;
  http::request<http::string_body> request{http::verb::post, url.target, 11};
  const bool ipv6 = url.host.find(':') != std::string::npos;
  const std::string host = ipv6 ? "[" + url.host + "]" : url.host;
  request.set(http::field::host, url.port == 80 ? host : host + ":" + std::to_string(url.port));
  request.set(http::field::user_agent, "bizline");
  request.set(http::field::content_type, "application/json");
  request.set("Idempotency-Key", std::to_string(n.id.value()));
  request.keep_alive(false);
  request.body() = SmsWebhookBody(n);
  request.prepare_payload();

  asio::io_context io;
  tcp::resolver resolver(io);
  beast::tcp_stream stream(io);
  asio::steady_timer deadline(io);
  beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.body_limit(kMaxAnswerBytes);
  Exchange exchange;
  const auto finish = [&](beast::error_code error) {
    exchange.error = error;
    deadline.cancel();
  };
  deadline.expires_after(options_.timeout);
  deadline.async_wait([&](beast::error_code error) {
    if (error) return;  // cancelled: the exchange ended first
    exchange.timed_out = true;
    resolver.cancel();
    stream.cancel();
  });
  resolver.async_resolve(url.host, std::to_string(url.port), [&](beast::error_code error, auto results) {
    if (error) return finish(error);
    exchange.step = "connect";
    stream.async_connect(results, [&](beast::error_code error, const tcp::endpoint&) {
      if (error) return finish(error);
      exchange.step = "send";
      http::async_write(stream, request, [&](beast::error_code error, std::size_t) {
        if (error) return finish(error);
        exchange.step = "answer";
        http::async_read(stream, buffer, parser, [&](beast::error_code error, std::size_t) { finish(error); });
      });
    });
  });
  io.run();
  beast::error_code ignored;
  stream.socket().shutdown(tcp::socket::shutdown_both, ignored);

  // An answer whose header arrived counts by its status, even if its body was cut short.
  if (!parser.is_header_done()) {
    const std::string why = exchange.timed_out ? "no answer within " + std::to_string(options_.timeout.count()) + " ms"
                                               : exchange.error.message();
    return Error::Unavailable("SMS webhook " + host + ":" + std::to_string(url.port) + " failed at " + exchange.step +
                              ": " + why);
  }
  const unsigned status = parser.get().result_int();
  const std::string& answer = parser.get().body();
  if (status >= 200 && status < 300) return Ok{};
  if (status >= 400 && status < 500 && status != 408 && status != 429) {
    return Error::Invalid("to", "the SMS webhook refused the SMS (" + StatusText(status, answer) + ")");
  }
  return Error::Unavailable("the SMS webhook answered " + StatusText(status, answer));
}

}  // namespace bizline
