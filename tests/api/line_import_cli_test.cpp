// `bizline line import FILE.csv` against the real binary (issue 11 item 3): the lines appear in
// the inventory with their RADIUS User-Name, a second run changes nothing, and a file with one
// bad row imports nothing and exits 2.
#include <gtest/gtest.h>

#include <fstream>

#include "support/http_client.h"
#include "support/server_process.h"

namespace bizline::testing {
namespace {

constexpr const char* kHeader =
    "user_name,enterprise_number,customer_name,employees,site_address,formula,options,activation_date\n";

TEST(LineImportCli, ImportsOnceAndShowsTheLinesWithTheirUserNames) {
  TempDir dir;
  const std::string db = dir.SqliteUrl();
  ASSERT_EQ(RunBizline({"migrate", "--db", db}).exit_code, 0);
  const auto file = dir.path() / "lines.csv";
  std::ofstream(file) << kHeader
                      << "acme-1@isp,0403.170.701,Acme Bakeries,25,\"Rue de la Loi 16, 1000 Brussel\","
                         "internet-essential,,2025-01-15\n"  // stop-sell: an existing line may have it (CAT-005)
                      << "beta-1@isp,0202239951,\"Beta, Fils & Co\",40,\"Meir 1, 2000 Antwerpen\",internet-pro-plus,"
                         "\"fixed-ipv4;ip-pack(ipv4BlockSize=8)\",2024-06-30\r\n";
  auto first = RunBizline({"line", "import", "--db", db, file.string()});
  ASSERT_EQ(first.exit_code, 0) << first.out;
  EXPECT_NE(first.out.find("lines=2 imported=2 already_present=0 customers_created=2 sites_created=2"),
            std::string::npos)
      << first.out;
  auto second = RunBizline({"line", "import", "--db", db, file.string()});
  EXPECT_NE(second.out.find("imported=0 already_present=2 customers_created=0"), std::string::npos) << second.out;

  const auto bad = dir.path() / "bad.csv";
  std::ofstream(bad) << kHeader
                     << "gamma-1@isp,0403.170.701,Acme Bakeries,25,\"Rue de la Loi 16, 1000 Brussel\","
                        "internet-pro,,2025-01-15\n"
                     << "gamma-2@isp,0403.170.701,Acme Bakeries,5,\"Rue de la Loi 16, 1000 Brussel\","
                        "internet-pro,,2025-01-15\n";  // CON-004: five employees
  EXPECT_EQ(RunBizline({"line", "import", "--db", db, bad.string()}).exit_code, 2);
  const auto wrong_header = dir.path() / "header.csv";
  std::ofstream(wrong_header) << "user,number\n";
  EXPECT_EQ(RunBizline({"line", "import", "--db", db, wrong_header.string()}).exit_code, 2);

  // The import reused the staff's usual views: TMF637 shows each line's radiusUserName, and the
  // rows of the bad file are not there.
  ASSERT_EQ(RunBizline({"user", "add", "--db", db, "--email", "ops@bizline.example", "--name", "Ops", "--password",
                        "correct horse battery", "--role", "admin"})
                .exit_code,
            0);
  ServerProcess server(db);
  HttpClient client(server.port());
  const std::string token = client.Login("ops@bizline.example", "correct horse battery");
  auto products = client.Get("/tmf-api/productInventory/v4/product", token);
  ASSERT_EQ(products.status, 200) << products.body;
  std::set<std::string> users;
  for (const auto& p : products.Json()) {
    for (const auto& c : p["productCharacteristic"]) {
      if (c["name"] == "radiusUserName") users.insert(c["value"].get<std::string>());
    }
  }
  EXPECT_EQ(users, (std::set<std::string>{"acme-1@isp", "beta-1@isp"}));
  auto customers = client.Get("/tmf-api/customerManagement/v4/customer", token);
  EXPECT_EQ(customers.Json().size(), 2u) << customers.body;
}

}  // namespace
}  // namespace bizline::testing
