// The process's one runtime: one io_context and its thread pool serve everything bizline runs —
// the HTTP acceptor and connections, the scheduler's timers and jobs, and next the RADIUS
// socket. SIGTERM or SIGINT (or Stop()) runs every stop hook once, in the order they were added;
// each component then drains (in-flight requests finish, the running job returns) and Run()
// returns when no work is left.
#pragma once

#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <functional>
#include <vector>

namespace bizline {

class Runtime {
 public:
  explicit Runtime(int threads);
  Runtime(const Runtime&) = delete;
  Runtime& operator=(const Runtime&) = delete;

  boost::asio::io_context& io() { return io_; }
  // Before Run() only.
  void OnStop(std::function<void()> hook) { stop_hooks_.push_back(std::move(hook)); }
  // Thread-safe; returns at once.
  void Stop();
  // Runs the pool on this thread and threads-1 others until every component drained.
  void Run();

 private:
  int threads_;
  boost::asio::io_context io_;
  boost::asio::signal_set signals_;
  std::vector<std::function<void()>> stop_hooks_;
  std::atomic<bool> stopping_{false};
};

}  // namespace bizline
