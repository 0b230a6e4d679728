// An HTTP server on loopback for tests that stands in for a webhook (the SMS gateway of
// notify/sms_webhook_notifier.h): it listens on 127.0.0.1 and an ephemeral port, records every
// request and answers each with the status the test chose, after an optional delay.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

namespace bizline::testing {

struct ReceivedRequest {
  std::string method;
  std::string target;
  std::map<std::string, std::string> headers;  // lower-cased names
  std::string body;
  std::string Header(const std::string& name) const;
  nlohmann::json Json() const { return nlohmann::json::parse(body, nullptr, false); }
};

class HttpSink {
 public:
  HttpSink();
  ~HttpSink();
  HttpSink(const HttpSink&) = delete;
  HttpSink& operator=(const HttpSink&) = delete;

  std::uint16_t port() const { return port_; }
  std::string Url(const std::string& path = "/sms") const { return "http://127.0.0.1:" + std::to_string(port_) + path; }

  // How the next requests are answered (200 with an empty body at first).
  void AnswerWith(unsigned status, std::string body = {});
  // How long the sink waits before answering (to outlast a client's timeout).
  void DelayAnswers(std::chrono::milliseconds delay);

  std::vector<ReceivedRequest> Requests() const;
  // Waits (bounded) until at least `count` requests arrived; returns how many there are.
  std::size_t WaitFor(std::size_t count, std::chrono::seconds limit) const;

 private:
  void Serve();
  struct State;
  std::unique_ptr<State> state_;
  std::uint16_t port_ = 0;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace bizline::testing
