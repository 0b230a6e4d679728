// TMF620 product catalog over HTTP: lists with filters, paging headers and ?fields=, single
// resources, 404 for unknown ids, and a server that refuses to start on a broken catalog file,
// naming the file, line and column.
#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "api_fixture.h"
#include "support/temp_dir.h"

namespace bizline::testing {
namespace {

using CatalogApi = ApiTest;

const std::string kCatalog = "/tmf-api/productCatalogManagement/v4";

TEST_F(CatalogApi, OfferingsListWithFiltersPagingAndFields) {
  const std::string token = AcmeToken();
  auto all = client().Get(kCatalog + "/productOffering", token);
  ASSERT_EQ(all.status, 200) << all.body;
  const auto total = std::stoi(all.headers["x-total-count"]);
  EXPECT_GT(total, 30);  // 18 formulas and the orderable options

  auto bundles = client().Get(kCatalog + "/productOffering?isBundle=true&fields=id,isBundle", token);
  ASSERT_EQ(bundles.status, 200);
  EXPECT_EQ(bundles.headers["x-total-count"], "18");  // one bundle per formula of T-01
  for (const auto& offering : bundles.Json()) {
    EXPECT_EQ(offering["isBundle"], true);
    EXPECT_EQ(offering.size(), 2u);  // ?fields= keeps exactly the listed members
  }

  // CAT-005 / U-19: the stop-sell formula and its like-for-like are Retired.
  auto retired = client().Get(kCatalog + "/productOffering?lifecycleStatus=Retired&fields=id", token);
  ASSERT_EQ(retired.status, 200);
  bool essential = false;
  for (const auto& offering : retired.Json()) essential = essential || offering["id"] == "internet-essential";
  EXPECT_TRUE(essential) << retired.body;

  auto page = client().Get(kCatalog + "/productOffering?offset=2&limit=3", token);
  EXPECT_EQ(page.headers["x-total-count"], std::to_string(total));
  EXPECT_EQ(page.headers["x-result-count"], "3");
  EXPECT_EQ(page.Json()[0]["id"], all.Json()[2]["id"]);
  EXPECT_EQ(client().Get(kCatalog + "/productOffering?limit=0", token).status, 400);
}

TEST_F(CatalogApi, SingleResourcesAndUnknownIds) {
  const std::string token = AgentToken();
  auto offering = client().Get(kCatalog + "/productOffering/temporary-fullfiber-extended", token);
  ASSERT_EQ(offering.status, 200);
  EXPECT_EQ(offering.Json()["id"], "temporary-fullfiber-extended");
  auto spec = client().Get(kCatalog + "/productSpecification/internet-pro-plus?fields=id,name", token);
  ASSERT_EQ(spec.status, 200);
  EXPECT_EQ(spec.Json().size(), 2u);
  auto price = client().Get(kCatalog + "/productOfferingPrice/rush-provisioning-fee", token);
  ASSERT_EQ(price.status, 200);
  EXPECT_EQ(price.Json()["priceType"], "oneTime");  // T-20 #16
  EXPECT_EQ(client().Get(kCatalog + "/productOfferingPrice", token).status, 200);
  EXPECT_EQ(client().Get(kCatalog + "/productOffering/no-such-formula", token).status, 404);
  EXPECT_EQ(client().Get(kCatalog + "/productSpecification/no-such-spec", token).status, 404);
  EXPECT_EQ(client().Get(kCatalog + "/productOfferingPrice/no-such-price", token).status, 404);
  EXPECT_EQ(client().Get(kCatalog + "/productOffering").status, 401);
}

// Runs the binary with its stderr sent to a file, and returns what it wrote there.
std::string StderrOf(const std::vector<std::string>& args, int& exit_code, const std::filesystem::path& file) {
  int saved = dup(STDERR_FILENO);
  int fd = open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  dup2(fd, STDERR_FILENO);
  close(fd);
  exit_code = RunBizline(args).exit_code;
  dup2(saved, STDERR_FILENO);
  close(saved);
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(CatalogStartup, TheServerRefusesABrokenCatalogWithFileLineAndColumn) {
  TempDir dir;
  auto source = std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "catalog";
  auto broken = dir.path() / "catalog";
  std::filesystem::create_directories(broken);
  for (const auto& entry : std::filesystem::directory_iterator(source)) {
    std::filesystem::copy_file(entry.path(), broken / entry.path().filename());
  }
  std::ifstream in(broken / "offer.yaml");
  std::stringstream text;
  text << in.rdbuf();
  std::string offer = text.str();
  auto at = offer.find("kind: functional");
  ASSERT_NE(at, std::string::npos);
  offer.replace(at, 16, "kind: functionl");
  std::ofstream(broken / "offer.yaml") << offer;

  int exit_code = 0;
  std::string err =
      StderrOf({"--catalog", broken.string(), "serve", "--db", dir.SqliteUrl(), "--listen", "127.0.0.1:0"}, exit_code,
               dir.path() / "stderr.txt");
  EXPECT_NE(exit_code, 0);
  EXPECT_NE(err.find("offer.yaml:"), std::string::npos) << err;
  EXPECT_NE(err.find("functionl"), std::string::npos) << err;
}

}  // namespace
}  // namespace bizline::testing
