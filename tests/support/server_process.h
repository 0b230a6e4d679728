// Starts the real bizline binary for black-box tests: `serve --listen 127.0.0.1:0` on a
// fresh SQLite database with demo data, reads the port from its "listening on" line, and
// stops it with SIGTERM (then SIGKILL after a bounded wait).
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

#include "support/temp_dir.h"

namespace bizline::testing {

// Runs `bizline ARGS...` to completion; returns the exit code and what it printed on stdout.
struct CommandResult {
  int exit_code = -1;
  std::string out;
};
CommandResult RunBizline(const std::vector<std::string>& args, const std::string& stdin_text = {});

class ServerProcess {
 public:
  // `db_url` empty: a new SQLite file in a temp dir, migrated and loaded with demo data.
  // `extra_args` go to `serve` (e.g. --radius-clients FILE --radius-listen 127.0.0.1:0).
  explicit ServerProcess(std::string db_url = {}, int threads = 2, std::vector<std::string> extra_args = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  std::uint16_t port() const { return port_; }
  const std::string& db_url() const { return db_url_; }
  // The RADIUS accounting port when the listener runs, else 0.
  std::uint16_t radius_port() const { return radius_port_; }
  pid_t pid() const { return pid_; }
  // Sends SIGTERM and waits (bounded); returns the exit status.
  int Stop();
  // Sends SIGKILL, as a crash or an operator's kill -9 would, and reaps the process.
  void Kill();

 private:
  TempDir dir_;
  std::string db_url_;
  pid_t pid_ = -1;
  std::uint16_t port_ = 0;
  std::uint16_t radius_port_ = 0;
};

}  // namespace bizline::testing
