// `bizline usage import` and `bizline usage report` against the real binary (issue 11 item 4):
// records metered per Brussels month, a retransmit counted once, bad rows reported by number and
// skipped, unmatched users kept out of the line report, levels 0/80/100 against the catalog caps.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/http_client.h"
#include "support/server_process.h"

namespace bizline::testing {
namespace {

struct DemoLine {
  std::string user_name;
  std::string formula;
  std::string id;
};

// The demo's active lines as the inventory shows them (TMF637 characteristic radiusUserName).
std::vector<DemoLine> DemoLines(const std::string& db) {
  ServerProcess server(db);
  HttpClient client(server.port());
  auto lines = client.Get("/tmf-api/productInventory/v4/product?status=active", client.Login("admin@bizline.example"));
  std::vector<DemoLine> out;
  for (const auto& line : lines.Json()) {
    DemoLine d{"", line["productOffering"]["id"].get<std::string>(), line["id"].get<std::string>()};
    for (const auto& c : line["productCharacteristic"]) {
      if (c["name"] == "radiusUserName") d.user_name = c["value"].get<std::string>();
    }
    out.push_back(d);
  }
  return out;
}

TEST(UsageCli, ImportMetersPerBrusselsMonthAndReportsEveryLineAgainstItsCap) {
  TempDir dir;
  const std::string db = dir.SqliteUrl();
  ASSERT_EQ(RunBizline({"migrate", "--db", db}).exit_code, 0);
  ASSERT_EQ(RunBizline({"demo", "--db", db}).exit_code, 0);
  auto lines = DemoLines(db);
  ASSERT_GE(lines.size(), 2u);
  for (const auto& line : lines) ASSERT_FALSE(line.user_name.empty()) << "every line carries its RADIUS User-Name";
  const std::string a = lines[0].user_name, b = lines[1].user_name;

  const std::int64_t march_end = 1'774'994'400;  // 2026-04-01T00:00:00+02:00
  std::ostringstream csv;
  csv << "acct_status_type,acct_session_id,user_name,acct_input_octets,acct_output_octets,acct_input_gigawords,"
         "acct_output_gigawords,event_timestamp\n";
  csv << "Start,S1," << a << ",0,0,0,0," << march_end - 7200 << "\n";
  csv << "Interim-Update,S1," << a << ",100,200,1,0," << march_end - 60 << "\n";  // 2^32 + 300 in March
  csv << "Interim-Update,S1," << a << ",100,200,1,0," << march_end - 60 << "\n";  // retransmit
  csv << "Stop,S1," << a << ",1100,200,1,0," << march_end + 60 << "\n";           // 1000 more, in April
  csv << "Start,S2," << b << ",0,0,0,0," << march_end - 9000 << "\n";
  csv << "Stop,S2," << b << ",0,0,600,0," << march_end - 100 << "\n";            // 600 × 2^32 ≈ 2.58 TB in March
  csv << "Interim-Update,S3,ghost@nowhere,5,5,0,0," << march_end - 100 << "\n";  // no line carries it
  csv << "Interim-Update,S4,caf\xff,5,5,0,0," << march_end - 100 << "\n";        // row 9: not UTF-8
  csv << "Interim-Update,S5," << a << ",5,x,0,0," << march_end - 100 << "\n";    // row 10: not a number
  const std::filesystem::path file = dir.path() / "acct.csv";
  std::ofstream(file) << csv.str();

  auto imported = RunBizline({"usage", "import", "--db", db, file.string()});
  EXPECT_EQ(imported.exit_code, 2) << "bad rows make the exit code say so";
  EXPECT_NE(imported.out.find("counted=6 duplicates=1 stale=0 bad=2"), std::string::npos) << imported.out;

  auto march = RunBizline({"usage", "report", "--db", db, "--month", "2026-03"});
  ASSERT_EQ(march.exit_code, 0);
  std::istringstream rows(march.out);
  std::string header, row;
  std::getline(rows, header);
  EXPECT_EQ(header, "user_name,month,volume_bytes,cap_bytes,level");
  std::map<std::string, std::string> by_user;
  while (std::getline(rows, row)) by_user[row.substr(0, row.find(','))] = row;
  EXPECT_EQ(by_user.count("ghost@nowhere"), 0u) << "unmatched users are not lines";
  ASSERT_EQ(by_user.count(a), 1u) << march.out;
  EXPECT_EQ(by_user[a].rfind(a + ",2026-03,4294967596,", 0), 0u) << by_user[a];  // 2^32 + 300
  ASSERT_EQ(by_user.count(b), 1u) << march.out;
  // The cap and level follow the line's formula in the catalog (USE-003, USE-005, USE-007; U-12).
  const std::string formula = lines[1].formula;
  std::string expected = b + ",2026-03,2576980377600,";
  if (formula == "internet-essential") {
    expected += "100000000000,100";
  } else if (formula == "internet-maxi" || formula == "internet-maxi-fullfiber" ||
             formula.rfind("business-internet", 0) == 0) {
    expected += "3000000000000,80";
  } else {
    expected += ",0";
  }
  EXPECT_EQ(by_user[b], expected) << formula;

  auto april = RunBizline({"usage", "report", "--db", db, "--month", "2026-04"});
  EXPECT_NE(april.out.find(a + ",2026-04,1000,"), std::string::npos) << april.out;
  EXPECT_EQ(RunBizline({"usage", "report", "--db", db, "--month", "2026-13"}).exit_code, 2);

  // The same volume through the API, with its days (USE-012); a representative sees its own lines.
  ServerProcess server(db);
  HttpClient client(server.port());
  const std::string path = "/api/v1/line/" + lines[0].id + "/usage?month=2026-03";
  auto staff = client.Get(path, client.Login("agent@bizline.example"));
  ASSERT_EQ(staff.status, 200) << staff.body;
  auto usage = staff.Json();
  EXPECT_EQ(usage["volumeBytes"], 4294967596u);
  EXPECT_EQ(usage["radiusUserName"], a);
  ASSERT_EQ(usage["days"].size(), 1u);
  EXPECT_EQ(usage["days"][0]["day"], "2026-03-31");
  const int acme = client.Get(path, client.Login("rep@acme.example")).status;
  const int globex = client.Get(path, client.Login("rep@globex.example")).status;
  EXPECT_EQ(acme + globex, 200 + 404) << "exactly one representative's customer owns the line";
  EXPECT_EQ(
      client.Get("/api/v1/line/" + lines[0].id + "/usage?month=2026-3", client.Login("agent@bizline.example")).status,
      400);

  // TMF635: the same day as a Usage; the other customer's representative sees none of it.
  const std::string agent = client.Login("agent@bizline.example");
  const std::string list = "/tmf-api/usageManagement/v4/usage?product.id=" + lines[0].id +
                           "&usageDate.gte=2026-03-01&usageDate.lt=2026-04-01";
  auto tmf = client.Get(list, agent);
  ASSERT_EQ(tmf.status, 200) << tmf.body;
  const auto records = tmf.Json();
  ASSERT_EQ(records.size(), 1u) << tmf.body;
  EXPECT_EQ(records[0]["id"], lines[0].id + "-20260331");
  EXPECT_EQ(records[0]["usageCharacteristic"][0]["value"], 4294967596u);
  EXPECT_EQ(records[0]["usageSpecification"]["id"], "data-volume");
  const std::string one = "/tmf-api/usageManagement/v4/usage/" + lines[0].id + "-20260331";
  EXPECT_EQ(client.Get(one, agent).status, 200);
  const std::string outsider = client.Login(acme == 404 ? "rep@acme.example" : "rep@globex.example");
  EXPECT_EQ(client.Get(list, outsider).Json().size(), 0u);
  EXPECT_EQ(client.Get(one, outsider).status, 404);
  EXPECT_EQ(client.Get("/tmf-api/usageManagement/v4/usage?colour=red", agent).status, 400);
  EXPECT_EQ(client.Get("/tmf-api/usageManagement/v4/usageSpecification/data-volume", agent).status, 200);
}

}  // namespace
}  // namespace bizline::testing

namespace bizline::testing {
namespace {

TEST(UsageCli, TheSessionSilenceIsConfigurableWithinSaneBounds) {
  TempDir dir;
  // Below a minute would close sessions between two interim updates; the serve command refuses it.
  auto refused = RunBizline({"serve", "--db", dir.SqliteUrl(), "--listen", "127.0.0.1:0", "--session-silence", "10"});
  EXPECT_NE(refused.exit_code, 0);
  ServerProcess server({}, 2, {"--session-silence", "3600"});
  EXPECT_GT(server.port(), 0);
}

}  // namespace
}  // namespace bizline::testing
