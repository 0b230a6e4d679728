// Escalation over HTTP against the real binary: the native /api/v1/troubleTicket/{id}/escalation
// endpoints, their refusals with ESC rule IDs, the tenant boundary, and the general-outage link.
// Level 1 and level 5 depend on Business Hours and are covered with a fake clock in tests/app.
#include "api/api_fixture.h"

namespace bizline::testing {
namespace {

constexpr const char* kTickets = "/tmf-api/troubleTicket/v4/troubleTicket";

class EscalationApi : public ApiTest {
 protected:
  std::string Path(const std::string& number) { return "/api/v1/troubleTicket/" + number + "/escalation"; }

  std::string FirstRepresentativeOf(const std::string& customer) {
    auto reps = client().Get("/api/v1/customer/" + customer + "/representative", AgentToken()).Json();
    return reps.at(0).at("id").get<std::string>();
  }

  // A P1 incident registered by the service desk on the phone (DESK-023).
  std::string NewIncident(const std::string& customer_name, const std::string& priority) {
    std::string customer = CustomerIdNamed(customer_name);
    nlohmann::json body{
        {"description", "No internet"},
        {"severity", "critical"},
        {"ticketType", "incident"},
        {"priority", priority},
        {"channel", {{"id", "phone"}}},
        {"relatedEntity",
         {{{"id", FirstLineOf(customer_name == "Acme NV" ? AcmeToken() : GlobexToken())},
           {"role", "affectedProduct"}}}},  // DESK-028
        {"relatedParty",
         {{{"id", customer}, {"role", "customer"}}, {{"id", FirstRepresentativeOf(customer)}, {"role", "reporter"}}}}};
    auto created = client().Post(kTickets, body, AgentToken());
    EXPECT_EQ(created.status, 201) << created.body;
    return created.Json().value("id", "");
  }

  nlohmann::json Call(int from, int to, const std::string& customer_name) {
    return {{"fromLevel", from},
            {"level", to},
            {"channel", "phone"},
            {"requester", {{"id", FirstRepresentativeOf(CustomerIdNamed(customer_name))}}},
            {"requesterContact", {{"email", "ann.direct@acme.example"}, {"phone", "+32 475 55 01 01"}}},
            {"language", "fr"}};
  }

  std::string ManagerToken() {
    static bool created = false;
    if (!created) {
      nlohmann::json user{{"email", "cem@bizline.example"},
                          {"name", "Cem Manager"},
                          {"password", "secret"},
                          {"role", "escalation-manager"}};
      auto r = client().Post("/api/v1/user", user, AdminToken());
      EXPECT_TRUE(r.status == 201 || r.status == 409) << r.body;
      created = true;
    }
    return client().Login("cem@bizline.example", "secret");
  }
};

TEST_F(EscalationApi, TheDeskEscalatesACallToLevel2AndTheRepresentativeSeesIt_ESC_008_ESC_014_ESC_017) {
  std::string number = NewIncident("Acme NV", "P1");
  auto initial = client().Get(Path(number), AcmeToken());
  ASSERT_EQ(initial.status, 200) << initial.body;
  EXPECT_EQ(initial.Json()["level"], 0);
  EXPECT_EQ(initial.Json()["operatorContact"]["role"], "ICT Service Desk");  // ESC-015

  auto step = client().Post(Path(number), Call(0, 2, "Acme NV"), AgentToken());
  ASSERT_EQ(step.status, 201) << step.body;
  auto body = step.Json();
  EXPECT_EQ(body["level"], 2);
  EXPECT_EQ(body["operatorContact"]["role"], "Customer Escalation Managers (CEM)");
  EXPECT_EQ(body["operatorContact"]["phone"], "0800 33 200");                             // ESC-014, French
  EXPECT_EQ(body["history"][0]["requesterContact"]["email"], "ann.direct@acme.example");  // ESC-022

  auto seen = client().Get(Path(number), AcmeToken()).Json();
  EXPECT_EQ(seen["level"], 2);
  EXPECT_EQ(seen["history"].size(), 1u);
}

TEST_F(EscalationApi, RefusalsNameTheirEscRule) {
  std::string p1 = NewIncident("Acme NV", "P1");
  // ESC-008: the portal does not start an escalation.
  nlohmann::json portal{{"fromLevel", 0}, {"level", 2}, {"requesterContact", {{"email", "rep@acme.example"}}}};
  auto r = client().Post(Path(p1), portal, AcmeToken());
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(r.Json()["rule"], "ESC-008");
  // ESC-003: P3 does not escalate.
  std::string p3 = NewIncident("Acme NV", "P3");
  r = client().Post(Path(p3), Call(0, 2, "Acme NV"), AgentToken());
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(r.Json()["rule"], "ESC-003");
  // ESC-021: level 5 only from level 4.
  r = client().Post(Path(p1), Call(0, 5, "Acme NV"), AgentToken());
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(r.Json()["rule"], "ESC-021");
  // ESC-014: levels are 0 to 5.
  r = client().Post(Path(p1), Call(0, 9, "Acme NV"), AgentToken());
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.Json()["rule"], "ESC-014");
  // ESC-022: the contact details are exchanged.
  auto no_contact = Call(0, 2, "Acme NV");
  no_contact.erase("requesterContact");
  r = client().Post(Path(p1), no_contact, AgentToken());
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.Json()["rule"], "ESC-022");
  // ESC-012: an agent does not take it above level 2; an escalation manager does.
  ASSERT_EQ(client().Post(Path(p1), Call(0, 2, "Acme NV"), AgentToken()).status, 201);
  r = client().Post(Path(p1), Call(2, 3, "Acme NV"), AgentToken());
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(r.Json()["rule"], "ESC-012");
  r = client().Post(Path(p1), Call(2, 3, "Acme NV"), ManagerToken());
  EXPECT_EQ(r.status, 201) << r.body;
  // ESC-009: a stale fromLevel.
  r = client().Post(Path(p1), Call(2, 3, "Acme NV"), ManagerToken());
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(r.Json()["rule"], "ESC-009");
  // Unknown members are refused, naming the member.
  auto extra = Call(3, 4, "Acme NV");
  extra["urgent"] = true;
  EXPECT_EQ(client().Post(Path(p1), extra, ManagerToken()).status, 400);
}

TEST_F(EscalationApi, AnotherCustomersTicketIsNotFound) {
  std::string globex = NewIncident("Globex BV", "P1");
  EXPECT_EQ(client().Get(Path(globex), AcmeToken()).status, 404);
  nlohmann::json ask{{"fromLevel", 2}, {"level", 3}, {"requesterContact", {{"email", "rep@acme.example"}}}};
  EXPECT_EQ(client().Post(Path(globex), ask, AcmeToken()).status, 404);
}

TEST_F(EscalationApi, AGeneralOutageIsEscalatedToLevel2ByItself_ESC_013_U_29) {
  nlohmann::json outage{{"description", "Fibre cut"},
                        {"severity", "critical"},
                        {"ticketType", "incident"},
                        {"priority", "P1"},
                        {"channel", {{"id", "phone"}}}};
  auto parent = client().Post(kTickets, outage, AgentToken());
  ASSERT_EQ(parent.status, 201) << parent.body;
  std::string parent_id = parent.Json()["id"];
  std::string acme = NewIncident("Acme NV", "P1");
  std::string globex = NewIncident("Globex BV", "P2");
  auto link = [&](const std::string& child) {
    return client().Post("/api/v1/troubleTicket/" + child + "/outage", {{"parentTicket", parent_id}}, AgentToken());
  };
  auto first = link(acme);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.Json()["level"], 0);
  auto second = link(globex);
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(second.Json()["generalOutage"], true);
  EXPECT_EQ(second.Json()["level"], 2);
  EXPECT_EQ(second.Json()["history"][0]["trigger"], "generalOutage");
  // Only staff link tickets to an outage.
  EXPECT_EQ(
      client().Post("/api/v1/troubleTicket/" + acme + "/outage", {{"parentTicket", parent_id}}, AcmeToken()).status,
      403);
}

}  // namespace
}  // namespace bizline::testing
