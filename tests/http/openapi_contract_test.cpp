// The OpenAPI document keeps its promises (issue 9 item 8): it is merged from the route families'
// fragments with the domain's enum lists, every example body is accepted by its route's own
// parser, and every documented query parameter of a collection is read by its route.
#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "http/core/api.h"
#include "http/inventory/product_json.h"
#include "http/openapi_embedded.h"
#include "http/ordering/order_form_json.h"
#include "http/ordering/order_json.h"
#include "http/party/customer_json.h"
#include "http/ticketing/escalation_json.h"
#include "http/ticketing/ticket_json.h"
#include "main/assembly.h"
#include "support/temp_dir.h"

namespace bizline::http {
namespace {

using nlohmann::json;

json Document() { return json::parse(kOpenApiJson); }

// Every schema node anywhere in the document.
void Visit(const json& node, const std::function<void(const json&)>& f) {
  f(node);
  if (node.is_object() || node.is_array()) {
    for (const auto& child : node) Visit(child, f);
  }
}

std::vector<std::string> Strings(const json& list) {
  std::vector<std::string> out;
  for (const auto& item : list) out.push_back(item.get<std::string>());
  return out;
}

template <class E, std::size_t N>
std::vector<std::string> Strings(const EnumNames<E, N>& table) {
  std::vector<std::string> out;
  for (auto name : table.Names()) out.emplace_back(name);
  return out;
}

TEST(OpenApiContract, EnumListsComeFromTheDomainTables) {
  json doc = Document();
  int markers = 0;
  Visit(doc, [&](const json& node) {
    if (node.is_object() && node.contains("x-bizline-enum")) ++markers;
  });
  EXPECT_EQ(markers, 0) << "every marker is replaced at build time";
  const auto& ticket = doc["components"]["schemas"]["TroubleTicket"]["properties"];
  EXPECT_EQ(Strings(ticket["status"]["enum"]), Strings(kTicketStatusNames));                  // T-13
  EXPECT_EQ(Strings(ticket["channel"]["properties"]["id"]["enum"]), Strings(kChannelNames));  // T-14
  EXPECT_EQ(Strings(doc["components"]["schemas"]["ProductOrder"]["properties"]["state"]["enum"]),
            Strings(kOrderStateNames));
}

// The route's own parser for each documented JSON body. A body documented without a parser here
// fails the test: a new write route adds its row.
using Parser = std::function<std::string(const json&)>;  // empty: accepted; else the error

template <class F>
Parser Accepting(F parse) {
  return [parse](const json& body) -> std::string {
    auto parsed = parse(body);
    return parsed ? std::string() : parsed.error().field + ": " + parsed.error().message;
  };
}

const std::map<std::string, Parser>& Parsers() {
  static const std::map<std::string, Parser> parsers = {
      {"POST /tmf-api/troubleTicket/v4/troubleTicket", Accepting(TicketDraftFromJson)},
      {"PATCH /tmf-api/troubleTicket/v4/troubleTicket/{id}", Accepting(TicketPatchFromJson)},
      {"POST /api/v1/troubleTicket/{id}/escalation", Accepting(EscalationInputFromJson)},
      {"POST /api/v1/troubleTicket/{id}/outage", Accepting(OutageParentFromJson)},
      {"POST /tmf-api/customerManagement/v4/customer", Accepting(CustomerFromJson)},
      {"PATCH /tmf-api/customerManagement/v4/customer/{id}", Accepting(CustomerPatchFromJson)},
      {"POST /api/v1/customer/{id}/site", Accepting([](const json& b) { return SiteFromJson(b, CustomerId(1)); })},
      {"POST /api/v1/customer/{id}/representative",
       Accepting([](const json& b) { return RepresentativeFromJson(b, CustomerId(1)); })},
      {"POST /tmf-api/productOrderingManagement/v4/productOrder", Accepting(OrderIntakeFromJson)},
      {"PATCH /tmf-api/productOrderingManagement/v4/productOrder/{id}", Accepting(OrderChangeFromJson)},
      {"PATCH /tmf-api/productInventory/v4/product/{id}", Accepting(TerminationFromJson)},
      {"POST /tmf-api/productInventory/v4/product/{id}/option", Accepting(OptionRequestFromJson)},
      {"POST /tmf-api/productInventory/v4/product/{id}/renumbering", Accepting(RenumberTargetsFromJson)},
      {"PATCH /api/v1/ripeRequest/{id}", Accepting(RipeDecisionFromJson)},
  };
  return parsers;
}

// Routes whose body is read inline by the handler before anything else: sent to the real
// dispatcher, a parse error would be a 400.
const std::set<std::string> kInlineParsers = {
    "POST /auth/login",
    "POST /auth/session",
    "POST /api/v1/user",
    "POST /tmf-api/productInventory/v4/product/{id}/firewallChangeRequest",
    "POST /api/v1/serviceCreditClaim",
    "PATCH /api/v1/serviceCreditClaim/{id}",
};

std::string Upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

class OpenApiRoutes : public ::testing::Test {
 protected:
  void SetUp() override {
    auto catalog_dir = std::filesystem::path(__FILE__).parent_path().parent_path().parent_path() / "catalog";
    auto assembly = Assemble(dir_.SqliteUrl(), 1, catalog_dir.string());
    ASSERT_TRUE(assembly.ok()) << assembly.error().message;
    assembly_ = std::move(*assembly);
    auto& auth = assembly_->Get<AuthService>();
    ASSERT_TRUE(auth.AddUserAsSystem({"admin@bizline.example", "Admin", "secret-123", Role::kAdmin, {}}).ok());
    auto login = auth.Login("admin@bizline.example", "secret-123");
    ASSERT_TRUE(login.ok());
    token_ = login->token;
    dispatcher_ = std::make_unique<ApiDispatcher>(auth, metrics_, assembly_->routes());
  }

  Request Send(Method method, const std::string& target, const std::string& body = {}) {
    Request r;
    r.method = method;
    r.path = target;
    r.body = body;
    r.headers["authorization"] = "Bearer " + token_;
    r.headers["content-type"] = "application/json";
    last_ = dispatcher_->Handle(r);
    return r;
  }

  testing::TempDir dir_;
  std::unique_ptr<Assembly> assembly_;
  Metrics metrics_;
  std::unique_ptr<ApiDispatcher> dispatcher_;
  std::string token_;
  Response last_;
};

TEST_F(OpenApiRoutes, EveryExampleBodyIsAcceptedByItsRoutesParser) {
  json doc = Document();
  int checked = 0;
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [method, op] : item.items()) {
      if (!op.is_object() || !op.contains("requestBody")) continue;
      const std::string key = Upper(method) + " " + path;
      for (const auto& [type, media] : op["requestBody"]["content"].items()) {
        if (type.find("json") == std::string::npos) continue;  // attachments are raw bytes
        ASSERT_TRUE(media.contains("example")) << key;
        const json& example = media["example"];
        if (auto parser = Parsers().find(key); parser != Parsers().end()) {
          EXPECT_EQ(parser->second(example), "") << key << " refuses its own example";
        } else {
          ASSERT_TRUE(kInlineParsers.count(key)) << key << ": add its parser to this test";
          std::string target = path;
          if (auto brace = target.find("{id}"); brace != std::string::npos) target.replace(brace, 4, "1");
          Send(method == "post" ? Method::kPost : Method::kPatch, target, example.dump());
          EXPECT_NE(last_.status, 400) << key << ": " << last_.body;
          EXPECT_NE(last_.status, 415) << key;
        }
        ++checked;
      }
    }
  }
  EXPECT_GE(checked, 17);
}

// A value the parameter's schema allows, so the route reads it rather than failing before.
std::string SampleValue(const json& schema) {
  if (schema.contains("enum")) return schema["enum"][0].get<std::string>();
  std::string type = schema.value("type", "string");
  std::string format = schema.value("format", "");
  if (type == "integer") return "1";
  if (type == "boolean") return "true";
  if (format == "date") return "2026-12-01";
  if (format == "date-time") return "2026-12-01T10:00:00Z";
  return "x";
}

TEST_F(OpenApiRoutes, EveryDocumentedQueryParameterOfACollectionIsRead) {
  json doc = Document();
  int checked = 0;
  for (const auto& [path, item] : doc["paths"].items()) {
    if (path.find('{') != std::string::npos || !item.contains("get")) continue;
    for (json parameter : item["get"].value("parameters", json::array())) {
      if (parameter.contains("$ref")) {
        std::string ref = parameter["$ref"];
        parameter = doc["components"]["parameters"][ref.substr(ref.rfind('/') + 1)];
      }
      if (parameter.value("in", "") != "query") continue;
      const std::string name = parameter["name"];
      Request sent =
          Send(Method::kGet, path + "?" + name + "=" + SampleValue(parameter.value("schema", json::object())));
      EXPECT_TRUE(sent.queried.count(name)) << "GET " << path << " documents ?" << name << " but never reads it ("
                                            << last_.status << " " << last_.body << ")";
      // A route that reads every parameter to refuse the unknown ones must not refuse this one.
      EXPECT_EQ(last_.body.find("unknown filter"), std::string::npos) << "GET " << path << "?" << name;
      ++checked;
    }
  }
  EXPECT_GE(checked, 20);
}

}  // namespace
}  // namespace bizline::http
