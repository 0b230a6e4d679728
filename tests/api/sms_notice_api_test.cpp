// U-12 / USE-011 by SMS against the real binary: with `serve --sms-webhook URL`, a line whose
// month crosses 80 % of its cap (through RADIUS accounting from radclient, or `bizline usage
// import` beforehand) has its notice POSTed to the webhook, here an HTTP sink on loopback, once per
// representative's phone number, while the e-mail notice waits for an SMTP server. A webhook URL
// that is https or malformed stops the server at start-up.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "support/http_client.h"
#include "support/http_sink.h"
#include "support/server_process.h"

namespace bizline::testing {
namespace {

constexpr std::int64_t kMarch = 1'774'900'000;  // 2026-03-30, Brussels
constexpr std::uint32_t kGigawords = 20;        // 20 × 2^32 bytes ≈ 85.9 GB: past 80 %, short of 100 %

// The demo's lines have no cap (USE-007): a 100 GB Internet Essential line (USE-003) of Acme NV,
// the demo customer whose two representatives have phone numbers, is imported beside them.
constexpr const char* kCappedUser = "sms-1@isp";
const std::set<std::string> kAcmeNumbers{"+3225550101", "+32475550102"};

void ImportCappedLine(const std::string& db, const TempDir& dir) {
  const auto file = dir.path() / "lines.csv";
  std::ofstream(file) << "user_name,enterprise_number,customer_name,employees,site_address,formula,options,"
                         "activation_date\n"
                      << kCappedUser
                      << ",0403.170.701,Acme NV,42,\"Rue de la Loi 16, 1000 Brussels\",internet-essential,,"
                         "2025-01-15\n";
  auto imported = RunBizline({"line", "import", "--db", db, file.string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.out;
}

// Every notification of the demo's customers, as staff read them.
std::vector<nlohmann::json> Outbox(const ServerProcess& server) {
  HttpClient client(server.port());
  const std::string token = client.Login("admin@bizline.example");
  std::vector<nlohmann::json> all;
  for (int customer = 1; customer <= 2; ++customer) {
    auto page = client.Get("/api/v1/notification?customer=" + std::to_string(customer), token);
    if (page.status != 200) continue;
    for (const auto& n : page.Json()) all.push_back(n);
  }
  return all;
}

// The SMS the sink received: the 80 % notice, once to each of Acme's representatives' numbers
// (declared as "+32 2 555 01 01", sent as E.164), the notification id as Idempotency-Key.
void ExpectUsageSms(const std::vector<ReceivedRequest>& requests) {
  std::set<std::string> to;
  for (const ReceivedRequest& r : requests) {
    EXPECT_EQ(r.method, "POST");
    EXPECT_EQ(r.target, "/sms");
    const auto body = r.Json();
    ASSERT_TRUE(body.is_object()) << r.body;
    to.insert(body["to"].get<std::string>());
    EXPECT_EQ(r.Header("idempotency-key"), body["id"].get<std::string>());
    EXPECT_EQ(body["kind"], "usage.80");
    EXPECT_EQ(body["reference"].get<std::string>().rfind("product/", 0), 0u);
    const std::string text = body["text"].get<std::string>();
    EXPECT_NE(text.find(std::string("(") + kCappedUser + ") used 80% of 100 GB included in 2026-03"), std::string::npos)
        << text;
    EXPECT_LE(text.size(), 160u) << text;
  }
  EXPECT_EQ(requests.size(), 2u);
  EXPECT_EQ(to, kAcmeNumbers);
}

// Waits (bounded) until every SMS notification of the outbox is sent; returns the outbox.
std::vector<nlohmann::json> WaitUntilSmsSent(const ServerProcess& server) {
  std::vector<nlohmann::json> outbox;
  for (int i = 0; i < 100; ++i) {
    outbox = Outbox(server);
    bool pending = false;
    for (const auto& n : outbox) pending |= n["channel"] == "sms" && n["status"] != "sent";
    if (!pending) return outbox;
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
  return outbox;
}

TEST(SmsNotice, RadiusAccountingPast80PercentSendsTheNoticeBySmsThroughTheWebhookU12USE011) {
  if (std::system("command -v radclient >/dev/null 2>&1") != 0) GTEST_FAIL() << "radclient (freeradius-utils) missing";
  HttpSink sink;
  TempDir dir;
  const std::string db = dir.SqliteUrl();
  ASSERT_EQ(RunBizline({"migrate", "--db", db}).exit_code, 0);
  ASSERT_EQ(RunBizline({"demo", "--db", db}).exit_code, 0);
  ImportCappedLine(db, dir);
  const std::filesystem::path clients = dir.path() / "clients";
  std::ofstream(clients) << "127.0.0.1 s3cret\n";
  ServerProcess server(
      db, 2,
      {"--radius-listen", "127.0.0.1:0", "--radius-clients", clients.string(), "--sms-webhook", sink.Url("/sms")});
  ASSERT_GT(server.radius_port(), 0);
  const std::filesystem::path packet = dir.path() / "packet.txt";
  std::ofstream(packet) << "Acct-Status-Type = Interim-Update\nAcct-Session-Id = \"sms-1\"\nUser-Name = \""
                        << kCappedUser
                        << "\"\nNAS-Identifier = \"bras-test\"\nAcct-Input-Octets = 0\nAcct-Input-Gigawords = "
                        << kGigawords << "\nAcct-Output-Octets = 0\nEvent-Timestamp = " << kMarch << "\n";
  const std::string radclient = "radclient -q -r 1 -t 2 -f " + packet.string() +
                                " 127.0.0.1:" + std::to_string(server.radius_port()) + " acct s3cret >/dev/null 2>&1";
  ASSERT_EQ(std::system(radclient.c_str()), 0);

  ASSERT_GE(sink.WaitFor(1, std::chrono::seconds(20)), 1u) << "no SMS reached the webhook";
  const auto outbox = WaitUntilSmsSent(server);
  const auto requests = sink.Requests();
  ExpectUsageSms(requests);
  int sms = 0, emails = 0;
  for (const auto& n : outbox) {
    if (n["channel"] == "sms") {
      ++sms;
      EXPECT_EQ(n["status"], "sent") << n.dump();
      EXPECT_EQ(n["recipients"].size(), 1u);
    } else {
      // No --smtp: the e-mail notice waits in the outbox, untouched by the SMS sender.
      EXPECT_EQ(n["status"], "pending") << n.dump();
      EXPECT_EQ(n["attempts"], 0) << n.dump();
      if (n["kind"] == "usage.80") ++emails;
    }
  }
  EXPECT_EQ(emails, 1) << "the e-mail notice is there too";
  EXPECT_EQ(sms, static_cast<int>(requests.size())) << "each SMS is posted once";
}

TEST(SmsNotice, NoticesOfAUsageImportAreSentByTheServerWithTheWebhookU12) {
  HttpSink sink;
  TempDir dir;
  const std::string db = dir.SqliteUrl();
  ASSERT_EQ(RunBizline({"migrate", "--db", db}).exit_code, 0);
  ASSERT_EQ(RunBizline({"demo", "--db", db}).exit_code, 0);
  ImportCappedLine(db, dir);
  std::ostringstream csv;
  csv << "acct_status_type,acct_session_id,user_name,acct_input_octets,acct_output_octets,acct_input_gigawords,"
         "acct_output_gigawords,event_timestamp\n";
  csv << "Interim-Update,S1," << kCappedUser << ",0,0," << kGigawords << ",0," << kMarch << "\n";
  const std::filesystem::path file = dir.path() / "acct.csv";
  std::ofstream(file) << csv.str();
  auto imported = RunBizline({"usage", "import", "--db", db, "--sms-webhook", sink.Url("/sms"), file.string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.out;
  EXPECT_TRUE(sink.Requests().empty()) << "the import enqueues; the server sends";

  ServerProcess server(db, 2, {"--sms-webhook", sink.Url("/sms")});
  ASSERT_GE(sink.WaitFor(1, std::chrono::seconds(20)), 1u) << "no SMS reached the webhook";
  WaitUntilSmsSent(server);
  ExpectUsageSms(sink.Requests());
}

TEST(SmsNotice, AnHttpsOrMalformedWebhookStopsTheServerAtStartUp) {
  TempDir dir;
  const std::string db = dir.SqliteUrl();
  ASSERT_EQ(RunBizline({"migrate", "--db", db}).exit_code, 0);
  for (const char* url : {"https://sms.example/send", "sms.example/send", "http://127.0.0.1:99999/sms"}) {
    auto served = RunBizline({"serve", "--db", db, "--listen", "127.0.0.1:0", "--sms-webhook", url});
    EXPECT_EQ(served.exit_code, 2) << url;
    EXPECT_EQ(served.out.find("listening"), std::string::npos) << url;
  }
}

}  // namespace
}  // namespace bizline::testing
