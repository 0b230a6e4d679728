// TMF621 trouble tickets against the real binary: registration rules answered with their rule IDs,
// the lifecycle over PATCH, `?fields=`, filters and paging headers, attachments.
#include "api_fixture.h"

namespace bizline::testing {
namespace {

using TicketApi = ApiTest;

constexpr const char* kTickets = "/tmf-api/troubleTicket/v4/troubleTicket";

nlohmann::json Incident(const std::string& priority) {
  return {{"description", "No synchronisation since 08:10"},
          {"severity", "Major"},
          {"ticketType", "incident"},
          {"priority", priority},
          {"relatedEntity", {{{"id", "line-1042"}, {"role", "affectedProduct"}, {"@referredType", "Product"}}}},
          {"characteristic", {{{"name", "slaFormula"}, {"value", "internet-pro"}}}}};
}

std::string Characteristic(const nlohmann::json& ticket, const std::string& name) {
  for (const auto& c : ticket["characteristic"]) {
    if (c["name"] == name) return c["value"].is_string() ? c["value"].get<std::string>() : c["value"].dump();
  }
  return {};
}

TEST_F(TicketApi, ARepresentativeOpensAndTheDeskWorksTheTicketDESK046SLA006) {
  auto created = client().Post(kTickets, Incident("P3"), AcmeToken());
  ASSERT_EQ(created.status, 201) << created.body;
  auto t = created.Json();
  std::string id = t["id"];
  EXPECT_EQ(id.rfind("BZ-", 0), 0u);  // DESK-014
  EXPECT_EQ(created.headers["location"], std::string(kTickets) + "/" + id);
  EXPECT_EQ(t["status"], "acknowledged");
  EXPECT_EQ(t["channel"]["id"], "portal");            // DESK-046
  EXPECT_TRUE(t.contains("expectedResolutionDate"));  // SLA-029 (Internet Pro P3: 3 BD)
  EXPECT_EQ(Characteristic(t, "serviceEventClass"), "incident");
  EXPECT_EQ(Characteristic(t, "acknowledgedWithinObjective"), "true");  // DESK-026

  std::string agent = AgentToken();
  auto pending = client().Patch(std::string(kTickets) + "/" + id,
                                {{"status", "pending"}, {"statusChangeReason", "customer"}}, agent);
  ASSERT_EQ(pending.status, 200) << pending.body;
  EXPECT_EQ(pending.Json()["stopClock"].size(), 1u);  // SLA-006
  auto refused = client().Patch(std::string(kTickets) + "/" + id, {{"status", "closed"}}, agent);
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(refused.Json()["rule"], "DESK-016");
  auto resumed = client().Patch(std::string(kTickets) + "/" + id, {{"status", "inProgress"}}, agent);
  ASSERT_EQ(resumed.status, 200) << resumed.body;

  auto selected = client().Get(std::string(kTickets) + "/" + id + "?fields=status,stopClock", AcmeToken()).Json();
  EXPECT_EQ(selected.size(), 2u);
  EXPECT_EQ(selected["status"], "inProgress");
  EXPECT_TRUE(selected["stopClock"][0].contains("endDateTime"));
  EXPECT_EQ(client().Get(std::string(kTickets) + "/" + id, GlobexToken()).status, 404);
}

TEST_F(TicketApi, P1RegistrationRulesAnswerWithTheirRuleIdsDESK047DESK012) {
  auto portal_p1 = client().Post(kTickets, Incident("P1"), AcmeToken());
  ASSERT_EQ(portal_p1.status, 400);
  EXPECT_EQ(portal_p1.Json()["rule"], "DESK-047");

  std::string agent = AgentToken();
  std::string acme = CustomerIdNamed("Acme NV");
  auto body = Incident("P1");
  body["channel"] = {{"id", "phone"}};
  body["relatedParty"] = {{{"id", acme}, {"role", "customer"}, {"@referredType", "Customer"}}};
  auto anonymous = client().Post(kTickets, body, agent);
  ASSERT_EQ(anonymous.status, 400);
  EXPECT_EQ(anonymous.Json()["rule"], "DESK-012");

  auto reps = client().Get("/api/v1/customer/" + acme + "/representative", agent).Json();
  ASSERT_TRUE(reps.is_array() && !reps.empty());
  body["relatedParty"].push_back({{"id", reps[0]["id"]}, {"role", "reporter"}, {"@referredType", "Individual"}});
  auto phoned = client().Post(kTickets, body, agent);
  ASSERT_EQ(phoned.status, 201) << phoned.body;
  EXPECT_EQ(phoned.Json()["priority"], "P1");
  body["channel"] = {{"id", "email"}};
  EXPECT_EQ(client().Post(kTickets, body, agent).Json()["rule"], "DESK-023");
}

TEST_F(TicketApi, FiltersPagingAndBadInput) {
  std::string agent = AgentToken();
  for (const char* type : {"device", "connectivity", "connectivity"}) {
    auto b = Incident("P4");
    b["ticketType"] = type;
    ASSERT_EQ(client().Post(kTickets, b, agent).status, 201);
  }
  auto page = client().Get(std::string(kTickets) + "?ticketType=connectivity&limit=1", agent);
  ASSERT_EQ(page.status, 200);
  EXPECT_EQ(page.headers["x-total-count"], "2");
  EXPECT_EQ(page.headers["x-result-count"], "1");
  EXPECT_EQ(Characteristic(page.Json()[0], "serviceEventClass"), "serviceRequest");  // DESK-036

  EXPECT_EQ(client().Get(std::string(kTickets) + "?colour=blue", agent).status, 400);
  EXPECT_EQ(client().Get(std::string(kTickets) + "/46846846846", agent).status, 404);
  auto bad_note = Incident("P4");
  bad_note["note"] = {{"author", "someone"}};
  auto refused = client().Post(kTickets, bad_note, agent);
  EXPECT_EQ(refused.status, 400);
  auto no_type = Incident("P4");
  no_type.erase("ticketType");
  EXPECT_EQ(client().Post(kTickets, no_type, agent).Json()["field"], "ticketType");
  std::string id = client().Post(kTickets, Incident("P4"), agent).Json()["id"];
  auto owned =
      client().Patch(std::string(kTickets) + "/" + id, {{"expectedResolutionDate", "2030-01-01T00:00:00Z"}}, agent);
  EXPECT_EQ(owned.status, 400);
  EXPECT_EQ(owned.Json()["field"], "expectedResolutionDate");
}

TEST_F(TicketApi, AttachmentsUploadAndDownload) {
  std::string acme = AcmeToken();
  std::string id = client().Post(kTickets, Incident("P3"), acme).Json()["id"];
  std::string path = std::string(kTickets) + "/" + id + "/attachment";
  std::string log = "2026-11-26 08:10:03 wan0 link down\n";
  auto uploaded =
      client().Request("POST", path + "?name=router.log", log,
                       {{"Authorization", "Bearer " + acme}, {"Content-Type", "text/plain; charset=utf-8"}});
  ASSERT_EQ(uploaded.status, 201) << uploaded.body;
  std::string href = uploaded.Json()["href"];
  auto downloaded = client().Get(href, acme);
  ASSERT_EQ(downloaded.status, 200);
  EXPECT_EQ(downloaded.body, log);
  EXPECT_EQ(downloaded.headers["content-type"], "text/plain");
  EXPECT_EQ(client().Get(href, GlobexToken()).status, 404);
  auto exe = client().Request("POST", path + "?name=x.exe", "MZ",
                              {{"Authorization", "Bearer " + acme}, {"Content-Type", "application/x-msdownload"}});
  EXPECT_EQ(exe.status, 400);
  // Over the route's limit (4 MiB of file): refused from the announced length, before the body.
  std::string oversize = "POST " + path + "?name=big.txt HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + acme +
                         "\r\nContent-Type: text/plain\r\nContent-Length: 5000000\r\n\r\n";
  EXPECT_EQ(client().Raw(oversize).rfind("HTTP/1.1 413", 0), 0u);
  EXPECT_EQ(client().Get(std::string(kTickets) + "/" + id, acme).Json()["attachment"].size(), 1u);
}

}  // namespace
}  // namespace bizline::testing
