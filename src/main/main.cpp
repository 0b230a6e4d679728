// The bizline command line: serve, migrate, demo, user add, version, and the domain tools.
// Wiring only: every command calls into the app layer.
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/demo/demo_data.h"
#include "app/usage/journal_applier.h"
#include "app/usage/usage_meter.h"
#include "http/core/api.h"
#include "http/core/server.h"
#include "jobs/accounting_journal.h"
#include "main/assembly.h"
#include "main/availability_command.h"
#include "main/background_wiring.h"
#include "main/capabilities.h"
#include "main/cli_error.h"
#include "main/line_command.h"
#include "main/order_command.h"
#include "main/runtime.h"
#include "main/sla_command.h"
#include "main/usage_command.h"
#include "radius/accounting_listener.h"
#include "radius/coa_client.h"
#include "storage/usage/file_accounting_journal.h"

namespace bizline {
namespace {

constexpr const char* kVersion = "0.1.0";
constexpr const char* kDefaultDb = "sqlite:var/bizline.db";

Result<http::ServerOptions> ParseListen(const std::string& listen) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos) return Error::Invalid("listen", "expected HOST:PORT, e.g. 127.0.0.1:8080");
  http::ServerOptions options;
  options.host = listen.substr(0, colon);
  if (options.host.size() > 2 && options.host.front() == '[')
    options.host = options.host.substr(1, options.host.size() - 2);
  try {
    int port = std::stoi(listen.substr(colon + 1));
    if (port < 0 || port > 65535) throw std::out_of_range("port");
    options.port = static_cast<std::uint16_t>(port);
  } catch (const std::exception&) {
    return Error::Invalid("listen", "the port must be a number from 0 to 65535");
  }
  return options;
}

// The RADIUS accounting listener's options: it runs when a clients file names at least one NAS.
struct RadiusConfig {
  std::string listen = "127.0.0.1:1813";
  std::string clients_file;
  int coa_port = 3799;                          // RFC 5176 §3.2: where NASes take CoA and Disconnect
  std::string profile_attribute = "Filter-Id";  // the attribute a CoA-Request carries the profile in
  std::string journal_dir;                      // empty: beside a SQLite database, else var/accounting-journal
};

// Where the listener's records are made durable before they are answered: the configured
// directory, else beside the SQLite database file, else var/accounting-journal.
std::filesystem::path JournalDirFor(const std::string& db, const RadiusConfig& config) {
  if (!config.journal_dir.empty()) return config.journal_dir;
  constexpr std::string_view kSqlite = "sqlite:";
  if (db.starts_with(kSqlite)) return db.substr(kSqlite.size()) + ".accounting";
  return "var/accounting-journal";
}

// U-13: throttles are sent to the NASes of the clients file, with their secrets.
Result<std::unique_ptr<radius::CoaClient>> CoaClientFor(const RadiusConfig& config,
                                                        const std::optional<radius::ListenerOptions>& listener) {
  if (!listener) return std::unique_ptr<radius::CoaClient>();
  radius::CoaOptions options;
  options.secrets = listener->secrets;
  options.port = static_cast<std::uint16_t>(config.coa_port);
  ASSIGN_OR_RETURN(options.profile_attribute, radius::ParseProfileAttribute(config.profile_attribute));
  return std::make_unique<radius::CoaClient>(std::move(options));
}

Result<std::optional<radius::ListenerOptions>> RadiusOptions(const RadiusConfig& config) {
  if (config.clients_file.empty()) return std::optional<radius::ListenerOptions>();
  std::ifstream in(config.clients_file);
  if (!in) return Error::Invalid("radius-clients", "cannot read " + config.clients_file);
  std::stringstream text;
  text << in.rdbuf();
  ASSIGN_OR_RETURN(auto secrets, radius::ParseClients(text.str()));
  ASSIGN_OR_RETURN(auto address, ParseListen(config.listen));
  radius::ListenerOptions options;
  options.host = address.host;
  options.port = address.port;
  options.secrets = std::move(secrets);
  return std::optional<radius::ListenerOptions>(std::move(options));
}

int Serve(const std::string& db, const std::string& listen, int threads, const std::string& catalog_dir,
          const JobsConfig& jobs_config, const RadiusConfig& radius_config) {
  auto options = ParseListen(listen);
  if (!options) return ReportError(options.error());
  auto radius_options = RadiusOptions(radius_config);
  if (!radius_options) return ReportError(radius_options.error());
  if (threads < 1 || threads > 256) return ReportError(Error::Invalid("threads", "must be from 1 to 256"));
  auto sms = SmsNoticesFor(jobs_config.sms_webhook);
  if (!sms) return ReportError(sms.error());
  // One connection per runtime thread (the HTTP threads and the one the jobs may occupy) and one
  // for start-up work.
  auto assembly = Assemble(db, static_cast<std::size_t>(threads) + 2, catalog_dir, *sms);
  if (!assembly) return ReportError(assembly.error());
  // The HTTP threads, and one more that a long-running job may hold without slowing requests.
  Runtime runtime(threads + 1);
  http::Metrics metrics;
  for (const auto& render : (*assembly)->metrics()) metrics.AddSource(render);
  http::ApiDispatcher dispatcher((*assembly)->Get<AuthService>(), metrics, (*assembly)->routes());
  http::Server server(*options, dispatcher, runtime.io());
  auto port = server.Listen();
  if (!port) return ReportError(port.error());
  auto coa = CoaClientFor(radius_config, *radius_options);
  if (!coa) return ReportError(coa.error());
  // The accounting journal: the listener's records are durable there before they are answered,
  // and metered from there by a job. What a crash left unmetered is metered before anything new.
  std::unique_ptr<FileAccountingJournal> journal;
  std::unique_ptr<JournalApplier> applier;
  if (*radius_options) {
    auto opened = FileAccountingJournal::Open(JournalDirFor(db, radius_config));
    if (!opened) return ReportError(opened.error());
    journal = std::move(*opened);
    applier =
        std::make_unique<JournalApplier>(*(*assembly)->platform().storage, (*assembly)->Get<UsageMeter>(), *journal);
    auto recovered = applier->ApplyAll();
    if (!recovered) return ReportError(recovered.error());
    if (*recovered > 0) spdlog::info("accounting journal: {} record(s) metered that a stop left behind", *recovered);
  }
  // Every capability's jobs (notification delivery, SLA breach watch, late activation, throttles).
  auto jobs = BackgroundJobs::Start(**assembly, jobs_config, runtime.io(), coa->get());
  if (!jobs) return ReportError(jobs.error());
  // SIGTERM: stop accepting and let requests finish; stop re-arming jobs and let the running one end.
  runtime.OnStop([&server] { server.Stop(); });
  runtime.OnStop([&jobs] { (*jobs)->Stop(); });
  // RADIUS accounting: each batch is appended to the journal (one fsync) before it is answered.
  std::unique_ptr<JournalApplyThread> metering;
  std::unique_ptr<radius::AccountingListener> accounting;
  if (*radius_options) {
    metering = std::make_unique<JournalApplyThread>(*applier);
    runtime.OnStop([&metering] { metering->Stop(); });
    const std::string radius_host = (*radius_options)->host;
    accounting = std::make_unique<radius::AccountingListener>(
        std::move(**radius_options),
        [&journal, &metering](std::span<const AccountingRecord> records) -> Status {
          TRY(journal->Append(records));
          metering->Wake();
          return Ok{};
        },
        runtime.io());
    auto radius_port = accounting->Listen();
    if (!radius_port) return ReportError(radius_port.error());
    runtime.OnStop([&accounting] { accounting->Stop(); });
    metrics.AddSource([&accounting] { return radius::RenderMetrics(accounting->counters()); });
    accounting->Start();
    std::cout << "bizline radius accounting on udp://" << radius_host << ":" << *radius_port << std::endl;
  } else {
    spdlog::info("no RADIUS clients configured (--radius-clients FILE): the accounting listener is off");
  }
  server.Start();
  std::string host = options->host.find(':') != std::string::npos ? "[" + options->host + "]" : options->host;
  // Tests and scripts read this line to learn the port; keep its shape.
  std::cout << "bizline listening on http://" << host << ":" << *port << std::endl;
  runtime.Run();
  if (applier) {  // what was acknowledged before the stop is metered now, not at the next start
    metering->Stop();
    if (auto drained = applier->ApplyAll(); !drained) spdlog::error("accounting journal: {}", drained.error().message);
  }
  spdlog::info("bizline stopped");
  return 0;
}

int Demo(const std::string& db, const std::string& catalog_dir) {
  auto assembly = Assemble(db, 1, catalog_dir);
  if (!assembly) return ReportError(assembly.error());
  Assembly& a = **assembly;
  Platform& p = a.platform();
  auto outcome = LoadDemoData(*p.storage, a.Get<CustomerService>(), a.Get<AuthService>());
  if (!outcome) return ReportError(outcome.error());
  if (*outcome == DemoOutcome::kLoaded) {
    auto lines = LoadDemoLines(*p.storage, a.Get<ProvisioningService>(), p.clock.Now());
    if (!lines) return ReportError(lines.error());
    auto orders = LoadDemoOrders(*p.storage, p.catalog, a.Get<LineProvisioner>(), p.clock.Now());
    if (!orders) return ReportError(orders.error());
    auto tickets = LoadDemoTickets(*p.storage, p.sla, p.clock.Now());
    if (!tickets) return ReportError(tickets.error());
  }
  std::cout << (*outcome == DemoOutcome::kLoaded ? "demo data loaded" : "demo data already present") << "\n";
  for (const auto& login : DemoLogins()) std::cout << "  " << login.email << " / demo  (" << login.role << ")\n";
  return 0;
}

int Migrate(const std::string& db) {
  auto storage = SociStorage::Open(db, 1, AllRepositories());
  if (!storage) return ReportError(storage.error());
  auto applied = (*storage)->Migrate();
  if (!applied) return ReportError(applied.error());
  std::cout << "applied " << *applied << " migration(s)\n";
  return 0;
}

int AddUser(const std::string& db, NewUser user, const std::string& role_text, std::int64_t customer,
            const std::string& catalog_dir) {
  auto role = ParseRole(role_text);
  if (!role) return ReportError(Error::Invalid("role", "unknown role " + role_text));
  user.role = *role;
  if (customer > 0) user.customer_id = CustomerId(customer);
  auto assembly = Assemble(db, 1, catalog_dir);
  if (!assembly) return ReportError(assembly.error());
  auto id = (*assembly)->Get<AuthService>().AddUserAsSystem(user);
  if (!id) return ReportError(id.error());
  std::cout << "user " << id->value() << " created\n";
  return 0;
}

}  // namespace
}  // namespace bizline

int main(int argc, char** argv) {
  using namespace bizline;
  // Logs go to stderr; stdout carries command output (and the "listening on" line).
  spdlog::set_default_logger(spdlog::stderr_color_mt("bizline"));
  CLI::App app{"bizline — runs a business-internet offer as its contract says"};
  app.require_subcommand(1);
  std::string db = kDefaultDb;
  app.add_option("--db", db, "database URL: sqlite:PATH or postgresql://...")->envname("BIZLINE_DB");
  int exit_code = 0;
  // The offer as data (catalog/*.yaml); the source tree's copy unless told otherwise.
  std::string catalog_dir = BIZLINE_DEFAULT_CATALOG_DIR;
  app.add_option("--catalog", catalog_dir, "directory of the catalog files")->envname("BIZLINE_CATALOG");

  auto* serve = app.add_subcommand("serve", "serve the HTTP API");
  std::string listen = "127.0.0.1:8080";
  int threads = 4;
  serve->add_option("--db", db, "database URL")->envname("BIZLINE_DB");
  serve->add_option("--listen", listen, "HOST:PORT (port 0 picks a free one)")->envname("BIZLINE_LISTEN");
  serve->add_option("--threads", threads, "worker threads")->envname("BIZLINE_THREADS");
  JobsConfig jobs_config;
  serve->add_option("--smtp", jobs_config.smtp_url, "SMTP server for notifications, e.g. smtp://127.0.0.1:2525")
      ->envname("BIZLINE_SMTP");
  serve->add_option("--smtp-from", jobs_config.smtp_from, "From address of notifications")
      ->envname("BIZLINE_SMTP_FROM");
  serve->add_option("--smtp-user", jobs_config.smtp_user, "SMTP login (optional)")->envname("BIZLINE_SMTP_USER");
  serve->add_option("--smtp-password", jobs_config.smtp_password, "SMTP password")->envname("BIZLINE_SMTP_PASSWORD");
  serve
      ->add_option("--session-silence", jobs_config.session_silence_seconds,
                   "seconds after which an accounting session without Stop is closed")
      ->check(CLI::Range(60, 7 * 24 * 3600))
      ->envname("BIZLINE_SESSION_SILENCE");
  serve
      ->add_option("--sms-webhook", jobs_config.sms_webhook,
                   "http:// URL the SMS notices are POSTed to as JSON (U-12); without it no SMS is sent")
      ->envname("BIZLINE_SMS_WEBHOOK");
  RadiusConfig radius_config;
  serve->add_option("--radius-listen", radius_config.listen, "HOST:PORT of the RADIUS accounting listener")
      ->envname("BIZLINE_RADIUS_LISTEN");
  serve
      ->add_option("--radius-clients", radius_config.clients_file,
                   "file of 'ADDRESS SECRET' lines: the NAS allowed to send accounting (the listener runs when set)")
      ->envname("BIZLINE_RADIUS_CLIENTS");
  serve->add_option("--coa-port", radius_config.coa_port, "UDP port of the NASes' CoA/Disconnect server (RFC 5176)")
      ->check(CLI::Range(1, 65535))
      ->envname("BIZLINE_COA_PORT");
  serve
      ->add_option("--accounting-journal", radius_config.journal_dir,
                   "directory where accepted accounting records are made durable before they are answered "
                   "(default: beside the SQLite database, else var/accounting-journal)")
      ->envname("BIZLINE_ACCOUNTING_JOURNAL");
  serve
      ->add_option("--coa-profile-attribute", radius_config.profile_attribute,
                   "attribute carrying the throttle profile in a CoA-Request: Filter-Id, Class or a number")
      ->envname("BIZLINE_COA_PROFILE_ATTRIBUTE");
  serve->callback([&] { exit_code = Serve(db, listen, threads, catalog_dir, jobs_config, radius_config); });

  auto* migrate = app.add_subcommand("migrate", "apply pending database migrations");
  migrate->add_option("--db", db, "database URL")->envname("BIZLINE_DB");
  migrate->callback([&] { exit_code = Migrate(db); });

  auto* demo = app.add_subcommand("demo", "load demo data into an empty database");
  demo->add_option("--db", db, "database URL")->envname("BIZLINE_DB");
  demo->callback([&] { exit_code = Demo(db, catalog_dir); });

  auto* user = app.add_subcommand("user", "manage users")->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "create a user");
  NewUser new_user;
  std::string role;
  std::int64_t customer = 0;
  user_add->add_option("--db", db, "database URL")->envname("BIZLINE_DB");
  user_add->add_option("--email", new_user.email, "login e-mail")->required();
  user_add->add_option("--name", new_user.name, "full name")->required();
  user_add->add_option("--password", new_user.password, "password")->required();
  user_add->add_option("--role", role, "agent-l1|agent-l2|provisioning|billing|escalation-manager|admin|customer-rep")
      ->required();
  user_add->add_option("--customer", customer, "customer id (customer-rep only)");
  user_add->callback([&] { exit_code = AddUser(db, new_user, role, customer, catalog_dir); });

  AddSlaCommand(app, [&] { return catalog_dir; });
  AddAvailabilityCommand(app, [&] { return catalog_dir; });
  AddOrderCommand(app, [&] { return catalog_dir; });
  AddUsageCommand(app, db, [&] { return catalog_dir; });
  AddLineCommand(app, db, [&] { return catalog_dir; });

  auto* version = app.add_subcommand("version", "print the version");
  version->callback([&] { std::cout << "bizline " << kVersion << "\n"; });

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return exit_code;
}
