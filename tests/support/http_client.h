// A small blocking HTTP/1.1 client for black-box tests (one connection per request), plus
// a raw mode that sends arbitrary bytes for malformed-request tests.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace bizline::testing {

struct HttpResult {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-cased names
  std::string body;

  nlohmann::json Json() const { return nlohmann::json::parse(body, nullptr, false); }
};

class HttpClient {
 public:
  explicit HttpClient(std::uint16_t port) : port_(port) {}

  HttpResult Request(const std::string& method, const std::string& target, const std::string& body = {},
                     const std::map<std::string, std::string>& headers = {}) const;
  HttpResult Get(const std::string& target, const std::string& token = {}) const;
  HttpResult Post(const std::string& target, const nlohmann::json& body, const std::string& token = {}) const;
  HttpResult Patch(const std::string& target, const nlohmann::json& body, const std::string& token = {}) const;
  // Sends `bytes` as they are and returns the raw response text.
  std::string Raw(const std::string& bytes) const;
  std::string Login(const std::string& email, const std::string& password = "demo") const;

 private:
  std::uint16_t port_;
};

}  // namespace bizline::testing
