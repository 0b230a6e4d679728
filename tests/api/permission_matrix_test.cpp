// The permission table (src/app/access/permissions.h) performed for real: one user per role is
// created through POST /api/v1/user, and for EVERY row of the table and EVERY role one
// representative request is sent to the real server. The answer is 403 exactly when the table
// denies the role. Representatives act on their own customer's resources (Acme's), so a tenant
// 404 never hides a permission answer. Every request builds what it needs (a fresh ticket, order,
// line or RIPE-488 request) with the demo admin or Acme's representative, so the order of the
// loop does not matter. A row without a request here fails EveryOperationHasARequest.
// Issue 8 §3: only the service desk prioritises, classifies, moves and registers tickets
// (DESK-025, DESK-027); /metrics is for staff.
#include <date/date.h>

#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "app/core/permissions.h"
#include "order_api_fixture.h"

namespace bizline::testing {
namespace {

const std::string kTickets = "/tmf-api/troubleTicket/v4/troubleTicket";
const std::string kProducts = "/tmf-api/productInventory/v4/product";
const std::string kRipe = "/api/v1/ripeRequest";
const std::string kClaims = "/api/v1/serviceCreditClaim";

using Send = std::function<HttpResult(const std::string& token)>;

class PermissionMatrix : public ApiTest {
 protected:
  static void SetUpTestSuite() {
    ApiTest::SetUpTestSuite();
    HttpClient http(server_->port());
    const std::string admin = http.Login("admin@bizline.example");
    const std::string acme = CustomerIdOf(http, admin, "Acme%20NV");
    for (Role role : kAllRoles) {
      const std::string name(ToString(role));
      json user{{"email", "perm-" + name + "@bizline.example"},
                {"name", "Matrix " + name},
                {"password", "matrix"},
                {"role", name}};
      if (role == Role::kCustomerRep) user["customerId"] = std::stoll(acme);
      auto created = http.Post("/api/v1/user", user, admin);
      ASSERT_EQ(created.status, 201) << created.body;
      tokens_[role] = http.Login(user["email"].get<std::string>(), "matrix");
      ASSERT_FALSE(tokens_[role].empty()) << name;
    }
  }

  static std::string CustomerIdOf(const HttpClient& http, const std::string& token, const std::string& name) {
    auto found = http.Get(std::string(kCustomerPath) + "?name=" + name, token).Json();
    return found.is_array() && !found.empty() ? found[0]["id"].get<std::string>() : std::string();
  }

  void SetUp() override {
    admin_ = AdminToken();
    rep_ = AcmeToken();
    acme_ = CustomerIdNamed("Acme NV");
    ASSERT_FALSE(acme_.empty());
    acme_site_ = client().Get("/api/v1/customer/" + acme_ + "/site", admin_).Json()[0]["id"];
    acme_reporter_ = client().Get("/api/v1/customer/" + acme_ + "/representative", admin_).Json()[0]["id"];
    auto ffe = client().Get(kProducts + "?productOffering.id=fullfiber-extended&relatedParty.id=" + acme_, admin_);
    ASSERT_TRUE(ffe.Json().is_array() && !ffe.Json().empty()) << ffe.body;
    acme_ffe_line_id_ = ffe.Json()[0]["id"].get<std::string>();
    acme_ffe_line_ = kProducts + "/" + acme_ffe_line_id_;
  }

  static std::string Token(Role role) { return tokens_.at(role); }
  std::string Unique() { return std::to_string(++counter_); }

  // --- What the requests act on; built by the demo admin or Acme's representative. ---

  // A P3 incident Acme's representative opened on the portal.
  std::string PortalTicket() {
    auto created = client().Post(kTickets, PortalIncident(), rep_);
    EXPECT_EQ(created.status, 201) << created.body;
    return kTickets + "/" + created.Json().value("id", "");
  }
  json PortalIncident() const {
    return {{"description", "Slow line since this morning"},
            {"severity", "Minor"},
            {"ticketType", "incident"},
            {"priority", "P3"},
            {"channel", {{"id", "portal"}}},
            {"relatedParty", {{{"id", acme_}, {"role", "customer"}}}},
            {"relatedEntity", {{{"id", acme_ffe_line_id_}, {"role", "affectedProduct"}}}}};  // DESK-028
  }
  // A P1 Acme's representative phoned in (DESK-023), as the desk registers it.
  json PhoneP1() const {
    return {{"description", "No internet at all"},
            {"severity", "critical"},
            {"ticketType", "incident"},
            {"priority", "P1"},
            {"channel", {{"id", "phone"}}},
            {"relatedEntity", {{{"id", acme_ffe_line_id_}, {"role", "affectedProduct"}}}},
            {"relatedParty", {{{"id", acme_}, {"role", "customer"}}, {{"id", acme_reporter_}, {"role", "reporter"}}}}};
  }
  std::string PhoneTicketNumber() {
    auto created = client().Post(kTickets, PhoneP1(), admin_);
    EXPECT_EQ(created.status, 201) << created.body;
    return created.Json().value("id", "");
  }
  static std::string EscalationOf(const std::string& number) {
    return "/api/v1/troubleTicket/" + number + "/escalation";
  }
  json Call(int from, int to) const {
    return {{"fromLevel", from},
            {"level", to},
            {"channel", "phone"},
            {"requester", {{"id", acme_reporter_}}},
            {"requesterContact", {{"email", "ann.direct@acme.example"}, {"phone", "+32 475 55 01 01"}}},
            {"language", "nl"}};
  }
  // A P1 the desk escalated to level 2 (ESC-017).
  std::string P1AtLevel2() {
    std::string number = PhoneTicketNumber();
    auto step = client().Post(EscalationOf(number), Call(0, 2), admin_);
    EXPECT_EQ(step.status, 201) << step.body;
    return number;
  }

  // A fresh Internet Pro+ order of Acme's at the acknowledged milestone.
  json OrderBody() const {
    return TmfBody({{"formula", "internet-pro-plus"}, {"characteristics", {{"wifi", "on"}, {"initialTermMonths", 12}}}},
                   acme_, acme_site_);
  }
  std::string NewOrder() {
    auto created = client().Post(kOrders, OrderBody(), admin_);
    EXPECT_EQ(created.status, 201) << created.body;
    return kOrders + "/" + created.Json().value("id", "");
  }

  // The implementation milestone with an appointment `ahead` of now.
  static json AppointmentIn(std::chrono::seconds ahead) {
    auto at = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()) + ahead;
    std::time_t t = std::chrono::system_clock::to_time_t(at);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return {{"state", "inProgress"}, {"milestone", "appointmentSet"}, {"appointmentDate", text}};
  }

  // An Internet Essential line of Acme's (100 GB, stop-sell: imported, not ordered), for Volume
  // Packs (U-14); the demo's lines are all unlimited.
  std::string CappedLine() {
    static std::string id;
    if (!id.empty()) return id;
    const json acme = client().Get(std::string(kCustomerPath) + "/" + acme_, admin_).Json();
    std::string number;
    for (const auto& c : acme["characteristic"]) {
      if (c["name"] == "enterpriseNumber") number = c["value"];
    }
    TempDir dir;
    const auto file = dir.path() / "lines.csv";
    std::ofstream(file) << "user_name,enterprise_number,customer_name,employees,site_address,formula,options,"
                           "activation_date\nmatrix-essential@isp,"
                        << number << ",\"" << acme.value("name", "")
                        << "\",50,\"Rue de la Loi 16, 1000 Brussel\",internet-essential,,2025-01-15\n";
    auto imported = RunBizline({"line", "import", "--db", server_->db_url(), file.string()});
    EXPECT_EQ(imported.exit_code, 0) << imported.out;
    for (const auto& line : client().Get(kProducts + "?limit=1000", admin_).Json()) {
      for (const auto& c : line["productCharacteristic"]) {
        if (c["name"] == "radiusUserName" && c["value"] == "matrix-essential@isp") id = line["id"];
      }
    }
    EXPECT_FALSE(id.empty());
    return id;
  }

  // A fresh active line of Acme's. Lines are activated in batches (one wait for the installation
  // appointment per batch), each handed out once.
  std::string ActiveLine() {
    if (lines_.empty()) ActivateLines(kAllRoles.size());
    if (lines_.empty()) return kProducts + "/0";
    std::string line = lines_.back();
    lines_.pop_back();
    return line;
  }
  void ActivateLines(std::size_t count) {
    static const json kSiteItems = {
        "buildingEntryAccessible", "cat5eCabling",   "lanConnectionPoint", "lanIpAddress", "powerSockets",
        "telephoneLinePoint",      "systemBackedUp", "softwareCompatible"};
    std::vector<std::string> orders;
    for (std::size_t i = 0; i < count; ++i) {
      const std::string path = NewOrder();
      // Contact, Annex 1 and an out-of-hours quote (ORD-007), so the appointment may be at any hour.
      auto prepared = client().Patch(
          path,
          {{"relatedParty",
            {{{"role", "implementationContact"}, {"name", "Ann Peeters"}, {"phone", "+32 2 123 45 67"}}}},
           {"siteReadiness", {{"confirmed", kSiteItems}}},
           {"quote", {{"kind", "outOfHoursImplementation"}, {"amountCents", 30000}, {"reason", "any hour"}}}},
          admin_);
      ASSERT_EQ(prepared.status, 200) << prepared.body;
      const std::string quote = prepared.Json()["quote"].back()["id"];
      auto approved = client().Patch(path, {{"quoteAnswer", {{"id", quote}, {"decision", "approved"}}}}, admin_);
      ASSERT_EQ(approved.status, 200) << approved.body;
      auto appointment = client().Patch(path, AppointmentIn(std::chrono::seconds(2)), admin_);
      ASSERT_EQ(appointment.status, 200) << appointment.body;
      orders.push_back(path);
    }
    for (const std::string& path : orders) {
      for (int attempt = 0;; ++attempt) {  // ORD-010: not before the appointment
        auto installed = client().Patch(path, {{"state", "inProgress"}, {"milestone", "installed"}}, admin_);
        if (installed.status == 200) break;
        ASSERT_TRUE(installed.status == 422 && installed.Json().value("rule", "") == "ORD-010" && attempt < 50)
            << installed.body;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
      }
      auto activated = client().Patch(path, {{"state", "inProgress"}, {"milestone", "activated"}}, admin_);
      ASSERT_EQ(activated.status, 200) << activated.body;
      lines_.push_back(kProducts + "/" + activated.Json()["productOrderItem"][0]["product"]["id"].get<std::string>());
    }
  }

  // A pending RIPE-488 request on a fresh line: an IP Pack above /27 (IP-008).
  std::string PendingRipeRequest() {
    const std::string line = ActiveLine();
    auto added = client().Post(line + "/option",
                               {{"option", {{"id", "ip-pack"}, {"characteristics", {{"ipv4BlockSize", 64}}}}}}, admin_);
    EXPECT_EQ(added.status, 200) << added.body;
    const std::string product = line.substr(line.rfind('/') + 1);
    for (const json& request : client().Get(kRipe + "?status=pending&limit=100", admin_).Json()) {
      if (request["product"]["id"] == product) return kRipe + "/" + request["id"].get<std::string>();
    }
    ADD_FAILURE() << "no pending RIPE-488 request for product " << product;
    return kRipe + "/0";
  }

  // The demo data's Acme Internet Pro line with a P1 restored late (SLA-044), and the month the
  // breach was found in (this year's report, or last year's early in January).
  std::pair<std::string, std::string> ClaimableBreach() {
    auto lines = client().Get(kProducts + "?productOffering.id=internet-pro&relatedParty.id=" + acme_, admin_).Json();
    EXPECT_TRUE(lines.is_array() && !lines.empty());
    if (!lines.is_array() || lines.empty()) return {"0", "2026-01"};
    const std::string line = lines[0]["id"];
    const int year =
        static_cast<int>(date::year_month_day(date::floor<date::days>(std::chrono::system_clock::now())).year());
    for (int y : {year, year - 1}) {
      auto report = client().Get("/api/v1/line/" + line + "/availability?year=" + std::to_string(y), admin_).Json();
      for (const json& month : report.value("restorationBreaches", json::array())) {
        if (month.contains("claimDeadline")) return {line, month["month"]};
      }
    }
    ADD_FAILURE() << "the demo data has no claimable restoration breach";
    return {line, "2026-01"};
  }
  // Files the breach's claim as Acme's representative, refusing (as admin) the claim that held the
  // month before: every role's request meets a month free to claim.
  HttpResult FileClaim(const std::string& token) {
    const auto [line, month] = ClaimableBreach();
    for (const json& held : client().Get(kClaims + "?state=pending&lineId=" + line, admin_).Json()) {
      auto refused = client().Patch(kClaims + "/" + held["id"].get<std::string>(),
                                    {{"state", "refused"}, {"refusalReason", "Filed again by the matrix"}}, admin_);
      EXPECT_EQ(refused.status, 200) << refused.body;
    }
    return client().Post(kClaims, {{"lineId", line}, {"kind", "restoration"}, {"period", month}}, token);
  }
  std::string PendingClaim() {
    auto filed = FileClaim(rep_);
    EXPECT_EQ(filed.status, 201) << filed.body;
    return kClaims + "/" + filed.Json().value("id", "0");
  }

  // The ticket as stored: the SLA clock characteristic is left out, as it is computed at each
  // read (its `asOf` and remaining seconds move with the clock).
  json Stored(const std::string& ticket) {
    json t = client().Get(ticket, admin_).Json();
    json kept = json::array();
    for (const json& c : t.value("characteristic", json::array())) {
      if (c.value("name", "") != "slaClock") kept.push_back(c);
    }
    t["characteristic"] = kept;
    return t;
  }

  // --- One representative request per operation of the table. ---
  std::map<Operation, Send> Requests() {
    using O = Operation;
    return {
        {O::kTicketRead, [this](const std::string& token) { return client().Get(PortalTicket(), token); }},
        {O::kTicketOpen, [this](const std::string& token) { return client().Post(kTickets, PortalIncident(), token); }},
        {O::kTicketRegister, [this](const std::string& token) { return client().Post(kTickets, PhoneP1(), token); }},
        {O::kTicketEdit,
         [this](const std::string& token) {
           return client().Patch(PortalTicket(), {{"description", "Slow line, also at night"}}, token);
         }},
        {O::kTicketNote,
         [this](const std::string& token) {
           return client().Patch(PortalTicket(), {{"note", {{{"text", "Called back at 10:00"}}}}}, token);
         }},
        {O::kTicketAttach,
         [this](const std::string& token) {
           return client().Request("POST", PortalTicket() + "/attachment?name=router.log", "wan0 link down\n",
                                   {{"Authorization", "Bearer " + token}, {"Content-Type", "text/plain"}});
         }},
        {O::kTicketPrioritise,
         [this](const std::string& token) {
           return client().Patch(PortalTicket(), {{"priority", "P2"}}, token);
         }},
        {O::kTicketClassify,
         [this](const std::string& token) {
           return client().Patch(PortalTicket(), {{"characteristic", {{{"name", "slaTier"}, {"value", "premium"}}}}},
                                 token);
         }},
        {O::kTicketLifecycle,
         [this](const std::string& token) {
           return client().Patch(PortalTicket(), {{"status", "resolved"}}, token);
         }},
        {O::kTicketLinkOutage,
         [this](const std::string& token) {
           std::string child = PortalTicket();
           child = child.substr(child.rfind('/') + 1);
           auto outage = client().Post(kTickets,
                                       {{"description", "Fibre cut in Antwerpen"},
                                        {"severity", "critical"},
                                        {"ticketType", "incident"},
                                        {"priority", "P1"},
                                        {"channel", {{"id", "phone"}}}},
                                       admin_);
           EXPECT_EQ(outage.status, 201) << outage.body;
           return client().Post("/api/v1/troubleTicket/" + child + "/outage",
                                {{"parentTicket", outage.Json().value("id", "")}}, token);
         }},
        {O::kTicketEscalate,
         [this](const std::string& token) {
           return client().Post(EscalationOf(PhoneTicketNumber()), Call(0, 2), token);
         }},
        {O::kTicketEscalateAboveLevel2,
         [this](const std::string& token) { return client().Post(EscalationOf(P1AtLevel2()), Call(2, 3), token); }},
        {O::kCustomerRead,
         [this](const std::string& token) { return client().Get(std::string(kCustomerPath) + "/" + acme_, token); }},
        {O::kCustomerManage,
         [this](const std::string& token) {
           return client().Patch(std::string(kCustomerPath) + "/" + acme_, {{"name", "Acme NV"}}, token);
         }},
        {O::kSiteAdd,
         [this](const std::string& token) {
           return client().Post(
               "/api/v1/customer/" + acme_ + "/site",
               {{"name", "Depot " + Unique()},
                {"address", {{"street1", "Havenlaan 2"}, {"postCode", "2000"}, {"city", "Antwerpen"}}}},
               token);
         }},
        {O::kRepresentativeAdd,
         [this](const std::string& token) {
           const std::string n = Unique();
           return client().Post("/api/v1/customer/" + acme_ + "/representative",
                                {{"name", "Rep " + n},
                                 {"email", "rep" + n + "@acme.example"},
                                 {"phone", "+32 2 555 01 0" + n.substr(n.size() - 1)},
                                 {"role", "IT"}},
                                token);
         }},
        {O::kOrderRead, [this](const std::string& token) { return client().Get(NewOrder(), token); }},
        {O::kOrderPlace, [this](const std::string& token) { return client().Post(kOrders, OrderBody(), token); }},
        {O::kOrderClientPart,
         [this](const std::string& token) {
           return client().Patch(
               NewOrder(),
               {{"relatedParty",
                 {{{"role", "implementationContact"}, {"name", "Carl"}, {"phone", "+32 475 12 34 56"}}}}},
               token);
         }},
        {O::kOrderRun,
         [this](const std::string& token) {
           return client().Patch(
               NewOrder(),
               {{"quote", {{"kind", "outOfHoursImplementation"}, {"amountCents", 30000}, {"reason", "evening"}}}},
               token);
         }},
        {O::kProductRead, [this](const std::string& token) { return client().Get(acme_ffe_line_, token); }},
        {O::kLineTerminate,
         [this](const std::string& token) {
           return client().Patch(ActiveLine(), {{"status", "terminated"}}, token);
         }},
        {O::kLineAddOption,
         [this](const std::string& token) {
           return client().Post(ActiveLine() + "/option",
                                {{"option", {{"id", "ip-pack"}, {"characteristics", {{"ipv4BlockSize", 4}}}}}}, token);
         }},
        {O::kLineRenumber,
         [this](const std::string& token) {
           return client().Post(ActiveLine() + "/renumbering", {{"targets", {"fixedIpv4"}}}, token);
         }},
        {O::kFirewallChange,
         [this](const std::string& token) {
           return client().Post(acme_ffe_line_ + "/firewallChangeRequest",
                                {{"description", "Open TCP 8443 to 10.0.0.5"}, {"channel", "email"}}, token);
         }},
        {O::kRipeDecide,
         [this](const std::string& token) {
           return client().Patch(PendingRipeRequest(), {{"status", "approved"}}, token);
         }},
        {O::kVolumePackOrder,
         [this](const std::string& token) {
           return client().Post("/api/v1/line/" + CappedLine() + "/volumePack", json::object(), token);
         }},
        {O::kUsageOversee, [this](const std::string& token) { return client().Get("/api/v1/usage/throttle", token); }},
        {O::kCreditClaimRead, [this](const std::string& token) { return client().Get(kClaims, token); }},
        {O::kCreditClaimFile, [this](const std::string& token) { return FileClaim(token); }},
        {O::kCreditClaimDecide,
         [this](const std::string& token) {
           return client().Patch(PendingClaim(), {{"state", "refused"}, {"refusalReason", "Not our fault"}}, token);
         }},
        {O::kUserCreate,
         [this](const std::string& token) {
           return client().Post("/api/v1/user",
                                {{"email", "new" + Unique() + "@bizline.example"},
                                 {"name", "New Agent"},
                                 {"password", "secret"},
                                 {"role", "agent-l1"}},
                                token);
         }},
        {O::kMetricsRead, [this](const std::string& token) { return client().Get("/metrics", token); }},
    };
  }

  static inline std::map<Role, std::string> tokens_;
  std::string admin_, rep_, acme_, acme_site_, acme_reporter_, acme_ffe_line_, acme_ffe_line_id_;
  std::vector<std::string> lines_;
  int counter_ = 0;
};

TEST_F(PermissionMatrix, EveryOperationHasARequest) {
  auto requests = Requests();
  std::set<std::string> names;
  for (const Permission& row : Permissions()) {
    EXPECT_TRUE(requests.count(row.operation)) << row.name << " has no request in Requests(): add one";
    EXPECT_TRUE(names.insert(std::string(row.name)).second) << row.name;
  }
  EXPECT_EQ(requests.size(), Permissions().size());
}

// Every role x every operation: 403 exactly when the table denies it (issue 8 §3: DESK-025,
// DESK-027 for priority, classification, lifecycle and registration).
TEST_F(PermissionMatrix, EveryRoleGetsWhatTheTableSaysForEveryOperation_DESK025_DESK027) {
  auto requests = Requests();
  for (const Permission& row : Permissions()) {
    auto request = requests.find(row.operation);
    ASSERT_NE(request, requests.end()) << row.name;
    for (Role role : kAllRoles) {
      SCOPED_TRACE(std::string(row.name) + " as " + std::string(ToString(role)));
      HttpResult answer = request->second(Token(role));
      if (Allows(role, row.operation)) {
        EXPECT_NE(answer.status, 403) << answer.body;
        EXPECT_NE(answer.status, 404) << "a tenant answer would hide the permission answer: " << answer.body;
        // Allowed requests succeed; the one exception is a domain rule, not a permission: an
        // escalation starts with a phone call to the desk, not from the portal (ESC-008).
        if (row.operation == Operation::kTicketEscalate && role == Role::kCustomerRep) {
          EXPECT_EQ(answer.Json().value("rule", ""), "ESC-008") << answer.body;
        } else {
          EXPECT_LT(answer.status, 300) << answer.body;
        }
      } else {
        EXPECT_EQ(answer.status, 403) << answer.body;
        // The refusal names the row's rule; billing and provisioning asking for level 3 are
        // refused escalation as such first (ESC-001).
        if (answer.status == 403 && !row.rule.empty() &&
            !(row.operation == Operation::kTicketEscalateAboveLevel2 && !Allows(role, Operation::kTicketEscalate))) {
          EXPECT_EQ(answer.Json().value("rule", ""), row.rule) << answer.body;
        }
      }
    }
  }
}

// DESK-027, DESK-025: billing and provisioning staff cannot set the priority, resolve, reopen or
// register a P1 phone ticket; the ticket is exactly as before. The 1st line can.
TEST_F(PermissionMatrix, BillingAndProvisioningCannotWorkTicketsButAgentL1Can_DESK025_DESK027) {
  const std::string open = PortalTicket();
  const std::string resolved = PortalTicket();
  ASSERT_EQ(client().Patch(resolved, {{"status", "resolved"}}, Token(Role::kAgentL1)).status, 200);
  for (Role role : {Role::kBilling, Role::kProvisioning}) {
    SCOPED_TRACE(std::string(ToString(role)));
    const std::string token = Token(role);
    const json open_before = Stored(open);
    const json resolved_before = Stored(resolved);
    const std::string count_before = client().Get(kTickets, admin_).headers["x-total-count"];

    auto priority = client().Patch(open, {{"priority", "P2"}}, token);
    EXPECT_EQ(priority.status, 403);
    EXPECT_EQ(priority.Json()["rule"], "DESK-027");                                      // DESK-027
    EXPECT_EQ(client().Patch(open, {{"status", "resolved"}}, token).status, 403);        // DESK-028
    EXPECT_EQ(client().Patch(resolved, {{"status", "inProgress"}}, token).status, 403);  // reopen
    auto p1 = client().Post(kTickets, PhoneP1(), token);
    EXPECT_EQ(p1.status, 403);
    EXPECT_EQ(p1.Json()["rule"], "DESK-025");  // DESK-025: the service desk registers (DESK-023)

    EXPECT_EQ(Stored(open), open_before);  // nothing changed
    EXPECT_EQ(Stored(resolved), resolved_before);
    EXPECT_EQ(client().Get(kTickets, admin_).headers["x-total-count"], count_before);
  }

  const std::string agent = Token(Role::kAgentL1);
  auto priority = client().Patch(open, {{"priority", "P2"}}, agent);
  ASSERT_EQ(priority.status, 200) << priority.body;
  EXPECT_EQ(priority.Json()["priority"], "P2");
  auto resolve = client().Patch(open, {{"status", "resolved"}}, agent);
  ASSERT_EQ(resolve.status, 200) << resolve.body;
  EXPECT_EQ(resolve.Json()["status"], "resolved");
  auto reopen = client().Patch(resolved, {{"status", "inProgress"}}, agent);
  ASSERT_EQ(reopen.status, 200) << reopen.body;
  EXPECT_EQ(reopen.Json()["status"], "inProgress");
  auto p1 = client().Post(kTickets, PhoneP1(), agent);
  ASSERT_EQ(p1.status, 201) << p1.body;
  EXPECT_EQ(p1.Json()["priority"], "P1");
}

TEST_F(PermissionMatrix, MetricsAreForStaffOnly) {
  auto refused = client().Get("/metrics", Token(Role::kCustomerRep));
  EXPECT_EQ(refused.status, 403);
  EXPECT_NE(refused.Json().value("message", "").find("metrics.read"), std::string::npos) << refused.body;
  EXPECT_EQ(client().Get("/metrics", AcmeToken()).status, 403);
  auto served = client().Get("/metrics", AgentToken());
  EXPECT_EQ(served.status, 200);
  EXPECT_NE(served.body.find("bizline_http_request_duration_seconds_bucket"), std::string::npos);
}

// What the portal shows before a representative orders: the size and price of one Volume Pack
// (paid on Internet Essential: USE-004, X-13) and the speed a throttle reduces the line to (U-13),
// both from the catalog through the API, so no page restates them.
TEST_F(PermissionMatrix, ACappedLineSaysWhatAVolumePackBringsAndTheThrottledSpeed_USE004_U13) {
  auto usage = client().Get("/api/v1/line/" + CappedLine() + "/usage", AcmeToken());
  ASSERT_EQ(usage.status, 200) << usage.body;
  const json body = usage.Json();
  ASSERT_TRUE(body.contains("volumePackOffer")) << usage.body;
  EXPECT_EQ(body["volumePackOffer"]["charge"], "paid");  // USE-004: Internet Essential pays its packs
  EXPECT_GT(body["volumePackOffer"]["volumeBytes"].get<std::uint64_t>(), 0u);
  EXPECT_GT(body["volumePackOffer"]["price"]["value"].get<double>(), 0.0);
  EXPECT_EQ(body["volumePackOffer"]["price"]["unit"], "EUR");
  ASSERT_TRUE(body.contains("throttleSpeed")) << usage.body;
  EXPECT_FALSE(body["throttleSpeed"]["profile"].get<std::string>().empty());
  EXPECT_GT(body["throttleSpeed"]["downKbps"].get<int>(), 0);
  EXPECT_GT(body["throttleSpeed"]["upKbps"].get<int>(), 0);
}

}  // namespace
}  // namespace bizline::testing
