// TMF622 product orders against the real binary: create, 400 with every violation and nothing
// stored, get/list with filters, paging and fields, the tenant boundary, staff-only state
// changes through the implementation phase, and the same verdict as `bizline order check`.
#include "order_api_fixture.h"

namespace bizline::testing {
namespace {

TEST_F(OrderApiTest, ARepresentativePlacesReadsAndListsItsOrders) {
  const std::string token = AcmeToken();
  json body = ProPlus();
  body["externalId"] = "ACME-PO-1";
  auto created = client().Post(kOrders, body, token);
  ASSERT_EQ(created.status, 201) << created.body;
  json order = created.Json();
  EXPECT_EQ(order["state"], "acknowledged");  // ORD-003
  EXPECT_EQ(order["milestone"], "acknowledged");
  EXPECT_EQ(order["relatedParty"][0]["id"], acme_);
  EXPECT_EQ(order["productOrderItem"][0]["productOffering"]["id"], "internet-pro-plus");
  EXPECT_EQ(order["productOrderItem"][0]["productOrderItem"][0]["productOffering"]["id"], "ip-pack");
  EXPECT_EQ(created.headers["location"], kOrders + "/" + order["id"].get<std::string>());

  auto read = client().Get(kOrders + "/" + order["id"].get<std::string>() + "?fields=id,state,externalId", token);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.Json(), json({{"id", order["id"]}, {"state", "acknowledged"}, {"externalId", "ACME-PO-1"}}));

  auto listed = client().Get(kOrders + "?externalId=ACME-PO-1&state=acknowledged&limit=1", token);
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(listed.headers["x-total-count"], "1");
  EXPECT_EQ(listed.headers["x-result-count"], "1");
  EXPECT_EQ(client().Get(kOrders + "?state=shipped", token).status, 400);
  // Globex's representative neither sees nor counts Acme's order.
  auto globex = client().Get(kOrders + "?externalId=ACME-PO-1", GlobexToken());
  EXPECT_EQ(globex.headers["x-total-count"], "0");
  EXPECT_EQ(client().Get(kOrders + "/" + order["id"].get<std::string>(), GlobexToken()).status, 404);
}

TEST_F(OrderApiTest, AnIneligibleOrderGets400WithEveryViolationAndNothingIsStored) {
  const std::string token = AdminToken();
  const std::string before = client().Get(kOrders, token).headers["x-total-count"];
  json body = TmfBody({{"formula", "internet-essential"},
                       {"characteristics", {{"wifi", "maybe"}}},
                       {"options", {{{"id", "ip-pack"}, {"ipv4BlockSize", 7}}}}},
                      acme_, acme_site_);
  body["productOrderItem"][0]["product"]["productCharacteristic"].erase(1);  // drop compatibleLine
  auto refused = client().Post(kOrders, body, token);
  ASSERT_EQ(refused.status, 400) << refused.body;
  std::set<std::pair<std::string, std::string>> found;
  const json refusal = refused.Json();
  for (const json& v : refusal["violations"])
    found.emplace(v["rule"].get<std::string>(), v["field"].get<std::string>());
  std::set<std::pair<std::string, std::string>> expected{{"ORD-002", "characteristics.wifi"},
                                                         {"CAT-005", "formula"},
                                                         {"CAT-056", "options[0].id"},
                                                         {"CAT-057", "options[0].ipv4BlockSize"},
                                                         {"ORD-022", "characteristics.compatibleLine"}};
  EXPECT_EQ(found, expected) << refused.body;
  EXPECT_EQ(client().Get(kOrders, token).headers["x-total-count"], before);

  auto malformed = client().Post(kOrders, {{"productOrderItem", "internet-pro"}}, token);
  EXPECT_EQ(malformed.status, 400);
  EXPECT_EQ(malformed.Json()["field"], "productOrderItem");
  EXPECT_EQ(client().Post(kOrders, {{"bogus", 1}}, token).status, 400);
}

TEST_F(OrderApiTest, StaffMoveTheOrderThroughTheImplementationPhase) {
  auto created = client().Post(kOrders, ProPlus(), AcmeToken());
  ASSERT_EQ(created.status, 201);
  const std::string path = kOrders + "/" + created.Json()["id"].get<std::string>();
  const json appointment{
      {"state", "inProgress"}, {"milestone", "appointmentSet"}, {"appointmentDate", "2030-06-04T09:00:00+02:00"}};
  EXPECT_EQ(client().Patch(path, appointment, AcmeToken()).status, 403);  // staff only
  EXPECT_EQ(client().Patch(path, appointment, AgentToken()).status, 403);
  auto wrong = client().Patch(path, {{"state", "inProgress"}, {"milestone", "installed"}}, AdminToken());
  EXPECT_EQ(wrong.status, 422);
  EXPECT_EQ(wrong.Json()["rule"], "ORD-003");
  auto evening = appointment;
  evening["appointmentDate"] = "2030-06-04T19:00:00+02:00";
  auto refused = client().Patch(path, evening, AdminToken());
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.Json()["rule"], "ORD-006");
  EXPECT_EQ(client().Patch(path, {{"state", "inProgress"}}, AdminToken()).status, 400);  // milestone needed
  auto no_contact = client().Patch(path, appointment, AdminToken());
  EXPECT_EQ(no_contact.status, 400);
  EXPECT_EQ(no_contact.Json()["rule"], "ORD-009");
  EXPECT_EQ(no_contact.Json()["field"], "relatedParty.implementationContact");

  // The Client names its contact and confirms Annex 1; an approved out-of-hours quote (ORD-007)
  // lets the appointment be in a few seconds, whatever the time the test runs at.
  PrepareForAnyTimeAppointment(path);
  auto confirmed = client().Patch(path, AppointmentIn(std::chrono::seconds(2)), AdminToken());
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_EQ(confirmed.Json()["milestone"], "appointmentSet");
  EXPECT_TRUE(confirmed.Json().contains("installationAppointment"));
  EXPECT_TRUE(confirmed.Json().contains("expectedCompletionDate"));  // ORD-005, ORD-022
  auto installed = InstallWhenDue(path);
  ASSERT_EQ(installed.status, 200) << installed.body;
  for (const char* step : {"activated", "tested"}) {
    auto moved = client().Patch(path, {{"state", "inProgress"}, {"milestone", step}}, AdminToken());
    ASSERT_EQ(moved.status, 200) << step << " " << moved.body;
  }
  auto done = client().Patch(path, {{"state", "completed"}}, AdminToken());
  ASSERT_EQ(done.status, 200);
  json order = done.Json();
  EXPECT_EQ(order["state"], "completed");
  EXPECT_TRUE(order.contains("activationDate"));                        // U-11
  EXPECT_TRUE(order["productOrderItem"][0]["product"].contains("id"));  // the provisioned line
  EXPECT_EQ(order["milestoneHistory"].size(), 6u);
  EXPECT_EQ(order["orderTotalPrice"][0]["price"]["dutyFreeAmount"]["valueCents"], 30000);  // ORD-007 quote
  auto cancel = client().Patch(path, {{"state", "cancelled"}, {"reason", "late"}}, AdminToken());
  EXPECT_EQ(cancel.status, 422);
}

TEST_F(OrderApiTest, ORD_042_ORD_044_ARushRequestIsAnsweredThroughPatch) {
  json body = TmfBody({{"formula", "temporary-internet-pro-plus"},
                       {"characteristics", {{"wifi", "on"}}},
                       {"options", {{{"id", "rush-provisioning"}, {"requestedReadyForService", "2030-06-03"}}}}},
                      acme_, acme_site_);
  auto created = client().Post(kOrders, body, AcmeToken());
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.Json()["rushProvisioning"]["feasibility"], "pending");
  EXPECT_EQ(created.Json()["requestedCompletionDate"], "2030-06-03");
  const std::string path = kOrders + "/" + created.Json()["id"].get<std::string>();
  auto no_reason = client().Patch(path, {{"rushFeasibility", {{"decision", "refused"}}}}, AdminToken());
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_EQ(no_reason.Json()["rule"], "ORD-043");
  auto refused = client().Patch(
      path, {{"rushFeasibility", {{"decision", "refused"}, {"refusalReason", "productionCapacity"}}}}, AdminToken());
  ASSERT_EQ(refused.status, 200) << refused.body;
  json rush = refused.Json()["rushProvisioning"];
  EXPECT_EQ(rush["feasibility"], "refused");
  EXPECT_EQ(rush["fee"]["decision"], "notChargedRefused");  // ORD-044
  EXPECT_EQ(rush["fee"]["chargedCents"], 0);
  EXPECT_GT(rush["fee"]["amountCents"].get<int>(), 0);  // the price-list amount, integer cents
}

// Order Forms as `bizline order check --batch` reads them; the customer is Acme (42 employees).
const char* const kVerdictTable[] = {
    R"({"formula":"internet-pro-plus","characteristics":{"wifi":"on"},"options":[{"id":"ip-pack","ipv4BlockSize":8}]})",
    R"({"formula":"internet-essential","characteristics":{"wifi":"on"}})",
    R"({"formula":"internet-ultra","characteristics":{"wifi":"off"}})",
    R"({"formula":"internet-pro-plus","characteristics":{"wifi":"on"},"options":[{"id":"ip-pack","ipv4BlockSize":7}]})",
    R"({"formula":"internet-pro-plus","options":[{"id":"router-upgrade"}]})",
    R"({"formula":"fullfiber-extended","characteristics":{"wifi":"on"},"options":[{"id":"fiber-up"},{"id":"fiber-fast"}]})",
    R"({"formula":"fullfiber-extended","characteristics":{"wifi":"off"},"options":[{"id":"rush-provisioning","requestedReadyForService":"2030-06-03"}]})",
    R"({"formula":"temporary-fullfiber-extended","characteristics":{"wifi":"off"},"options":[{"id":"rush-provisioning","requestedReadyForService":"2030-06-03"}]})",
    R"({"formula":"temporary-fullfiber-extended","characteristics":{"wifi":"off"},"options":[{"id":"rush-provisioning","requestedReadyForService":"soon"}]})",
    R"({"formula":"internet-pro-plus","characteristics":{"wifi":"maybe","initialTermMonths":"ten"}})",
    R"({"formula":"business-internet-copper","characteristics":{"wifi":"on"}})",
    R"({"formula":"fullfiber","characteristics":{"wifi":"on","technology":"copper"},"options":[{"id":"router-upgrade"}]})",
    R"({"formula":"internet-pro-plus-essential","characteristics":{"wifi":"on","initialTermMonths":0}})",
    R"({"formula":"internet-pro","characteristics":{"wifi":"on"},"options":[{"id":"sla-premium"},{"id":"sla-medium"},{"id":"fixed-ipv4"},{"id":"fixed-ipv4"}]})",
    R"({"formula":42,"characteristics":{"wifi":"on"},"options":[{"id":"no-such-option"}]})",
    R"({"characteristics":{"wifi":"on"}})",
};

TEST_F(OrderApiTest, TheApiAndTheCliGiveTheSameVerdictOnTheSameOrders) {
  std::string batch;
  for (const char* line : kVerdictTable) {
    json form = json::parse(line);
    form["customer"] = {{"employees", 42}};  // Acme NV's size, which the API reads from its record
    batch += form.dump() + "\n";
  }
  auto cli = RunBizline({"order", "check", "--batch"}, batch);
  std::istringstream lines(cli.out);
  const std::string token = AdminToken();
  int valid = 0, invalid = 0;
  for (const char* line : kVerdictTable) {
    std::string verdict_line;
    ASSERT_TRUE(std::getline(lines, verdict_line)) << "the CLI answered fewer lines than it was given";
    json verdict = json::parse(verdict_line);
    auto api = client().Post(kOrders, TmfBody(json::parse(line), acme_, acme_site_), token);
    SCOPED_TRACE(std::string(line) + "\n CLI: " + verdict_line + "\n API: " + api.body);
    if (verdict["valid"] == true) {
      EXPECT_EQ(api.status, 201);
      ++valid;
      continue;
    }
    ASSERT_EQ(api.status, 400);
    EXPECT_EQ(api.Json()["violations"], verdict["violations"]);  // same rules, fields, messages, order
    ++invalid;
  }
  EXPECT_EQ(valid, 2);
  EXPECT_EQ(invalid, static_cast<int>(std::size(kVerdictTable)) - 2);
}

}  // namespace
}  // namespace bizline::testing
