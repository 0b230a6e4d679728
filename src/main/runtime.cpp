#include "main/runtime.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/asio/post.hpp>
#include <csignal>
#include <thread>

namespace bizline {

Runtime::Runtime(int threads) : threads_(std::max(1, threads)), io_(threads_), signals_(io_, SIGINT, SIGTERM) {}

void Runtime::Stop() {
  // Posted, so the hooks run on a pool thread whatever thread asked; the signal handler's wait
  // is cancelled so that it no longer counts as work.
  boost::asio::post(io_, [this] {
    if (stopping_.exchange(true)) return;
    boost::system::error_code ignored;
    signals_.cancel(ignored);
    spdlog::info("stopping: draining requests and jobs");
    for (const auto& hook : stop_hooks_) hook();
  });
}

void Runtime::Run() {
  signals_.async_wait([this](const boost::system::error_code& ec, int) {
    if (!ec) Stop();
  });
  std::vector<std::thread> pool;
  pool.reserve(static_cast<std::size_t>(threads_ - 1));
  for (int i = 1; i < threads_; ++i) pool.emplace_back([this] { io_.run(); });
  io_.run();
  for (auto& t : pool) t.join();
}

}  // namespace bizline
