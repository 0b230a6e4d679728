// Runs named jobs periodically on Asio steady timers, in a thread of its own so that a slow job
// (an SMTP server that takes its time) never holds up HTTP requests. Each job runs once at
// Start() and then `interval` after its previous run ended, so it never overlaps itself. Stop()
// raises the stop flag that jobs may poll, cancels the timers and joins the thread after the
// running job returned.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace bizline {

class Scheduler {
 public:
  // A job gets the stop flag, to end a long batch early when the server stops.
  using Job = std::function<void(const std::atomic<bool>& stop)>;

  Scheduler();
  ~Scheduler();
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // Before Start() only.
  void Add(std::string name, std::chrono::milliseconds interval, Job job);
  void Start();
  void Stop();
  // How many runs of `name` finished (for tests and metrics).
  long Runs(const std::string& name) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace bizline
