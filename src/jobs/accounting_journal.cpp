#include "jobs/accounting_journal.h"

#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace bizline {
namespace {

// Below the listener and the HTTP threads (nice 0): a CPU they need goes to them first.
constexpr int kApplierNice = 10;

}  // namespace

JournalApplyThread::JournalApplyThread(JournalApplier& applier, std::chrono::milliseconds idle)
    : applier_(applier), idle_(idle), thread_([this] { Run(); }) {}

JournalApplyThread::~JournalApplyThread() {
  Stop();
  if (thread_.joinable()) thread_.join();
}

void JournalApplyThread::Wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  wake_.notify_one();
}

void JournalApplyThread::Stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable() && thread_.get_id() != std::this_thread::get_id()) thread_.join();
}

void JournalApplyThread::Run() {
  if (setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), kApplierNice) != 0) {
    spdlog::warn("accounting journal: the applier keeps the listener's priority (setpriority failed)");
  }
  for (;;) {
    {
      std::unique_lock lock(mutex_);
      wake_.wait_for(lock, idle_, [this] { return woken_ || stopping_; });
      if (stopping_) return;
      woken_ = false;
    }
    for (;;) {  // until caught up, one transaction per chunk
      auto applied = applier_.ApplyOnce();
      if (!applied) {
        // The records stay in the journal: the next round meters them.
        spdlog::error("accounting journal: {}", applied.error().message);
        break;
      }
      if (*applied == 0) break;
      std::lock_guard lock(mutex_);
      if (stopping_) return;
    }
  }
}

}  // namespace bizline
