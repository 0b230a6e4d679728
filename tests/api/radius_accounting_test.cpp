// The RADIUS accounting listener against FreeRADIUS's radclient (issue 11 item 1, RFC 2866):
// Start/Interim/Stop with gigawords are acknowledged only once stored and metered into the
// line's month, a retransmit counts once, and a wrong secret gets no answer and counts nothing.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "support/http_client.h"
#include "support/server_process.h"

namespace bizline::testing {
namespace {

// Runs radclient with `attributes` on stdin; its exit status (0 when the server answered).
int RadClient(std::uint16_t port, const std::string& secret, const std::string& attributes,
              const std::filesystem::path& dir) {
  const std::filesystem::path input = dir / "packet.txt";
  std::ofstream(input) << attributes << "\n";
  const std::string command = "radclient -q -r 1 -t 2 -f " + input.string() + " 127.0.0.1:" + std::to_string(port) +
                              " acct " + secret + " >/dev/null 2>&1";
  return std::system(command.c_str());
}

std::string Packet(const std::string& status, const std::string& user, std::uint32_t in, std::uint32_t in_giga,
                   std::uint32_t out, std::int64_t at) {
  return "Acct-Status-Type = " + status + "\nAcct-Session-Id = \"rc-1\"\nUser-Name = \"" + user +
         "\"\nNAS-Identifier = \"bras-test\"\nAcct-Input-Octets = " + std::to_string(in) +
         "\nAcct-Input-Gigawords = " + std::to_string(in_giga) + "\nAcct-Output-Octets = " + std::to_string(out) +
         "\nEvent-Timestamp = " + std::to_string(at);
}

TEST(RadiusAccounting, RadclientRecordsAreAcknowledgedAndMeteredOnce) {
  if (std::system("command -v radclient >/dev/null 2>&1") != 0) GTEST_FAIL() << "radclient (freeradius-utils) missing";
  TempDir dir;
  const std::string db = dir.SqliteUrl();
  ASSERT_EQ(RunBizline({"migrate", "--db", db}).exit_code, 0);
  ASSERT_EQ(RunBizline({"demo", "--db", db}).exit_code, 0);
  const std::filesystem::path clients = dir.path() / "clients";
  std::ofstream(clients) << "# address secret\n127.0.0.1 s3cret\n";
  std::string user;
  {
    ServerProcess server(db, 2, {"--radius-listen", "127.0.0.1:0", "--radius-clients", clients.string()});
    ASSERT_GT(server.radius_port(), 0);
    HttpClient client(server.port());
    auto products =
        client.Get("/tmf-api/productInventory/v4/product?status=active", client.Login("admin@bizline.example"));
    const auto body = products.Json();
    for (const auto& c : body[0]["productCharacteristic"]) {
      if (c["name"] == "radiusUserName") user = c["value"].get<std::string>();
    }
    ASSERT_FALSE(user.empty());
    const std::int64_t at = 1'774'900'000;  // 2026-03-30, Brussels
    const auto port = server.radius_port();
    EXPECT_EQ(RadClient(port, "s3cret", Packet("Start", user, 0, 0, 0, at), dir.path()), 0);
    EXPECT_EQ(RadClient(port, "s3cret", Packet("Interim-Update", user, 1000, 1, 500, at + 300), dir.path()), 0);
    EXPECT_EQ(RadClient(port, "s3cret", Packet("Interim-Update", user, 1000, 1, 500, at + 300), dir.path()), 0)
        << "a retransmit is answered too";
    EXPECT_NE(RadClient(port, "wrong", Packet("Interim-Update", user, 9000, 9, 9000, at + 400), dir.path()), 0)
        << "a wrong secret gets no answer";
    EXPECT_EQ(RadClient(port, "s3cret", Packet("Stop", user, 3000, 1, 600, at + 600), dir.path()), 0);
    // Every drop is counted by its reason on /metrics (radclient may send the forged one more than once).
    const auto metrics = client.Get("/metrics", client.Login("admin@bizline.example")).body;
    EXPECT_NE(metrics.find("bizline_radius_accounting_packets_total{outcome=\"acknowledged\"} 4\n"), std::string::npos)
        << metrics;
    EXPECT_EQ(metrics.find("bizline_radius_accounting_packets_total{outcome=\"bad_authenticator\"} 0\n"),
              std::string::npos)
        << metrics;
    EXPECT_NE(metrics.find("bizline_radius_accounting_packets_total{outcome=\"unknown_nas\"} 0\n"), std::string::npos);
    EXPECT_NE(metrics.find("bizline_radius_accounting_batches_total "), std::string::npos);
  }
  auto report = RunBizline({"usage", "report", "--db", db, "--month", "2026-03"});
  ASSERT_EQ(report.exit_code, 0);
  // 2^32 + 3000 in, 600 out: the retransmit added nothing, the forged packet nothing.
  EXPECT_NE(report.out.find(user + ",2026-03,4294970896,"), std::string::npos) << report.out;
}

}  // namespace
}  // namespace bizline::testing
