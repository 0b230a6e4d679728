// Hostile bytes against every route of /openapi.json (the desk-integrity issue): each request
// carries at least one hostile part (invalid UTF-8, an overlong or surrogate form, a NUL or
// another control character, random bytes, nesting deeper than the edge allows) in its path, its
// query string or its body, mixed with random noise elsewhere. Every one must be refused with a
// 4xx, none may answer 5xx, the server must still answer afterwards, and no table may have
// gained or lost a row. The loop is bounded and its seed fixed (BIZLINE_FUZZ_SEED overrides it).
#include <cstdio>
#include <cstdlib>
#include <random>
#include <set>

#include "api_fixture.h"
#include "support/temp_dir.h"

namespace bizline::testing {
namespace {

// Tables only background jobs write (the late-activation watch's notices and their outbox
// entries may land while the test runs); every other table must keep its row count.
const std::set<std::string> kJobTables{"notification", "product_order_late_notice"};

constexpr int kRequestsPerRoute = 24;

std::string Upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::string Percent(const std::string& bytes) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char b : bytes) {
    out += '%';
    out += kHex[b >> 4];
    out += kHex[b & 0xF];
  }
  return out;
}

class Fuzzer {
 public:
  explicit Fuzzer(unsigned seed) : rng_(seed) {}

  int Below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

  std::string RandomBytes(int max_length) {
    std::string out(static_cast<std::size_t>(Below(max_length) + 1), '\0');
    for (auto& c : out) c = static_cast<char>(Below(256));
    return out;
  }

  // Bytes that may never enter bizline as text.
  std::string HostileBytes() {
    static const std::vector<std::string> kForms{"\xFF",         "\xE9t\xE9",        "\xC0\xAF", "\xE0\x80\xAF",
                                                 "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82", std::string(1, '\0'),
                                                 "\x01",         "\x1B[31m",         "\x7F",     "\xC2\x85",
                                                 "line\nbreak",  "tab\there"};
    std::string form = kForms[static_cast<std::size_t>(Below(static_cast<int>(kForms.size())))];
    // Noise goes in front: no form starts with a continuation byte, so noise cannot complete or
    // absorb the defect (noise after "\xE2\x82" could complete it).
    if (Below(3) == 0) form = RandomBytes(8) + form;
    if (Below(2) == 0) form = "x" + form;
    return form;
  }

  // A JSON body: the route's example with a hostile string spliced into one member (as raw
  // bytes or as a \u00XX escape), random bytes, or nesting past the edge's limit.
  std::string HostileBody(const nlohmann::json& example) {
    switch (example.is_object() ? Below(4) : 3) {
      case 0:
      case 1: {
        nlohmann::json body = example;
        std::vector<nlohmann::json*> strings;
        Collect(body, strings);
        const std::string marker = "@@HOSTILE@@";
        if (strings.empty() || Below(4) == 0) {
          body[marker] = "value";  // a hostile member name
        } else {
          *strings[static_cast<std::size_t>(Below(static_cast<int>(strings.size())))] = "value" + marker;
        }
        std::string text = body.dump();
        const std::string hostile = Below(3) == 0 ? "\\u000" + std::to_string(Below(8)) : HostileBytes();
        text.replace(text.find(marker), marker.size(), hostile);
        return text;
      }
      case 2: return std::string(200, '[') + std::string(200, ']');
      default: return RandomBytes(300);
    }
  }

 private:
  static void Collect(nlohmann::json& value, std::vector<nlohmann::json*>& out) {
    if (value.is_string()) out.push_back(&value);
    if (value.is_structured()) {
      for (auto& member : value) Collect(member, out);
    }
  }

  std::mt19937 rng_;
};

// Row counts of every table of the SQLite file, read with the sqlite3 shell.
std::map<std::string, long> RowCounts(const std::string& file) {
  std::map<std::string, long> counts;
  auto run = [](const std::string& command) {
    std::string out;
    if (FILE* pipe = popen(command.c_str(), "r")) {
      char buffer[4096];
      while (std::fgets(buffer, sizeof buffer, pipe)) out += buffer;
      pclose(pipe);
    }
    return out;
  };
  const std::string tables =
      run("sqlite3 -readonly '" + file + "' \"SELECT name FROM sqlite_master WHERE type='table'\"");
  std::string query;
  std::size_t start = 0;
  while (start < tables.size()) {
    auto end = tables.find('\n', start);
    std::string name = tables.substr(start, end - start);
    start = end == std::string::npos ? tables.size() : end + 1;
    if (name.empty() || name.rfind("sqlite_", 0) == 0) continue;
    query += (query.empty() ? "" : " UNION ALL ") + std::string("SELECT '") + name + "', COUNT(*) FROM " + name;
  }
  const std::string rows = run("sqlite3 -readonly -separator ' ' '" + file + "' \"" + query + "\"");
  start = 0;
  while (start < rows.size()) {
    auto end = rows.find('\n', start);
    std::string line = rows.substr(start, end - start);
    start = end == std::string::npos ? rows.size() : end + 1;
    auto space = line.find(' ');
    if (space != std::string::npos) counts[line.substr(0, space)] = std::stol(line.substr(space + 1));
  }
  return counts;
}

TEST(HostileBytes, EveryRouteRefusesThemWithA4xxAndNothingChanges) {
  TempDir dir;
  const std::string file = (dir.path() / "fuzz.db").string();
  ASSERT_EQ(RunBizline({"demo", "--db", "sqlite:" + file}).exit_code, 0);
  ServerProcess server("sqlite:" + file);
  HttpClient client(server.port());
  const std::string admin = client.Login("admin@bizline.example");
  const std::string acme = client.Login("rep@acme.example");
  ASSERT_FALSE(admin.empty());
  ASSERT_FALSE(acme.empty());

  unsigned seed = 20261203;
  if (const char* given = std::getenv("BIZLINE_FUZZ_SEED")) seed = static_cast<unsigned>(std::stoul(given));
  SCOPED_TRACE("BIZLINE_FUZZ_SEED=" + std::to_string(seed));
  Fuzzer fuzz(seed);

  auto before = RowCounts(file);
  ASSERT_GT(before.size(), 10u) << "the sqlite3 shell could not read " << file;
  auto doc = client.Get("/openapi.json").Json();
  ASSERT_TRUE(doc.contains("paths"));
  int sent = 0;
  for (const auto& [path, item] : doc["paths"].items()) {
    if (path == "/auth/logout") continue;  // would end the test's own sessions (and is body-less)
    for (const auto& [method, op] : item.items()) {
      const bool has_body = op.contains("requestBody");
      nlohmann::json example;
      bool json_body = true;
      if (has_body) {
        const auto& content = op["requestBody"]["content"];
        json_body = content.contains("application/json");
        const auto& media = json_body ? content["application/json"] : content.begin().value();
        if (media.contains("example")) example = media["example"];
      }
      const bool templated = path.find('{') != std::string::npos;
      for (int i = 0; i < kRequestsPerRoute; ++i) {
        // Where the hostile part goes: the path, the query string, or a JSON body.
        std::vector<int> places{1};
        if (templated) places.push_back(0);
        if (has_body && json_body) places.push_back(2);
        const int place = places[static_cast<std::size_t>(fuzz.Below(static_cast<int>(places.size())))];

        std::string target;
        for (std::size_t at = 0; at < path.size();) {
          if (path[at] != '{') {
            target += path[at++];
            continue;
          }
          at = path.find('}', at) + 1;
          if (place == 0) {
            target += Percent(fuzz.HostileBytes());
          } else {
            target += fuzz.Below(2) ? std::string("1") : Percent(fuzz.RandomBytes(6));
          }
        }
        if (place == 1) {
          target += "?" + (fuzz.Below(2) ? Percent(fuzz.HostileBytes()) + "=1"
                                         : std::string("status=") + Percent(fuzz.HostileBytes()));
        } else if (fuzz.Below(3) == 0) {
          target += "?limit=" + Percent(fuzz.RandomBytes(3));
        }
        std::string body;
        if (has_body) {
          body = place == 2 ? fuzz.HostileBody(example) : (example.is_null() ? fuzz.RandomBytes(64) : example.dump());
        }
        std::map<std::string, std::string> headers{{"Content-Type", json_body ? "application/json" : "text/plain"}};
        const int who = fuzz.Below(3);
        if (who < 2) headers["Authorization"] = "Bearer " + (who == 0 ? admin : acme);

        auto answer = client.Request(Upper(method), target, body, headers);
        ++sent;
        SCOPED_TRACE(Upper(method) + " " + target + " -> " + std::to_string(answer.status) + " " + answer.body);
        ASSERT_GE(answer.status, 400);
        ASSERT_LT(answer.status, 500);
      }
    }
  }
  EXPECT_GT(sent, 500);
  EXPECT_EQ(client.Get("/healthz").status, 200);
  EXPECT_EQ(client.Get("/tmf-api/troubleTicket/v4/troubleTicket", admin).status, 200);
  auto after = RowCounts(file);
  for (const auto& [table, count] : before) {
    if (kJobTables.contains(table)) continue;
    EXPECT_EQ(after[table], count) << "rows of " << table << " changed";
  }
}

}  // namespace
}  // namespace bizline::testing
