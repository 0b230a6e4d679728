// Runs named jobs periodically on Asio steady timers of the io_context it is given (the
// process's one runtime). Its jobs run one at a time on a strand of their own, so a slow job (an
// SMTP server that takes its time) occupies at most one of the runtime's threads and the others
// keep serving requests. Each job runs once at Start() and then `interval` after its previous
// run ended, so it never overlaps itself. Stop() raises the stop flag that jobs may poll and
// cancels the timers; a running job finishes, and the runtime's threads return once it has.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace boost::asio {
class io_context;
}

namespace bizline {

class Scheduler {
 public:
  // A job gets the stop flag, to end a long batch early when the server stops.
  using Job = std::function<void(const std::atomic<bool>& stop)>;

  explicit Scheduler(boost::asio::io_context& io);
  // Destroy it only once the io_context's threads have returned (or never ran).
  ~Scheduler();
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // Before Start() only.
  void Add(std::string name, std::chrono::milliseconds interval, Job job);
  void Start();
  // Thread-safe; returns at once.
  void Stop();
  // How many runs of `name` finished (for tests and metrics).
  long Runs(const std::string& name) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace bizline
