// RFC 5176 Dynamic Authorization client: bizline's side of a throttle (U-13). A CoA-Request
// names the session (User-Name, Acct-Session-Id) and carries the profile in a configurable
// string attribute (Filter-Id by default); a Disconnect-Request names the session only. Each is
// sent to the NAS's address on the CoA port with the NAS's shared secret (the accounting
// clients' file), and waits a bounded time for an answer whose Response Authenticator checks;
// anything else received is ignored. No answer after the retries of one call is kNoAnswer: the
// enforcer schedules the next attempt.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <string>

#include "app/usage/throttle_enforcer.h"

namespace bizline::radius {

struct CoaOptions {
  std::map<std::string, std::string> secrets;  // NAS address -> shared secret (as the listener's)
  std::uint16_t port = 3799;                   // RFC 5176 §3.2
  std::uint8_t profile_attribute = 11;         // Filter-Id
  std::chrono::milliseconds timeout{2000};     // per send
  int sends = 2;                               // per call: the first and one retransmit
};

// "Filter-Id", "Class" or an attribute number 1..255 (a string attribute the NAS reads).
Result<std::uint8_t> ParseProfileAttribute(std::string_view text);

class CoaClient final : public NasControl {
 public:
  explicit CoaClient(CoaOptions options) : options_(std::move(options)) {}

  NasAnswer ChangeProfile(const NasRequest& request) override;
  NasAnswer Disconnect(const NasRequest& request) override;

 private:
  NasAnswer Exchange(std::uint8_t code, const NasRequest& request);
  CoaOptions options_;
  std::uint8_t next_identifier_ = 0;
};

}  // namespace bizline::radius
