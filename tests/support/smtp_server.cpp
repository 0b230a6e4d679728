#include "support/smtp_server.h"

#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "support/read_line.h"

extern char** environ;

namespace bizline::testing {
namespace {

// Debian's aiosmtpd lives in the system interpreter, whatever `python3` is first on PATH.
constexpr const char* kPython = "/usr/bin/python3";

ReceivedMail Parse(std::string raw) {
  ReceivedMail mail;
  auto end = raw.find("\r\n\r\n");
  std::string head = raw.substr(0, end);
  mail.body = end == std::string::npos ? std::string() : raw.substr(end + 4);
  std::istringstream lines(head);
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string name = line.substr(0, colon);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    std::string value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(' '));
    mail.headers.emplace(name, value);
  }
  mail.raw = std::move(raw);
  return mail;
}

}  // namespace

std::string ReceivedMail::Header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

SmtpServer::SmtpServer(std::chrono::milliseconds delay) : delay_(delay) { Start(); }

SmtpServer::~SmtpServer() { Stop(); }

void SmtpServer::Start() {
  if (pid_ > 0) return;
  int out[2];
  if (pipe(out) != 0) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  std::vector<std::string> args{
      kPython,  SMTP_SINK_SCRIPT,      "--dir",   (dir_.path() / "mail").string(),
      "--port", std::to_string(port_), "--delay", std::to_string(static_cast<double>(delay_.count()) / 1000.0)};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  int rc = posix_spawn(&pid_, kPython, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  if (rc != 0) {
    close(out[0]);
    pid_ = -1;
    throw std::runtime_error("cannot start the SMTP sink");
  }
  std::string line = ReadLine(out[0], std::chrono::seconds(20));
  close(out[0]);
  if (line.rfind("PORT ", 0) != 0) {
    Stop();
    throw std::runtime_error("the SMTP sink did not start: '" + line + "'");
  }
  port_ = static_cast<std::uint16_t>(std::stoi(line.substr(5)));
}

void SmtpServer::Stop() {
  if (pid_ <= 0) return;
  kill(pid_, SIGTERM);
  int status = 0;
  for (int i = 0; i < 250 && waitpid(pid_, &status, WNOHANG) == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  if (waitpid(pid_, &status, WNOHANG) == 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, &status, 0);
  }
  pid_ = -1;
}

std::vector<ReceivedMail> SmtpServer::Messages() const {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir_.path() / "mail", ec)) {
    if (entry.path().extension() == ".eml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<ReceivedMail> out;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    out.push_back(Parse(content.str()));
  }
  return out;
}

std::size_t SmtpServer::WaitFor(std::size_t count, std::chrono::seconds limit) const {
  auto deadline = std::chrono::steady_clock::now() + limit;
  std::size_t have = Messages().size();
  while (have < count && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    have = Messages().size();
  }
  return have;
}

}  // namespace bizline::testing
