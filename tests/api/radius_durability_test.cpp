// Nothing acknowledged is ever lost (issue 11 item 1): the load generator of bench/usage keeps
// thousands of accounting requests in flight while the server is killed with SIGKILL; once it is
// started again (it meters its accounting journal first), every record it had answered must be
// in the database, and nothing it was never sent. A session's next record goes out only after the previous one was
// answered, so each user's stored volume must lie between its last acknowledged counter and its last sent one.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include "support/server_process.h"

namespace bizline::testing {
namespace {

constexpr int kLines = 300;

std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> ReadLoadResult(const std::filesystem::path& file) {
  std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> out;
  std::ifstream in(file);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string user, acked, sent;
    std::getline(fields, user, ',');
    std::getline(fields, acked, ',');
    std::getline(fields, sent, ',');
    out[user] = {std::stoull(acked), std::stoull(sent)};
  }
  return out;
}

std::map<std::string, std::uint64_t> ReportedVolumes(const std::string& report) {
  std::map<std::string, std::uint64_t> out;
  std::istringstream in(report);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string user, month, volume;
    std::getline(fields, user, ',');
    std::getline(fields, month, ',');
    std::getline(fields, volume, ',');
    out[user] = std::stoull(volume);
  }
  return out;
}

TEST(RadiusAccounting, NothingAcknowledgedIsLostWhenTheServerIsKilled) {
  TempDir dir;
  const std::string db = dir.SqliteUrl();
  ASSERT_EQ(RunBizline({"migrate", "--db", db}).exit_code, 0);
  const std::filesystem::path lines = dir.path() / "lines.csv";
  {
    std::ofstream out(lines);
    out << "user_name,enterprise_number,customer_name,employees,site_address,formula,options,activation_date\n";
    for (int i = 0; i < kLines; ++i) {
      out << "load-" << i << "@isp,0403.170.701,Acme Bakeries,25,\"Rue de la Loi 16, 1000 Brussel\","
          << "business-internet-fiber,,2025-01-15\n";
    }
  }
  const auto imported = RunBizline({"line", "import", lines.string(), "--db", db});
  ASSERT_EQ(imported.exit_code, 0) << imported.out;
  const std::filesystem::path clients = dir.path() / "clients";
  std::ofstream(clients) << "127.0.0.1 s3cret\n";

  const std::vector<std::string> radius{"--radius-listen", "127.0.0.1:0", "--radius-clients", clients.string()};
  ServerProcess server(db, 2, radius);
  ASSERT_GT(server.radius_port(), 0);
  const std::filesystem::path result = dir.path() / "load.csv";
  const std::string command = std::string(RADIUS_LOAD_BINARY) + " --port " + std::to_string(server.radius_port()) +
                              " --secret s3cret --users " + lines.string() +
                              " --packets 1000 --duration 20 --silence-ms 1500 --out " + result.string() + " > " +
                              (dir.path() / "load.out").string() + " 2>&1";
  int load_status = -1;
  std::thread load([&] { load_status = std::system(command.c_str()); });
  std::this_thread::sleep_for(std::chrono::milliseconds(2500));
  server.Kill();  // mid-stream: batches are being written and answered
  load.join();
  ASSERT_EQ(load_status, 0);
  // Started again, the server first meters what its journal holds and the database does not yet.
  ServerProcess restarted(db, 2, radius);
  EXPECT_EQ(restarted.Stop(), 0);

  const auto sent = ReadLoadResult(result);
  ASSERT_EQ(sent.size(), static_cast<std::size_t>(kLines));
  const auto report = RunBizline({"usage", "report", "--db", db, "--month", "2026-03"});
  ASSERT_EQ(report.exit_code, 0);
  const auto stored = ReportedVolumes(report.out);
  std::uint64_t acknowledged = 0;
  for (const auto& [user, counters] : sent) {
    const auto [acked, last_sent] = counters;
    acknowledged += acked;
    const std::uint64_t volume = stored.contains(user) ? stored.at(user) : 0;
    EXPECT_GE(volume, acked) << user << ": an acknowledged record was lost";
    EXPECT_LE(volume, last_sent) << user << ": more stored than was ever sent";
  }
  EXPECT_GT(acknowledged, 0U) << "the load reached the server before the kill";
}

}  // namespace
}  // namespace bizline::testing
