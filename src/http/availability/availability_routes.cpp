// GET /api/v1/line/{id}/availability?year=YYYY: the line's availability, its credit and its
// restoration breaches with their claim deadlines (SLA-011, SLA-044..SLA-050).
#include <algorithm>
#include <nlohmann/json.hpp>

#include "domain/availability/credit_rate.h"
#include "domain/core/csv.h"
#include "domain/core/time_text.h"
#include "http/availability/credit_json.h"
#include "http/availability/routes.h"
#include "http/core/errors.h"
#include "http/core/json_io.h"

namespace bizline::http {
namespace {

using nlohmann::json;

// Every query parameter is one of `known`.
Status OnlyParameters(const Request& request, std::initializer_list<std::string_view> known,
                      const std::string& listed) {
  for (const auto& [key, value] : request.QueryItems()) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      return Error::Invalid(key, "unknown parameter; parameters: " + listed);
    }
  }
  return Ok{};
}

// "2026" from ?year=, else the current year (nullopt).
Result<std::optional<date::year>> YearParameter(const Request& request) {
  auto given = request.Query("year");
  if (!given) return std::optional<date::year>();
  if (given->size() != 4 || given->find_first_not_of("0123456789") != std::string::npos) {
    return Error::Invalid("year", "expected YYYY");
  }
  return std::optional<date::year>(date::year(std::stoi(*given)));
}

json ReportJson(const LineAvailabilityReport& r) {
  json out{{"line", std::to_string(r.line.value())},
           {"formula", r.formula},
           {"tier", r.tier},
           {"year", static_cast<int>(r.year)}};
  if (!r.period) {
    out["slaApplies"] = false;  // not active at any instant of the year, or X-25: no SLA
    if (!r.no_sla.empty()) out["reason"] = r.no_sla;
    return out;
  }
  out["slaApplies"] = true;
  out["period"] = {{"from", FormatInstant(r.period->from)}, {"to", FormatInstant(r.period->to)}};
  out["netDowntimeSeconds"] = r.availability.net_downtime.count();
  out["totalSeconds"] = r.availability.total.count();
  out["availabilityPercent"] = FormatAvailabilityPercent(r.availability);
  json credit{{"outcome", kAvailabilityOutcomeNames.Name(r.credit.outcome)}, {"reason", r.credit.reason}};
  if (!r.credit.rule.empty()) credit["rule"] = std::string(r.credit.rule);
  if (r.credit.outcome == AvailabilityOutcome::kBelowTarget ||
      r.credit.outcome == AvailabilityOutcome::kBelowLowerTier) {
    credit["percentOfMonthlyFee"] = CreditPercentJson(r.credit.rate);
    credit["claimDeadline"] = FormatCivilDay(r.availability_claim_deadline);  // SLA-011
  }
  out["availabilityCredit"] = credit;
  json months = json::array();
  for (const MonthAvailability& m : r.months) {
    months.push_back({{"month", date::format("%Y-%m", m.month)},
                      {"netDowntimeSeconds", m.availability.net_downtime.count()},
                      {"totalSeconds", m.availability.total.count()},
                      {"availabilityPercent", FormatAvailabilityPercent(m.availability)}});
  }
  out["months"] = months;
  json downtime = json::array();
  for (const DowntimeSpan& d : r.downtime) {
    downtime.push_back(
        {{"from", FormatInstant(d.span.from)}, {"to", FormatInstant(d.span.to)}, {"tickets", d.tickets}});
  }
  out["downtime"] = downtime;
  json restoration = json::array();
  for (const RestorationMonth& m : r.restoration) {
    json breaches = json::array();
    for (std::size_t i = 0; i < m.credit.breaches.size(); ++i) {
      breaches.push_back({{"ticket", m.tickets[i]},
                          {"due", FormatInstant(m.credit.breaches[i].due)},
                          {"resolved", FormatInstant(m.credit.breaches[i].resolved)}});
    }
    json month{{"month", date::format("%Y-%m", m.credit.month)},
               {"breaches", breaches},
               {"rule", std::string(m.credit.rule)},
               {"percentOfMonthlyFee", CreditPercentJson(m.credit.rate)}};
    if (m.credit.rate.basis_points() > 0) month["claimDeadline"] = FormatCivilDay(m.claim_deadline);  // SLA-011
    restoration.push_back(month);
  }
  out["restorationBreaches"] = restoration;
  return out;
}

// One row per line for audits and spreadsheets: the year's figures and what may be claimed.
std::string ReportCsv(std::span<const LineAvailabilityReport> reports) {
  std::string out =
      "line,formula,tier,period_from,period_to,net_downtime_seconds,total_seconds,availability_percent,"
      "availability_credit_percent,availability_claim_deadline,restoration_breach_months\n";
  for (const LineAvailabilityReport& r : reports) {
    std::vector<std::string> cells{std::to_string(r.line.value()), r.formula, r.tier};
    if (r.period) {
      const bool credit = r.credit.rate.is_credit();
      std::string months;
      for (const RestorationMonth& m : r.restoration)
        months += (months.empty() ? "" : " ") + date::format("%Y-%m", m.credit.month);
      for (std::string cell :
           {FormatInstant(r.period->from), FormatInstant(r.period->to),
            std::to_string(r.availability.net_downtime.count()), std::to_string(r.availability.total.count()),
            FormatAvailabilityPercent(r.availability), credit ? CreditPercentJson(r.credit.rate).dump() : std::string(),
            credit ? FormatCivilDay(r.availability_claim_deadline) : std::string(), months}) {
        cells.push_back(std::move(cell));
      }
    } else {
      cells.resize(cells.size() + 8);
    }
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + CsvField(cells[i]);
    out += "\n";
  }
  return out;
}

// ?year= and ?format=json|csv, nothing else.
struct ReportParameters {
  std::optional<date::year> year;
  bool csv = false;
};
Result<ReportParameters> CustomerReportParameters(const Request& request) {
  TRY(OnlyParameters(request, {"year", "format"}, "year, format"));
  ReportParameters out;
  if (auto format = request.Query("format")) {
    if (*format != "json" && *format != "csv") return Error::Invalid("format", "expected json or csv");
    out.csv = *format == "csv";
  }
  ASSIGN_OR_RETURN(out.year, YearParameter(request));
  return out;
}

}  // namespace

void AddAvailabilityRoutes(Router& router, AvailabilityQueries& queries) {
  // Per customer: every line's report of the year, as JSON or as CSV.
  router.Add(Method::kGet, "/api/v1/customer/{id}/availability", Access::kAuthenticated,
             [&queries](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               auto parameters = CustomerReportParameters(request);
               if (!parameters) return ErrorResponse(parameters.error());
               auto reports = queries.CustomerYear(*ctx.principal, CustomerId(*id), parameters->year);
               if (!reports) return ErrorResponse(reports.error());
               if (parameters->csv) {
                 Response r;
                 r.content_type = "text/csv; charset=utf-8";
                 r.body = ReportCsv(*reports);
                 return r;
               }
               json lines = json::array();
               for (const LineAvailabilityReport& report : *reports) lines.push_back(ReportJson(report));
               return Response::Json(200, {{"customer", std::to_string(*id)}, {"lines", lines}});
             });
  router.Add(Method::kGet, "/api/v1/line/{id}/availability", Access::kAuthenticated,
             [&queries](const Request& request, const Context& ctx) {
               auto id = PathId(request);
               if (!id) return ErrorResponse(id.error());
               if (auto s = OnlyParameters(request, {"year"}, "year"); !s) return ErrorResponse(s.error());
               auto year = YearParameter(request);
               if (!year) return ErrorResponse(year.error());
               auto report = queries.LineYear(*ctx.principal, ProductId(*id), *year);
               if (!report) return ErrorResponse(report.error());
               return Response::Json(200, ReportJson(*report));
             });
}

}  // namespace bizline::http
