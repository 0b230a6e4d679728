// The rest of the TMF622 implementation phase against the real binary: implementation contacts
// at creation and on PATCH (ORD-008, ORD-009), the Annex 1 checklist in the order's JSON and as
// the gate of installation (SITE-001 to SITE-008), works and their quotes with the additional
// charges (ORD-025, ORD-029 to ORD-032), late orders (ORD-034), indoor antennas and the removal
// of mobile backup (CAT-088, CAT-089); bad input names the field and the rule and stores nothing;
// another customer's representative gets 404.
#include "order_api_fixture.h"

namespace bizline::testing {
namespace {

class OrderImplementationApiTest : public OrderApiTest {
 protected:
  json Create(json body, const std::string& token) {
    auto created = client().Post(kOrders, body, token);
    EXPECT_EQ(created.status, 201) << created.body;
    return created.Json();
  }
  static std::string PathOf(const json& order) { return kOrders + "/" + order["id"].get<std::string>(); }

  json WithoutCompatibleLine() {
    json body = ProPlus();
    for (json& c : body["productOrderItem"][0]["product"]["productCharacteristic"]) {
      if (c["name"] == "compatibleLine") c["value"] = false;
    }
    return body;
  }
};

TEST_F(OrderImplementationApiTest, ORD_008_ORD_009_ContactsComeWithTheOrderOrLaterAndAreChecked) {
  json body = ProPlus();
  body["relatedParty"].push_back(Contact());
  json order = Create(body, AcmeToken());
  ASSERT_EQ(order["relatedParty"].size(), 2u);
  EXPECT_EQ(order["relatedParty"][1]["role"], "implementationContact");
  EXPECT_EQ(order["relatedParty"][1]["phone"], "+32 2 123 45 67");

  const std::string before = client().Get(kOrders, AdminToken()).headers["x-total-count"];
  json bad = ProPlus();
  bad["relatedParty"].push_back({{"role", "implementationContact"}, {"name", "Bob"}});  // no phone
  auto refused = client().Post(kOrders, bad, AcmeToken());
  ASSERT_EQ(refused.status, 400) << refused.body;
  EXPECT_EQ(refused.Json()["violations"][0]["rule"], "ORD-009");
  EXPECT_EQ(refused.Json()["violations"][0]["field"], "relatedParty[1].phone");
  EXPECT_EQ(client().Get(kOrders, AdminToken()).headers["x-total-count"], before);  // nothing stored

  const std::string path = PathOf(order);
  json more{{"relatedParty", {{{"role", "implementationContact"}, {"name", "Carl"}, {"phone", "+32 475 12 34 56"}}}}};
  EXPECT_EQ(client().Patch(path, more, GlobexToken()).status, 404);  // tenant boundary
  auto added = client().Patch(path, more, AcmeToken());
  ASSERT_EQ(added.status, 200) << added.body;
  EXPECT_EQ(added.Json()["relatedParty"].size(), 3u);
  auto customer_role = client().Patch(path, {{"relatedParty", {{{"role", "customer"}, {"id", "1"}}}}}, AcmeToken());
  EXPECT_EQ(customer_role.status, 400);
  EXPECT_EQ(customer_role.Json()["field"], "relatedParty[0].role");
}

TEST_F(OrderImplementationApiTest, SITE_001_TO_SITE_008_TheChecklistIsShownConfirmedAndGatesInstallation) {
  json order = Create(ProPlus(), AcmeToken());
  json readiness = order["siteReadiness"];
  EXPECT_EQ(readiness["ready"], false);
  EXPECT_EQ(readiness["missing"].size(), 8u);
  ASSERT_EQ(readiness["items"].size(), 8u);
  EXPECT_EQ(readiness["items"][5]["item"], "telephoneLinePoint");
  EXPECT_EQ(readiness["items"][5]["rule"], "SITE-006");
  EXPECT_EQ(readiness["items"][5]["applicable"], true);  // internet-pro-plus is copper

  json fiber =
      Create(TmfBody({{"formula", "fullfiber-extended"}, {"characteristics", {{"wifi", "on"}}}}, acme_, acme_site_),
             AcmeToken());
  EXPECT_EQ(fiber["siteReadiness"]["items"][5]["applicable"], false);  // copper only
  EXPECT_EQ(fiber["siteReadiness"]["missing"].size(), 7u);

  const std::string path = PathOf(order);
  auto bad = client().Patch(path, {{"siteReadiness", {{"confirmed", {"powerSockets", "ups"}}}}}, AcmeToken());
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.Json()["field"], "siteReadiness.confirmed[1]");
  EXPECT_EQ(client().Get(path, AcmeToken()).Json()["siteReadiness"]["missing"].size(), 8u);  // nothing stored
  EXPECT_EQ(client().Patch(path, {{"siteReadiness", {{"confirmed", {"SITE-001"}}}}}, GlobexToken()).status, 404);

  json most = {"SITE-001",     "lanConnectionPoint", "lanIpAddress",
               "powerSockets", "systemBackedUp",     "softwareCompatible"};
  PrepareForAnyTimeAppointment(path, most);
  ASSERT_EQ(client().Patch(path, AppointmentIn(std::chrono::seconds(2)), AdminToken()).status, 200);
  auto refused = InstallWhenDue(path);
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.Json()["rule"], "SITE-002,SITE-006");
  EXPECT_EQ(refused.Json()["field"], "siteReadiness");
  EXPECT_NE(refused.Json()["message"].get<std::string>().find("cat5eCabling (SITE-002)"), std::string::npos);
  ASSERT_EQ(
      client().Patch(path, {{"siteReadiness", {{"confirmed", {"cat5eCabling", "SITE-006"}}}}}, AcmeToken()).status,
      200);
  auto installed = InstallWhenDue(path);
  ASSERT_EQ(installed.status, 200) << installed.body;
  EXPECT_EQ(installed.Json()["siteReadiness"]["ready"], true);
}

TEST_F(OrderImplementationApiTest, ORD_030_ORD_032_PublicDomainWorksAreQuotedAndChargedOnceApproved) {
  json order = Create(WithoutCompatibleLine(), AcmeToken());
  const std::string path = PathOf(order);
  ASSERT_EQ(client().Patch(path, {{"state", "inProgress"}, {"milestone", "siteSurvey"}}, AdminToken()).status, 200);
  ASSERT_EQ(
      client()
          .Patch(path, {{"state", "inProgress"}, {"milestone", "rfdIssued"}, {"targetActivationDate", "2030-06-03"}},
                 AdminToken())
          .status,
      200);
  const json works{{"infrastructureWorks",
                    {{"location", "publicDomain"},
                     {"performer", "proximus"},
                     {"description", "a trench under the street needs a municipal permit"},
                     {"quote", {{"amountCents", 240000}, {"targetActivationDate", "2030-09-16"}}}}}};
  EXPECT_EQ(client().Patch(path, works, AcmeToken()).status, 403);  // staff record works
  json by_client = works;
  by_client["infrastructureWorks"]["performer"] = "client";
  by_client["infrastructureWorks"].erase("quote");
  auto refused = client().Patch(path, by_client, AdminToken());
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.Json()["rule"], "ORD-030");
  EXPECT_TRUE(client().Get(path, AdminToken()).Json()["infrastructureWorks"].empty());

  auto recorded = client().Patch(path, works, AdminToken());
  ASSERT_EQ(recorded.status, 200) << recorded.body;
  json quote = recorded.Json()["quote"][0];
  EXPECT_EQ(quote["kind"], "publicDomainWorks");
  EXPECT_EQ(quote["status"], "sent");
  EXPECT_EQ(recorded.Json()["infrastructureWorks"][0]["quoteId"], quote["id"]);
  EXPECT_TRUE(recorded.Json()["additionalCharges"].empty());

  json contact{{"relatedParty", {Contact()}}};
  ASSERT_EQ(client().Patch(path, contact, AcmeToken()).status, 200);
  json appointment{
      {"state", "inProgress"}, {"milestone", "appointmentSet"}, {"appointmentDate", "2030-09-10T09:00:00+02:00"}};
  auto waiting = client().Patch(path, appointment, AdminToken());
  EXPECT_EQ(waiting.status, 422);
  EXPECT_EQ(waiting.Json()["rule"], "ORD-032");

  json answer{{"quoteAnswer", {{"id", quote["id"]}, {"decision", "approved"}}}};
  EXPECT_EQ(client().Patch(path, answer, GlobexToken()).status, 404);
  auto approved = client().Patch(path, answer, AcmeToken());
  ASSERT_EQ(approved.status, 200) << approved.body;
  EXPECT_EQ(approved.Json()["expectedCompletionDate"], "2030-09-16");  // the new lead time
  json charge = approved.Json()["additionalCharges"][0];
  EXPECT_EQ(charge["kind"], "publicDomainWorks");
  EXPECT_EQ(charge["rule"], "ORD-032");
  EXPECT_EQ(charge["amountCents"], 240000);
  EXPECT_EQ(approved.Json()["orderTotalPrice"][0]["price"]["dutyFreeAmount"]["valueCents"], 240000);
  EXPECT_EQ(client().Patch(path, answer, AcmeToken()).status, 422);  // answered once
  EXPECT_EQ(client().Patch(path, appointment, AdminToken()).status, 200);

  // ORD-004: a new appointment lies in the future; it moves the target past the works' date.
  auto past = client().Patch(path, {{"appointmentDate", "2020-01-06T09:00:00+01:00"}}, AdminToken());
  EXPECT_EQ(past.status, 400);
  EXPECT_EQ(past.Json()["rule"], "ORD-004");
  auto moved = client().Patch(path, {{"appointmentDate", "2030-09-24T10:00:00+02:00"}}, AdminToken());
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.Json()["installationAppointment"], "2030-09-24T10:00:00+02:00");
  EXPECT_EQ(moved.Json()["expectedCompletionDate"], "2030-09-24");
}

TEST_F(OrderImplementationApiTest, ORD_034_LateOrdersAreListedAndOnlyALateOrderIsRescheduled) {
  json order = Create(ProPlus(), AcmeToken());
  auto late = client().Get(kOrders + "?late=true", AdminToken());
  ASSERT_EQ(late.status, 200);
  for (const json& o : late.Json()) EXPECT_NE(o["id"], order["id"]);  // its target date is ahead
  EXPECT_EQ(client().Get(kOrders + "?late=maybe", AdminToken()).status, 400);
  json reschedule{{"lateActivation", {{"newPlannedDate", "2030-07-15"}, {"reason", "permit delayed"}}}};
  EXPECT_EQ(client().Patch(PathOf(order), reschedule, AcmeToken()).status, 403);  // staff give the new date
  auto not_late = client().Patch(PathOf(order), reschedule, AdminToken());
  EXPECT_EQ(not_late.status, 422);
  EXPECT_EQ(not_late.Json()["rule"], "ORD-034");
  auto no_date = client().Patch(PathOf(order), {{"lateActivation", {{"reason", "x"}}}}, AdminToken());
  EXPECT_EQ(no_date.status, 400);
  EXPECT_EQ(no_date.Json()["field"], "lateActivation.newPlannedDate");
}

TEST_F(OrderImplementationApiTest, CAT_088_CAT_089_AntennasAreChargedAndWithoutCoverageMobileBackupIsRemoved) {
  json body = TmfBody({{"formula", "internet-pro-plus"},
                       {"characteristics", {{"wifi", "on"}}},
                       {"options", {{{"id", "mobile-backup"}, {"feasibilityStudy", "positive"}}}}},
                      acme_, acme_site_);
  json order = Create(body, AcmeToken());
  const std::string path = PathOf(order);
  json not_assured{{"mobileBackup", {{"indoorCoverage", "notAssured"}, {"antennasInstalled", 2}}}};
  EXPECT_EQ(client().Patch(path, not_assured, AcmeToken()).status, 403);
  auto bad = client().Patch(path, {{"mobileBackup", {{"antennasInstalled", 0}}}}, AdminToken());
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.Json()["rule"], "CAT-088");
  auto antennas = client().Patch(path, not_assured, AdminToken());
  ASSERT_EQ(antennas.status, 200) << antennas.body;
  EXPECT_EQ(antennas.Json()["mobileBackup"]["antennasInstalled"], 2);
  json charge = antennas.Json()["additionalCharges"][0];
  EXPECT_EQ(charge["kind"], "indoorAntennas");
  EXPECT_EQ(charge["amountCents"], 2 * 15000);  // catalog/prices.yaml: indoor-antenna
  auto removed = client().Patch(path, {{"mobileBackup", {{"indoorCoverage", "notCovered"}}}}, AdminToken());
  ASSERT_EQ(removed.status, 200) << removed.body;
  EXPECT_EQ(removed.Json()["mobileBackup"]["optionRemoved"], true);
  EXPECT_TRUE(removed.Json()["productOrderItem"][0]["productOrderItem"].empty());  // no option left
  EXPECT_EQ(removed.Json()["additionalCharges"][0]["amountCents"], 30000);         // no compensation
}

}  // namespace
}  // namespace bizline::testing
