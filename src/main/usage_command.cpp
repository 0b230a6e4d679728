#include "main/usage_command.h"

#include <charconv>
#include <fstream>
#include <iostream>
#include <memory>
#include <vector>

#include "app/usage/usage_meter.h"
#include "app/usage/usage_queries.h"
#include "domain/core/text.h"
#include "main/assembly.h"
#include "main/background_wiring.h"
#include "main/cli_error.h"

namespace bizline {
namespace {

constexpr std::string_view kHeader =
    "acct_status_type,acct_session_id,user_name,acct_input_octets,acct_output_octets,acct_input_gigawords,"
    "acct_output_gigawords,event_timestamp";
constexpr std::size_t kBatch = 4096;          // records per transaction: one commit serves them all
constexpr const char* kImportNas = "import";  // the NAS of records that came from a file

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> out;
  for (;;) {
    const std::size_t comma = line.find(',');
    out.push_back(line.substr(0, comma));
    if (comma == std::string_view::npos) return out;
    line.remove_prefix(comma + 1);
  }
}

template <typename T>
Result<T> Number(std::string_view text, const char* field) {
  T value{};
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) {
    return Error::Invalid(field, "must be a whole number that fits");
  }
  return value;
}

// One CSV row as the listener would read its packet; every field checked at the edge.
Result<AccountingRecord> ParseRow(std::string_view line) {
  TRY(CheckText(line, TextKind::kLine, "row"));
  const auto f = Fields(line);
  if (f.size() != 8) return Error::Invalid("row", "expected 8 fields, found " + std::to_string(f.size()));
  AccountingRecord r;
  auto status = kAcctStatusNames.Parse(f[0]);
  if (!status) return Error::Invalid("acct_status_type", "one of " + kAcctStatusNames.Allowed());
  r.status = *status;
  r.nas = kImportNas;
  r.session_id = std::string(f[1]);
  r.user_name = std::string(f[2]);
  const bool per_session = r.status != AcctStatus::kAccountingOn && r.status != AcctStatus::kAccountingOff;
  if (per_session && r.session_id.empty()) return Error::Invalid("acct_session_id", "is empty");
  if (per_session && r.user_name.empty()) return Error::Invalid("user_name", "is empty");
  ASSIGN_OR_RETURN(auto in, Number<std::uint32_t>(f[3], "acct_input_octets"));
  ASSIGN_OR_RETURN(auto out, Number<std::uint32_t>(f[4], "acct_output_octets"));
  ASSIGN_OR_RETURN(auto in_giga, Number<std::uint32_t>(f[5], "acct_input_gigawords"));
  ASSIGN_OR_RETURN(auto out_giga, Number<std::uint32_t>(f[6], "acct_output_gigawords"));
  ASSIGN_OR_RETURN(auto at, Number<std::int64_t>(f[7], "event_timestamp"));
  r.input_octets = Counter64(in, in_giga);
  r.output_octets = Counter64(out, out_giga);
  r.event_time = InstantFromEpoch(at);
  return r;
}

// `sms_webhook`: the server's (the same setting as serve's); when set, the notices the import
// crosses are enqueued as SMS too, for that server to send (U-12).
void Import(const std::string& db, const std::string& catalog_dir, const std::string& file,
            const std::string& sms_webhook) {
  std::ifstream in(file, std::ios::binary);
  if (!in) ExitWith(Error::Invalid("file", "cannot read " + file));
  std::string line;
  if (!std::getline(in, line) || (line.empty() ? line : line.substr(0, line.find_last_not_of('\r') + 1)) != kHeader) {
    ExitWith(Error::Invalid("header", "the first line must be " + std::string(kHeader)));
  }
  auto sms = SmsNoticesFor(sms_webhook);
  if (!sms) ExitWith(sms.error());
  auto assembly = Assemble(db, 1, catalog_dir, *sms);
  if (!assembly) ExitWith(assembly.error());
  UsageMeter& meter = (*assembly)->Get<UsageMeter>();
  std::vector<AccountingRecord> batch;
  batch.reserve(kBatch);
  MeterReport total;
  std::size_t row = 1, bad = 0;
  const auto flush = [&] {
    auto report = meter.Record(batch);
    if (!report) ExitWith(report.error());
    total.counted += report->counted;
    total.duplicates += report->duplicates;
    total.stale += report->stale;
    total.sessions_closed += report->sessions_closed;
    batch.clear();
  };
  while (std::getline(in, line)) {
    ++row;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    auto record = ParseRow(line);
    if (!record) {
      ++bad;  // a bad row is reported and skipped; it changes nothing else
      std::cerr << "row " << row << ": " << record.error().field << ": " << record.error().message << "\n";
      continue;
    }
    batch.push_back(std::move(*record));
    if (batch.size() == kBatch) flush();
  }
  if (!batch.empty()) flush();
  std::cout << "records=" << total.counted + total.duplicates + total.stale << " counted=" << total.counted
            << " duplicates=" << total.duplicates << " stale=" << total.stale << " bad=" << bad
            << " sessions_closed=" << total.sessions_closed << "\n";
  if (bad > 0) throw CLI::RuntimeError(2);
}

void Report(const std::string& db, const std::string& catalog_dir, const std::string& month_text) {
  auto month = ParseMonth(month_text);
  if (!month) ExitWith(Error::Invalid("month", "expected YYYY-MM"));
  auto assembly = Assemble(db, 1, catalog_dir);
  if (!assembly) ExitWith(assembly.error());
  UsageQueries& queries = (*assembly)->Get<UsageQueries>();
  auto lines = queries.MonthReport(*month);
  if (!lines) ExitWith(lines.error());
  std::cout << "user_name,month,volume_bytes,cap_bytes,level\n";
  for (const LineMonthUsage& l : *lines) {
    std::cout << l.user_name << ',' << FormatMonth(l.month) << ',' << l.volume.value << ',';
    if (l.cap.kind != CapKind::kUnlimited) std::cout << l.cap.bytes.value;
    std::cout << ',' << l.level << '\n';
  }
  auto unmatched = queries.Unmatched(*month);
  if (!unmatched) ExitWith(unmatched.error());
  for (const UserMonthVolume& u : *unmatched) {
    std::cerr << "unmatched user " << QuoteForLog(u.user_name) << ": " << u.bytes.value << " bytes in "
              << FormatMonth(*month) << " (no line carries this RADIUS User-Name)\n";
  }
}

}  // namespace

void AddUsageCommand(CLI::App& app, std::string& db, std::function<std::string()> catalog_dir) {
  auto* usage = app.add_subcommand("usage", "usage metering: import accounting records, report monthly volumes");
  usage->require_subcommand(1);
  auto file = std::make_shared<std::string>();
  auto* import_command = usage->add_subcommand(
      "import", "meter RADIUS accounting records from a CSV file (header: " + std::string(kHeader) + ")");
  import_command->add_option("--db", db, "database URL")->envname("BIZLINE_DB");
  import_command->add_option("file", *file, "the CSV file")->required();
  auto sms_webhook = std::make_shared<std::string>();
  import_command
      ->add_option("--sms-webhook", *sms_webhook,
                   "the server's SMS webhook: when set, the usage notices are enqueued as SMS too (U-12)")
      ->envname("BIZLINE_SMS_WEBHOOK");
  import_command->callback([&db, file, sms_webhook, catalog_dir] { Import(db, catalog_dir(), *file, *sms_webhook); });
  auto month = std::make_shared<std::string>();
  auto* report = usage->add_subcommand("report",
                                       "the month's volume of every line with volume, against its cap (CSV: "
                                       "user_name,month,volume_bytes,cap_bytes,level); unmatched users on stderr");
  report->add_option("--db", db, "database URL")->envname("BIZLINE_DB");
  report->add_option("--month", *month, "YYYY-MM (Europe/Brussels)")->required();
  report->callback([&db, month, catalog_dir] { Report(db, catalog_dir(), *month); });
}

}  // namespace bizline
