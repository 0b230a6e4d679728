#include "support/server_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>
#include <thread>

#include "support/read_line.h"

extern char** environ;

namespace bizline::testing {
namespace {

struct Spawned {
  pid_t pid = -1;
  int out_fd = -1;
  int in_fd = -1;
};

Spawned Spawn(const std::vector<std::string>& args) {
  int out_pipe[2];
  int in_pipe[2];
  if (pipe(out_pipe) != 0 || pipe(in_pipe) != 0) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, in_pipe[0], STDIN_FILENO);
  posix_spawn_file_actions_addclose(&actions, out_pipe[0]);
  posix_spawn_file_actions_addclose(&actions, in_pipe[1]);
  std::vector<std::string> full{BIZLINE_BINARY};
  full.insert(full.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : full) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, BIZLINE_BINARY, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out_pipe[1]);
  close(in_pipe[0]);
  if (rc != 0) throw std::runtime_error("cannot start " + std::string(BIZLINE_BINARY));
  return {pid, out_pipe[0], in_pipe[1]};
}

int WaitBounded(pid_t pid, std::chrono::seconds limit) {
  auto deadline = std::chrono::steady_clock::now() + limit;
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (waitpid(pid, &status, WNOHANG) == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  kill(pid, SIGKILL);
  waitpid(pid, &status, 0);
  return -1;
}

}  // namespace

CommandResult RunBizline(const std::vector<std::string>& args, const std::string& stdin_text) {
  Spawned s = Spawn(args);
  std::thread writer([&] {
    std::size_t done = 0;
    while (done < stdin_text.size()) {
      auto n = write(s.in_fd, stdin_text.data() + done, stdin_text.size() - done);
      if (n <= 0) break;
      done += static_cast<std::size_t>(n);
    }
    close(s.in_fd);
  });
  CommandResult result;
  char buffer[4096];
  for (;;) {
    auto n = read(s.out_fd, buffer, sizeof buffer);
    if (n <= 0) break;
    result.out.append(buffer, static_cast<std::size_t>(n));
  }
  writer.join();
  close(s.out_fd);
  result.exit_code = WaitBounded(s.pid, std::chrono::seconds(120));
  return result;
}

ServerProcess::ServerProcess(std::string db_url, int threads, std::vector<std::string> extra_args) {
  if (db_url.empty()) {
    db_url = dir_.SqliteUrl();
    auto demo = RunBizline({"demo", "--db", db_url});
    if (demo.exit_code != 0) throw std::runtime_error("bizline demo failed: " + demo.out);
  }
  db_url_ = db_url;
  std::vector<std::string> args{
      "serve", "--db", db_url, "--listen", "127.0.0.1:0", "--threads", std::to_string(threads)};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  Spawned s = Spawn(args);
  pid_ = s.pid;
  close(s.in_fd);
  std::string line = ReadLine(s.out_fd, std::chrono::seconds(60));
  if (line.find("radius accounting on") != std::string::npos) {
    radius_port_ = static_cast<std::uint16_t>(std::stoi(line.substr(line.rfind(':') + 1)));
    line = ReadLine(s.out_fd, std::chrono::seconds(60));
  }
  close(s.out_fd);
  auto colon = line.rfind(':');
  if (line.find("listening on") == std::string::npos || colon == std::string::npos) {
    Stop();
    throw std::runtime_error("bizline serve did not start: '" + line + "'");
  }
  port_ = static_cast<std::uint16_t>(std::stoi(line.substr(colon + 1)));
}

ServerProcess::~ServerProcess() { Stop(); }

int ServerProcess::Stop() {
  if (pid_ <= 0) return 0;
  kill(pid_, SIGTERM);
  int code = WaitBounded(pid_, std::chrono::seconds(30));
  pid_ = -1;
  return code;
}

void ServerProcess::Kill() {
  if (pid_ <= 0) return;
  kill(pid_, SIGKILL);
  WaitBounded(pid_, std::chrono::seconds(30));
  pid_ = -1;
}

}  // namespace bizline::testing
