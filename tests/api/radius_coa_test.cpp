// Fair use end to end (issue 11 items 1 and 6, U-13, RFC 2866 and 5176): radclient reports a
// capped line past 100 % of its month; the server throttles it and tells the line's NAS (a fake
// NAS on loopback) with a CoA-Request carrying the throttle profile; the NAS refuses the CoA,
// so the server falls back to a Disconnect-Request. A Volume Pack ordered afterwards lifts the
// throttle, which the NAS hears as a CoA-Request with the line's own profile.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <thread>

#include "support/fake_nas.h"
#include "support/http_client.h"
#include "support/server_process.h"

namespace bizline::testing {
namespace {

constexpr const char* kSecret = "s3cret";
constexpr const char* kUser = "capped-1@isp";

int RadClient(std::uint16_t port, const std::string& attributes, const std::filesystem::path& dir) {
  const std::filesystem::path input = dir / "packet.txt";
  std::ofstream(input) << attributes << "\n";
  const std::string command = "radclient -q -r 1 -t 2 -f " + input.string() + " 127.0.0.1:" + std::to_string(port) +
                              " acct " + kSecret + " >/dev/null 2>&1";
  return std::system(command.c_str());
}

// No Event-Timestamp: the records are measured at arrival, in the server's current month.
std::string Packet(const std::string& status, std::uint32_t in_giga) {
  return "Acct-Status-Type = " + status + "\nAcct-Session-Id = \"coa-1\"\nUser-Name = \"" + std::string(kUser) +
         "\"\nNAS-Identifier = \"bras-test\"\nAcct-Input-Octets = 0\nAcct-Input-Gigawords = " +
         std::to_string(in_giga) + "\nAcct-Output-Octets = 0";
}

// Waits (bounded) until the NAS has received `count` requests.
std::vector<radius::Packet> AwaitRequests(const FakeNas& nas, std::size_t count) {
  for (int i = 0; i < 300 && nas.Received().size() < count; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return nas.Received();
}

std::string Text(const radius::Packet& p, std::uint8_t type) {
  const radius::Attribute* a = p.Find(type);
  return a == nullptr ? std::string() : a->value;
}

TEST(RadiusFairUse, ALineOverItsCapIsThrottledByCoaAndDisconnectedWhenTheNasRefuses_U13_USE003) {
  if (std::system("command -v radclient >/dev/null 2>&1") != 0) GTEST_FAIL() << "radclient (freeradius-utils) missing";
  TempDir dir;
  const std::string db = dir.SqliteUrl();
  ASSERT_EQ(RunBizline({"migrate", "--db", db}).exit_code, 0);
  const std::filesystem::path lines = dir.path() / "lines.csv";
  std::ofstream(lines)
      << "user_name,enterprise_number,customer_name,employees,site_address,formula,options,activation_date\n"
      << kUser << ",0403.170.701,Acme Bakeries,25,\"Rue de la Loi 16, 1000 Brussel\",internet-essential,,2025-01-15\n";
  ASSERT_EQ(RunBizline({"line", "import", lines.string(), "--db", db}).exit_code, 0);
  ASSERT_EQ(RunBizline({"user", "add", "--db", db, "--email", "ops@bizline.example", "--name", "Ops", "--password",
                        "correct horse battery", "--role", "admin"})
                .exit_code,
            0);
  const std::filesystem::path clients = dir.path() / "clients";
  std::ofstream(clients) << "127.0.0.1 " << kSecret << "\n";

  // CoA refused (NAK), Disconnect accepted (ACK).
  FakeNas nas(
      [](std::uint8_t code) {
        return code == static_cast<std::uint8_t>(radius::Code::kCoaRequest)
                   ? static_cast<std::uint8_t>(radius::Code::kCoaNak)
                   : static_cast<std::uint8_t>(radius::Code::kDisconnectAck);
      },
      kSecret, {}, std::chrono::seconds(90));
  ServerProcess server(db, 2,
                       {"--radius-listen", "127.0.0.1:0", "--radius-clients", clients.string(), "--coa-port",
                        std::to_string(nas.port())});
  ASSERT_EQ(RadClient(server.radius_port(), Packet("Start", 0), dir.path()), 0);
  // 24 gigawords = 103,079,215,104 bytes: past the 100 GB cap of Internet Essential (USE-003).
  ASSERT_EQ(RadClient(server.radius_port(), Packet("Interim-Update", 24), dir.path()), 0);

  const auto throttling = AwaitRequests(nas, 2);
  ASSERT_GE(throttling.size(), 2U) << "the NAS heard of the throttle";
  EXPECT_TRUE(nas.Authentic()) << "signed with the NAS's secret (RFC 5176 §2.3)";
  EXPECT_EQ(throttling[0].code, static_cast<std::uint8_t>(radius::Code::kCoaRequest));
  EXPECT_EQ(Text(throttling[0], radius::attr::kUserName), kUser);
  EXPECT_EQ(Text(throttling[0], radius::attr::kAcctSessionId), "coa-1");
  EXPECT_EQ(Text(throttling[0], radius::attr::kFilterId), "bizline-throttle-1m");  // U-13: the catalog's profile
  EXPECT_EQ(throttling[1].code, static_cast<std::uint8_t>(radius::Code::kDisconnectRequest)) << "after the CoA-NAK";
  EXPECT_EQ(Text(throttling[1], radius::attr::kAcctSessionId), "coa-1");
  EXPECT_EQ(throttling[1].Find(radius::attr::kFilterId), nullptr);

  HttpClient client(server.port());
  const std::string token = client.Login("ops@bizline.example", "correct horse battery");
  nlohmann::json throttle;
  for (int i = 0; i < 50; ++i) {  // the Disconnect-ACK is written just after the NAS answered
    auto listed = client.Get("/api/v1/usage/throttle", token);
    ASSERT_EQ(listed.status, 200) << listed.body;
    throttle = listed.Json().at(0);
    if (throttle["state"] == "disconnected") break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(throttle["state"], "disconnected");
  EXPECT_EQ(throttle["radiusUserName"], kUser);

  // U-14: a Volume Pack lifts the throttle at once: the NAS is told the line's own profile.
  auto pack = client.Post("/api/v1/line/" + throttle["line"].get<std::string>() + "/volumePack",
                          nlohmann::json::object(), token);
  ASSERT_EQ(pack.status, 201) << pack.body;
  EXPECT_TRUE(pack.Json()["throttleLifted"].get<bool>());
  const auto lifting = AwaitRequests(nas, 3);
  ASSERT_GE(lifting.size(), 3U) << "the NAS heard of the lift";
  EXPECT_EQ(lifting[2].code, static_cast<std::uint8_t>(radius::Code::kCoaRequest));
  EXPECT_EQ(Text(lifting[2], radius::attr::kUserName), kUser);
  EXPECT_NE(Text(lifting[2], radius::attr::kFilterId), "bizline-throttle-1m");
}

}  // namespace
}  // namespace bizline::testing
