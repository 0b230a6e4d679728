// A real SMTP server on loopback for tests: runs support/smtp_sink.py (python3-aiosmtpd) on a free
// port and reads the messages it wrote to its directory. Stop() and Start() again keep the port,
// so a test can take the server away and bring it back.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "support/temp_dir.h"

namespace bizline::testing {

struct ReceivedMail {
  std::string raw;
  std::map<std::string, std::string> headers;  // lower-cased names; the first occurrence
  std::string body;
  std::string Header(const std::string& name) const;
};

class SmtpServer {
 public:
  // `delay`: how long the server takes over each message.
  explicit SmtpServer(std::chrono::milliseconds delay = std::chrono::milliseconds(0));
  ~SmtpServer();
  SmtpServer(const SmtpServer&) = delete;
  SmtpServer& operator=(const SmtpServer&) = delete;

  void Start();  // on the same port as before, if it ran already
  void Stop();
  std::uint16_t port() const { return port_; }
  std::string Url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }

  // Every message received so far, in arrival order.
  std::vector<ReceivedMail> Messages() const;
  // Waits (bounded) until at least `count` messages arrived; returns how many there are.
  std::size_t WaitFor(std::size_t count, std::chrono::seconds limit) const;

 private:
  TempDir dir_;
  std::chrono::milliseconds delay_;
  std::uint16_t port_ = 0;
  pid_t pid_ = -1;
};

}  // namespace bizline::testing
