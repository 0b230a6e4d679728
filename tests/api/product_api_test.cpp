// TMF637 product inventory against the real binary with the demo lines (`bizline demo`
// provisions two lines for Acme and two for Globex): list with filters, paging and fields,
// get, the tenant boundary, and what a line shows (CON-007, CON-008, CFG-034, CAT-059,
// CAT-060, T-09, T-10).
#include "api_fixture.h"

namespace bizline::testing {
namespace {

using ProductApi = ApiTest;

constexpr const char* kProductPath = "/tmf-api/productInventory/v4/product";

nlohmann::json CharacteristicOf(const nlohmann::json& product, const std::string& name) {
  for (const auto& c : product["productCharacteristic"]) {
    if (c["name"] == name) return c["value"];
  }
  return nullptr;
}

nlohmann::json ProductWithFormula(const nlohmann::json& list, const std::string& formula) {
  for (const auto& p : list) {
    if (p["productOffering"]["id"] == formula) return p;
  }
  return nullptr;
}

TEST_F(ProductApi, ARepresentativeListsOnlyItsOwnLines) {
  auto acme = client().Get(kProductPath, AcmeToken());
  ASSERT_EQ(acme.status, 200) << acme.body;
  EXPECT_EQ(acme.headers["x-total-count"], "2");
  std::string acme_id = CustomerIdNamed("Acme NV");
  for (const auto& p : acme.Json()) EXPECT_EQ(p["relatedParty"][0]["id"], acme_id);
  // Asking for Globex's lines by filter still yields only Acme's: none of Globex's.
  std::string globex_id = CustomerIdNamed("Globex BV");
  auto crossed = client().Get(std::string(kProductPath) + "?relatedParty.id=" + globex_id, AcmeToken());
  ASSERT_EQ(crossed.status, 200);
  EXPECT_EQ(crossed.headers["x-total-count"], "0");
}

TEST_F(ProductApi, AGlobexLineIsNotFoundForAcme) {
  std::string globex_id = CustomerIdNamed("Globex BV");
  auto globex = client().Get(std::string(kProductPath) + "?relatedParty.id=" + globex_id, AgentToken()).Json();
  ASSERT_FALSE(globex.empty());
  std::string path = std::string(kProductPath) + "/" + globex[0]["id"].get<std::string>();
  EXPECT_EQ(client().Get(path, AcmeToken()).status, 404);
  EXPECT_EQ(client().Get(path, GlobexToken()).status, 200);
  EXPECT_EQ(client().Get(path, "").status, 401);
}

TEST_F(ProductApi, StaffFilterPageAndSelectFields) {
  const std::string agent = AgentToken();
  auto all = client().Get(kProductPath, agent);
  ASSERT_EQ(all.status, 200);
  EXPECT_EQ(all.headers["x-total-count"], "4");
  auto page = client().Get(std::string(kProductPath) + "?offset=1&limit=1", agent);
  EXPECT_EQ(page.Json().size(), 1u);
  EXPECT_EQ(page.headers["x-total-count"], "4");
  auto fullfiber = client().Get(std::string(kProductPath) + "?productOffering.id=fullfiber", agent);
  EXPECT_EQ(fullfiber.headers["x-total-count"], "1");
  EXPECT_EQ(client().Get(std::string(kProductPath) + "?status=terminated", agent).headers["x-total-count"], "0");
  auto fields = client().Get(std::string(kProductPath) + "?fields=id,status", agent).Json();
  ASSERT_FALSE(fields.empty());
  EXPECT_EQ(fields[0].size(), 2u);
  EXPECT_EQ(fields[0]["status"], "active");
}

TEST_F(ProductApi, BadFiltersNameTheField) {
  const std::string agent = AgentToken();
  auto status = client().Get(std::string(kProductPath) + "?status=sleeping", agent);
  EXPECT_EQ(status.status, 400);
  EXPECT_NE(status.body.find("status"), std::string::npos);
  auto party = client().Get(std::string(kProductPath) + "?relatedParty.id=abc", agent);
  EXPECT_EQ(party.status, 400);
  EXPECT_NE(party.body.find("relatedParty.id"), std::string::npos);
  EXPECT_EQ(client().Get(std::string(kProductPath) + "/abc", agent).status, 404);  // no such id
  EXPECT_EQ(client().Get(std::string(kProductPath) + "/99999", agent).status, 404);
}

TEST_F(ProductApi, ALineShowsWhatItIncludes) {
  auto list = client().Get(kProductPath, AcmeToken()).Json();
  nlohmann::json ffe = ProductWithFormula(list, "fullfiber-extended");
  ASSERT_FALSE(ffe.is_null()) << list.dump();
  auto got = client().Get(std::string(kProductPath) + "/" + ffe["id"].get<std::string>(), AcmeToken());
  ASSERT_EQ(got.status, 200);
  auto p = got.Json();
  EXPECT_EQ(p["@type"], "Product");
  EXPECT_EQ(p["status"], "active");
  // CON-007: the contract starts at activation; CON-008: the ordered initial term runs from it.
  EXPECT_EQ(p["productTerm"][0]["validFor"]["startDateTime"], p["startDate"]);
  EXPECT_EQ(p["productTerm"][0]["duration"]["amount"], 36);
  EXPECT_EQ(CharacteristicOf(p, "cpeType"), "router");            // CAT-041
  EXPECT_EQ(CharacteristicOf(p, "managedFirewall"), "included");  // CAT-019
  EXPECT_EQ(CharacteristicOf(p, "mobileBackup"), "included");     // CAT-020 (ordered)
  EXPECT_EQ(CharacteristicOf(p, "slaTier"), "premium");
  EXPECT_EQ(CharacteristicOf(p, "downloadSpeedMbps"), 350);                      // T-07
  EXPECT_EQ(CharacteristicOf(p, "reservedPorts"), nlohmann::json::array({23}));  // CFG-034
  for (const auto& port : CharacteristicOf(p, "openPorts")) EXPECT_NE(port["port"], 23);
  EXPECT_EQ(CharacteristicOf(p, "ipv4Addressing"), "fixed");  // T-09
  std::string prefix = CharacteristicOf(p, "ipv6Prefix");
  EXPECT_EQ(prefix.substr(prefix.size() - 3), "/56");  // CAT-048
  std::string routed = CharacteristicOf(p, "ipPackIpv6Prefix");
  EXPECT_EQ(routed.substr(routed.size() - 3), "/57");  // CAT-059
  std::string gateway = CharacteristicOf(p, "ipPackIpv6Gateway");
  EXPECT_EQ(gateway.substr(gateway.size() - 7), "::10/64");  // CAT-060
  std::string block = CharacteristicOf(p, "ipPackIpv4Block");
  EXPECT_EQ(block.substr(block.size() - 3), "/29");  // an 8-address IP Pack (CAT-057)

  nlohmann::json pro = ProductWithFormula(list, "internet-pro");
  ASSERT_FALSE(pro.is_null());
  EXPECT_EQ(CharacteristicOf(pro, "mailboxCount"), 10);  // T-10, CAT-067
  EXPECT_EQ(CharacteristicOf(pro, "mailboxSizeGb"), 50);
  EXPECT_EQ(CharacteristicOf(pro, "wifi"), "off");
  EXPECT_EQ(CharacteristicOf(pro, "ipv6Addressing"), "dynamic");  // CAT-053
  EXPECT_EQ(pro["productTerm"][0]["duration"]["amount"], 10);     // CON-008 default
}

}  // namespace
}  // namespace bizline::testing

namespace bizline::testing {
namespace {

TEST_F(ProductApi, ALineShowsItsServiceWindowAndRadiusUserName_U05) {
  const auto lines = client().Get("/tmf-api/productInventory/v4/product?status=active", AgentToken()).Json();
  ASSERT_TRUE(lines.is_array() && !lines.empty());
  int windows = 0;
  for (const auto& line : lines) {
    std::map<std::string, nlohmann::json> c;
    for (const auto& ch : line["productCharacteristic"]) c[ch["name"].get<std::string>()] = ch["value"];
    EXPECT_TRUE(c.count("radiusUserName")) << line["id"];  // issue 11: every line carries one
    if (!c.count("serviceWindow")) continue;
    ++windows;
    // U-05, T-15: the window of the line's formula x tier, as catalog/sla.yaml states it.
    EXPECT_NE(c["serviceWindow"].get<std::string>().find(":00"), std::string::npos) << c["serviceWindow"];
    if (c["slaTier"] == "premium") {
      EXPECT_NE(c["serviceWindow"].get<std::string>().find("22:00"), std::string::npos) << c["serviceWindow"];
    }
  }
  EXPECT_GE(windows, 1);
}

}  // namespace
}  // namespace bizline::testing
