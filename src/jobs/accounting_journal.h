// The journal applier's thread (issue 11 item 1): what the RADIUS listener made durable in the
// accounting journal is metered into volumes, notices and throttles behind it
// (app/usage/journal_applier.h), on a thread of its own at a lower scheduling priority than the
// listener's: answering a NAS is what a burst must not wait for, and metering catches up once
// the burst is over. It wakes when the listener appended and at least every 50 ms.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "app/usage/journal_applier.h"

namespace bizline {

class JournalApplyThread {
 public:
  explicit JournalApplyThread(JournalApplier& applier, std::chrono::milliseconds idle = std::chrono::milliseconds(50));
  ~JournalApplyThread();
  JournalApplyThread(const JournalApplyThread&) = delete;
  JournalApplyThread& operator=(const JournalApplyThread&) = delete;

  // After an append: metering starts at once rather than at the next tick. Thread-safe.
  void Wake();
  // Ends the thread once its current chunk is metered; the caller meters the rest. Thread-safe.
  void Stop();

 private:
  void Run();

  JournalApplier& applier_;
  std::chrono::milliseconds idle_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool woken_ = false;
  bool stopping_ = false;
  std::thread thread_;  // last: starts once the members above exist
};

}  // namespace bizline
