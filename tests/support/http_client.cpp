#include "support/http_client.h"

#include <boost/asio.hpp>
#include <boost/beast.hpp>

namespace bizline::testing {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

HttpResult HttpClient::Request(const std::string& method, const std::string& target, const std::string& body,
                               const std::map<std::string, std::string>& headers) const {
  asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.expires_after(std::chrono::seconds(30));
  stream.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port_));
  bhttp::request<bhttp::string_body> req(bhttp::string_to_verb(method), target, 11);
  req.set(bhttp::field::host, "127.0.0.1");
  for (const auto& [name, value] : headers) req.set(name, value);
  req.body() = body;
  req.prepare_payload();
  bhttp::write(stream, req);
  beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(64 * 1024 * 1024);
  bhttp::read(stream, buffer, parser);
  auto res = parser.release();
  HttpResult result;
  result.status = static_cast<int>(res.result_int());
  for (const auto& field : res) {
    std::string name(field.name_string());
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    result.headers[name] = std::string(field.value());
  }
  result.body = res.body();
  beast::error_code ignored;
  stream.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
  return result;
}

HttpResult HttpClient::Get(const std::string& target, const std::string& token) const {
  std::map<std::string, std::string> headers;
  if (!token.empty()) headers["Authorization"] = "Bearer " + token;
  return Request("GET", target, {}, headers);
}

HttpResult HttpClient::Post(const std::string& target, const nlohmann::json& body, const std::string& token) const {
  std::map<std::string, std::string> headers{{"Content-Type", "application/json"}};
  if (!token.empty()) headers["Authorization"] = "Bearer " + token;
  return Request("POST", target, body.dump(), headers);
}

HttpResult HttpClient::Patch(const std::string& target, const nlohmann::json& body, const std::string& token) const {
  std::map<std::string, std::string> headers{{"Content-Type", "application/merge-patch+json"}};
  if (!token.empty()) headers["Authorization"] = "Bearer " + token;
  return Request("PATCH", target, body.dump(), headers);
}

std::string HttpClient::Raw(const std::string& bytes) const {
  asio::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.expires_after(std::chrono::seconds(30));
  stream.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port_));
  beast::error_code ec;
  // A server may answer (413, 431) and stop reading before all bytes are written: keep going
  // and read what it said.
  asio::write(stream.socket(), asio::buffer(bytes), ec);
  ec = {};
  std::string response;
  char chunk[4096];
  for (int i = 0; i < 1000; ++i) {  // bounded: the server closes after answering a bad request
    std::size_t n = stream.read_some(asio::buffer(chunk), ec);
    response.append(chunk, n);
    if (ec) break;
  }
  return response;
}

std::string HttpClient::Login(const std::string& email, const std::string& password) const {
  auto result = Post("/auth/login", {{"email", email}, {"password", password}});
  if (result.status != 200) return {};
  return result.Json().value("token", "");
}

}  // namespace bizline::testing
