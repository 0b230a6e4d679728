// The staff operations on an active line against the real binary with the demo lines: the
// line record in TMF637 JSON (ORD-013, ORD-014, ORD-017, ORD-021, CAT-045, CAT-049, CAT-081),
// firewall change requests (CAT-072, CAT-075, CAT-076), an added option and its RIPE-488
// request resolved by the desk (ORD-041, IP-008, IP-009), renumbering (IP-006), termination
// (CAT-045), roles and the tenant boundary. Demo lines: Acme has a FullFiber Extended line with an
// IP Pack and mobile backup and an Internet Pro line; Globex an Internet Pro+ and a FullFiber.
#include "api_fixture.h"

namespace bizline::testing {
namespace {

using ProductOpsApi = ApiTest;

const std::string kProducts = "/tmf-api/productInventory/v4/product";
const std::string kRipe = "/api/v1/ripeRequest";

nlohmann::json CharacteristicOf(const nlohmann::json& product, const std::string& name) {
  for (const auto& c : product["productCharacteristic"]) {
    if (c["name"] == name) return c["value"];
  }
  return nullptr;
}

class LineOps : public ProductOpsApi {
 protected:
  // The demo line of `formula`, as staff see it.
  nlohmann::json Line(const std::string& formula) const {
    auto list = client().Get(kProducts + "?productOffering.id=" + formula, AdminToken()).Json();
    return list.is_array() && !list.empty() ? list[0] : nlohmann::json();
  }
  std::string LinePath(const std::string& formula) const {
    return kProducts + "/" + Line(formula)["id"].get<std::string>();
  }
};

TEST_F(LineOps, TheLineRecordShowsInTheProduct_ORD013_ORD014_ORD021_CAT045_CAT049_CAT081) {
  auto ffe = client().Get(LinePath("fullfiber-extended"), AcmeToken());
  ASSERT_EQ(ffe.status, 200) << ffe.body;
  auto p = ffe.Json();
  EXPECT_EQ(CharacteristicOf(p, "activationDate"), p["startDate"]);  // ORD-021, CON-007
  EXPECT_EQ(CharacteristicOf(p, "routerSuppliedBy"), "proximus");
  EXPECT_EQ(CharacteristicOf(p, "ipv4AddressLoadedInto"), "proximus-router-internet-side");  // ORD-014, CAT-049
  EXPECT_EQ(CharacteristicOf(p, "fixedIpv4OnMobileBackup"), true);                           // CAT-081
  EXPECT_EQ(CharacteristicOf(p, "firstConfigurationBackup"), p["startDate"]);                // ORD-013, CFG-014
  EXPECT_EQ(CharacteristicOf(p, "cpeCustody"), "on-loan");                                   // CAT-045
  ASSERT_EQ(p["realizingResource"].size(), 1u);
  EXPECT_EQ(p["realizingResource"][0]["id"], CharacteristicOf(p, "cpeSerialNumber"));
  // Internet Pro has no configuration backup and a dynamic address here: neither is claimed.
  auto pro = client().Get(LinePath("internet-pro"), AcmeToken()).Json();
  EXPECT_TRUE(CharacteristicOf(pro, "firstConfigurationBackup").is_null());
}

TEST_F(LineOps, FirewallChangeRequestsOnTheFirewallLineOnly_CAT072_CAT075_CAT076) {
  const std::string ffe = LinePath("fullfiber-extended");
  auto created = client().Post(ffe + "/firewallChangeRequest",
                               {{"description", "Open TCP 8443 to 10.0.0.5"}, {"channel", "email"}}, AcmeToken());
  ASSERT_EQ(created.status, 201) << created.body;
  auto r = created.Json();
  EXPECT_EQ(r["channelAddress"], "ict-servicedesk@proximus.com");  // CAT-075
  EXPECT_EQ(r["charge"], "chargeable");                            // CAT-076: the demo line was activated 200 days ago
  EXPECT_EQ(r["priceItem"], "managed-firewall-change");            // CAT-076: T-20 #19 of catalog/prices.yaml
  EXPECT_GT(r["amount"]["valueCents"].get<int>(), 0);
  auto listed = client().Get(ffe + "/firewallChangeRequest", AcmeToken());
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(listed.Json().size(), 1u);
  EXPECT_EQ(client().Get(ffe + "/firewallChangeRequest", GlobexToken()).status, 404);
  EXPECT_EQ(
      client().Post(ffe + "/firewallChangeRequest", {{"description", "x"}, {"channel", "email"}}, GlobexToken()).status,
      404);

  auto none = client().Post(LinePath("internet-pro") + "/firewallChangeRequest",
                            {{"description", "Open TCP 8443"}, {"channel", "email"}}, AcmeToken());
  EXPECT_EQ(none.status, 422);
  EXPECT_EQ(none.Json()["rule"], "CAT-072");
  auto fax = client().Post(ffe + "/firewallChangeRequest", {{"description", "x"}, {"channel", "fax"}}, AcmeToken());
  EXPECT_EQ(fax.status, 400);
  EXPECT_EQ(fax.Json()["field"], "channel");
  EXPECT_EQ(fax.Json()["rule"], "CAT-075");
  auto missing = client().Post(ffe + "/firewallChangeRequest", {{"channel", "email"}}, AcmeToken());
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(missing.Json()["field"], "description");
  EXPECT_EQ(client().Get(ffe + "/firewallChangeRequest", AcmeToken()).Json().size(), 1u);  // nothing added
}

TEST_F(LineOps, AnOptionAfterActivationAndItsRipeRequest_ORD041_IP008_IP009) {
  const std::string line = LinePath("internet-pro-plus");  // Globex
  const std::string admin = AdminToken();
  auto rush = client().Post(line + "/option",
                            {{"option", {{"id", "ip-pack"}, {"characteristics", {{"ipv4BlockSize", 8}}}}},
                             {"requestedReadyForService", "2027-03-01"}},
                            admin);
  EXPECT_EQ(rush.status, 400);
  EXPECT_EQ(rush.Json()["rule"], "ORD-041");
  EXPECT_EQ(client().Post(line + "/option", {{"option", {{"id", "rush-provisioning"}}}}, admin).Json()["rule"],
            "ORD-041");
  EXPECT_EQ(client().Post(line + "/option", {{"option", {{"id", "ip-pack"}}}}, AgentToken()).status, 403);
  EXPECT_EQ(client().Post(line + "/option", {{"option", {{"id", "ip-pack"}}}}, AcmeToken()).status, 404);

  auto added = client().Post(line + "/option",
                             {{"option", {{"id", "ip-pack"}, {"characteristics", {{"ipv4BlockSize", 64}}}}}}, admin);
  ASSERT_EQ(added.status, 200) << added.body;
  EXPECT_EQ(CharacteristicOf(added.Json(), "ripe488PendingBlockSize"), 64);  // IP-008

  auto pending = client().Get(kRipe + "?status=pending", GlobexToken());
  ASSERT_EQ(pending.status, 200);
  ASSERT_EQ(pending.Json().size(), 1u);
  auto request = pending.Json()[0];
  EXPECT_EQ(request["forms"]["url"], "https://www.ripe.net");  // IP-009
  EXPECT_EQ(request["forms"]["instructions"], "RIPE-489");
  const std::string path = kRipe + "/" + request["id"].get<std::string>();
  EXPECT_EQ(client().Get(path, AcmeToken()).status, 404);
  EXPECT_EQ(client().Get(kRipe, AcmeToken()).Json().size(), 0u);
  EXPECT_EQ(client().Patch(path, {{"status", "approved"}}, GlobexToken()).status, 403);
  auto bad = client().Patch(path, {{"status", "maybe"}}, admin);
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.Json()["field"], "status");

  auto approved = client().Patch(path, {{"status", "approved"}}, admin);
  ASSERT_EQ(approved.status, 200) << approved.body;
  const std::string block = approved.Json()["allocatedBlock"];
  EXPECT_EQ(block.substr(block.find('/')), "/26");
  auto after = client().Get(line, GlobexToken()).Json();
  EXPECT_EQ(CharacteristicOf(after, "ipPackIpv4Block"), block);
  EXPECT_TRUE(CharacteristicOf(after, "ripe488PendingBlockSize").is_null());
  EXPECT_EQ(client().Patch(path, {{"status", "rejected"}, {"rejectionReason", "late"}}, admin).status, 422);

  // IP-006: the desk renumbers the fixed address; the pack is untouched.
  auto renumbered = client().Post(line + "/renumbering", {{"targets", {"fixedIpv4"}}}, admin);
  ASSERT_EQ(renumbered.status, 200) << renumbered.body;
  EXPECT_NE(CharacteristicOf(renumbered.Json(), "ipv4Address"), CharacteristicOf(after, "ipv4Address"));
  EXPECT_EQ(CharacteristicOf(renumbered.Json(), "ipPackIpv4Block"), block);
  auto wrong = client().Post(line + "/renumbering", {{"targets", {"ipv6"}}}, admin);
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(wrong.Json()["field"], "targets[0]");
}

TEST_F(LineOps, TerminationByTheDeskOnce_CAT045) {
  const std::string line = LinePath("fullfiber");  // Globex
  EXPECT_EQ(client().Patch(line, {{"status", "terminated"}}, AgentToken()).status, 403);
  EXPECT_EQ(client().Patch(line, {{"status", "terminated"}}, GlobexToken()).status, 403);
  EXPECT_EQ(client().Patch(line, {{"status", "terminated"}}, AcmeToken()).status, 404);
  auto bad = client().Patch(line, {{"status", "suspended"}}, AdminToken());
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.Json()["field"], "status");
  auto unknown = client().Patch(line, {{"status", "terminated"}, {"name", "x"}}, AdminToken());
  EXPECT_EQ(unknown.status, 400);
  auto future =
      client().Patch(line, {{"status", "terminated"}, {"terminationDate", "2099-01-01T00:00:00Z"}}, AdminToken());
  EXPECT_EQ(future.status, 400);
  EXPECT_EQ(future.Json()["field"], "terminationDate");

  auto done = client().Patch(line, {{"status", "terminated"}}, AdminToken());
  ASSERT_EQ(done.status, 200) << done.body;
  auto p = done.Json();
  EXPECT_EQ(p["status"], "terminated");
  EXPECT_TRUE(p.contains("terminationDate"));
  EXPECT_EQ(CharacteristicOf(p, "cpeCustody"), "to-be-returned");  // CAT-045
  EXPECT_FALSE(CharacteristicOf(p, "cpeReturnDue").is_null());
  EXPECT_EQ(p["realizingResource"][0]["custody"], "to-be-returned");
  auto twice = client().Patch(line, {{"status", "terminated"}}, AdminToken());
  EXPECT_EQ(twice.status, 422);
  EXPECT_NE(twice.Json()["message"].get<std::string>().find("already terminated"), std::string::npos);
}

}  // namespace
}  // namespace bizline::testing
