// Reading one line from a child process's pipe, with a bound on the wait, for the helpers
// that start bizline or the local SMTP server and wait for their "ready" line.
#pragma once

#include <poll.h>
#include <unistd.h>

#include <chrono>
#include <string>

namespace bizline::testing {

// The line read from `fd` within `limit`, without its newline; what was read so far on
// timeout or end of file.
inline std::string ReadLine(int fd, std::chrono::seconds limit) {
  std::string line;
  auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    char c;
    if (read(fd, &c, 1) != 1) return line;
    if (c == '\n') return line;
    line.push_back(c);
  }
  return line;
}

}  // namespace bizline::testing
