#include "main/usage_command.h"

#include <algorithm>
#include <iostream>
#include <memory>
#include <thread>

#include "app/usage/bulk_meter.h"
#include "app/usage/usage_queries.h"
#include "domain/core/text.h"
#include "main/accounting_csv.h"
#include "main/assembly.h"
#include "main/background_wiring.h"
#include "main/cli_error.h"

namespace bizline {
namespace {

constexpr const char* kImportNas = "import";  // the NAS of records that came from a file

// `sms_webhook`: the server's (the same setting as serve's); when set, the notices the import
// crosses are enqueued as SMS too, for that server to send (U-12).
void Import(const std::string& db, const std::string& catalog_dir, const std::string& file,
            const std::string& sms_webhook) {
  auto sms = SmsNoticesFor(sms_webhook);
  if (!sms) ExitWith(sms.error());
  auto assembly = Assemble(db, 1, catalog_dir, *sms);
  if (!assembly) ExitWith(assembly.error());
  Platform& platform = (*assembly)->platform();
  auto meter = BulkUsageMeter::Begin(*platform.storage, platform.catalog, platform.clock, platform.sms, kImportNas);
  if (!meter) ExitWith(meter.error());
  std::size_t bad = 0;
  // A thread per core parses; this one meters the parsed chunks in file order.
  const int workers = static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
  auto read = ReadAccountingCsv(file, workers, [&](const AccountingChunk& chunk) -> Status {
    for (const RowError& e : chunk.errors) {
      ++bad;  // a bad row is reported and skipped; it changes nothing else
      std::cerr << "row " << e.row << ": " << e.error.field << ": " << e.error.message << "\n";
    }
    return (*meter)->Add(chunk.rows);
  });
  if (!read) ExitWith(read.error());
  auto total = (*meter)->Commit();
  if (!total) ExitWith(total.error());
  std::cout << "records=" << total->counted + total->duplicates + total->stale << " counted=" << total->counted
            << " duplicates=" << total->duplicates << " stale=" << total->stale << " bad=" << bad
            << " sessions_closed=" << total->sessions_closed << "\n";
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
      "import", "meter RADIUS accounting records from a CSV file (header: " + std::string(kAccountingCsvHeader) + ")");
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
