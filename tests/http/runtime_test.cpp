// The process's one runtime (issue 9 item 3): the HTTP server and the scheduler share one
// io_context and its threads, and a stop drains both — a request in flight is answered and a
// job that is running finishes — before Run() returns. All on loopback, bounded by the test.
#include "main/runtime.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

#include "http/core/server.h"
#include "jobs/scheduler.h"
#include "support/http_client.h"

namespace bizline {
namespace {

using namespace std::chrono_literals;

// Answers after `delay`, so a stop can arrive while a request is in flight.
class SlowDispatcher final : public http::Dispatcher {
 public:
  explicit SlowDispatcher(std::chrono::milliseconds delay) : delay_(delay) {}
  std::size_t BodyLimit(http::Method, const std::string&) const override { return 1024; }
  http::Response Handle(http::Request&) override {
    started = true;
    std::this_thread::sleep_for(delay_);
    return http::Response::Json(200, {{"ok", true}});
  }
  std::atomic<bool> started{false};

 private:
  std::chrono::milliseconds delay_;
};

template <class Predicate>
bool WaitFor(Predicate done, std::chrono::milliseconds limit = 5s) {
  auto until = std::chrono::steady_clock::now() + limit;
  while (!done()) {
    if (std::chrono::steady_clock::now() > until) return false;
    std::this_thread::sleep_for(5ms);
  }
  return true;
}

TEST(Runtime, ServerAndSchedulerShareItAndAStopDrainsBoth) {
  Runtime runtime(2);
  SlowDispatcher dispatcher(300ms);
  http::ServerOptions options;
  options.port = 0;
  http::Server server(options, dispatcher, runtime.io());
  auto port = server.Listen();
  ASSERT_TRUE(port.ok()) << port.error().message;

  Scheduler scheduler(runtime.io());
  std::atomic<bool> job_started{false}, job_finished{false};
  std::atomic<int> runs{0};
  scheduler.Add("slow", 10ms, [&](const std::atomic<bool>&) {
    ++runs;
    job_started = true;
    std::this_thread::sleep_for(300ms);
    job_finished = true;
  });
  runtime.OnStop([&server] { server.Stop(); });
  runtime.OnStop([&scheduler] { scheduler.Stop(); });
  server.Start();
  scheduler.Start();

  std::thread pool([&runtime] { runtime.Run(); });
  auto answer = std::async(std::launch::async, [&] { return testing::HttpClient(*port).Get("/slow"); });
  ASSERT_TRUE(WaitFor([&] { return dispatcher.started.load() && job_started.load(); }));

  runtime.Stop();                       // as SIGTERM does
  EXPECT_EQ(answer.get().status, 200);  // the request in flight is answered
  pool.join();                          // Run() returned: nothing is left on the io_context
  EXPECT_TRUE(job_finished);            // the running job finished first
  EXPECT_EQ(scheduler.Runs("slow"), runs.load());
  EXPECT_LE(runs.load(), 2);  // and no run started after the stop
}

TEST(Runtime, ASlowJobLeavesAThreadForRequests) {
  Runtime runtime(2);
  SlowDispatcher dispatcher(0ms);
  http::ServerOptions options;
  options.port = 0;
  http::Server server(options, dispatcher, runtime.io());
  auto port = server.Listen();
  ASSERT_TRUE(port.ok());
  Scheduler scheduler(runtime.io());
  std::atomic<bool> job_running{false}, release{false};
  scheduler.Add("blocking", 1h, [&](const std::atomic<bool>&) {
    job_running = true;
    WaitFor([&] { return release.load(); }, 10s);
  });
  runtime.OnStop([&server] { server.Stop(); });
  runtime.OnStop([&scheduler] { scheduler.Stop(); });
  server.Start();
  scheduler.Start();
  std::thread pool([&runtime] { runtime.Run(); });
  ASSERT_TRUE(WaitFor([&] { return job_running.load(); }));

  // The job holds one of the two threads; the other serves requests meanwhile.
  for (int i = 0; i < 3; ++i) EXPECT_EQ(testing::HttpClient(*port).Get("/x").status, 200);

  release = true;
  runtime.Stop();
  pool.join();
}

}  // namespace
}  // namespace bizline
