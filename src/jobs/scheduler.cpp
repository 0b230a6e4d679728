#include "jobs/scheduler.h"

#include <spdlog/spdlog.h>

#include <boost/asio/bind_executor.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <cassert>

namespace bizline {

struct Scheduler::Impl {
  struct Entry {
    std::string name;
    std::chrono::milliseconds interval;
    Job job;
    std::unique_ptr<boost::asio::steady_timer> timer;
    std::atomic<long> runs{0};
  };

  explicit Impl(boost::asio::io_context& io) : strand(boost::asio::make_strand(io)) {}

  // Every handler of this scheduler (runs, re-arms, the stop) runs on it: one at a time.
  boost::asio::strand<boost::asio::io_context::executor_type> strand;
  std::vector<std::unique_ptr<Entry>> entries;
  std::atomic<bool> stop{false};
  bool started = false;

  void RunAndRearm(Entry& e) {
    if (stop) return;
    try {
      e.job(stop);
    } catch (const std::exception& ex) {  // a failing job must not end the others
      spdlog::error("job {} failed: {}", e.name, ex.what());
    }
    ++e.runs;
    if (stop) return;
    e.timer->expires_after(e.interval);
    e.timer->async_wait(boost::asio::bind_executor(strand, [this, &e](const boost::system::error_code& ec) {
      if (!ec) RunAndRearm(e);
    }));
  }
};

Scheduler::Scheduler(boost::asio::io_context& io) : impl_(std::make_unique<Impl>(io)) {}

Scheduler::~Scheduler() { Stop(); }

void Scheduler::Add(std::string name, std::chrono::milliseconds interval, Job job) {
  assert(!impl_->started && "Scheduler::Add after Start");
  auto entry = std::make_unique<Impl::Entry>();
  entry->name = std::move(name);
  entry->interval = interval;
  entry->job = std::move(job);
  entry->timer = std::make_unique<boost::asio::steady_timer>(impl_->strand);
  impl_->entries.push_back(std::move(entry));
}

void Scheduler::Start() {
  if (impl_->started) return;
  impl_->started = true;
  for (auto& e : impl_->entries) {
    boost::asio::post(impl_->strand, [this, entry = e.get()] { impl_->RunAndRearm(*entry); });
  }
}

void Scheduler::Stop() {
  if (!impl_->started || impl_->stop.exchange(true)) return;
  boost::asio::post(impl_->strand, [this] {
    for (auto& e : impl_->entries) e->timer->cancel();
  });
}

long Scheduler::Runs(const std::string& name) const {
  for (const auto& e : impl_->entries) {
    if (e->name == name) return e->runs.load();
  }
  return 0;
}

}  // namespace bizline
