// GET /api/v1/line/{id}/availability?year=YYYY: the line's availability, its credit and its
// restoration breaches with their claim deadlines (SLA-011, SLA-044..SLA-050), as JSON or as a PDF
// (format=pdf); GET /api/v1/customer/{id}/availability: every line's, as JSON, CSV or PDF.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "domain/availability/credit_rate.h"
#include "domain/core/csv.h"
#include "domain/core/time_text.h"
#include "http/availability/availability_report_pdf.h"
#include "http/availability/credit_json.h"
#include "http/availability/routes.h"
#include "http/core/errors.h"
#include "http/core/json_io.h"

namespace bizline::http {
namespace {

using nlohmann::json;

// "2026" from ?year=, else the current year (nullopt).
Result<std::optional<date::year>> YearParameter(const Request& request) {
  auto given = request.Query("year");
  if (!given) return std::optional<date::year>();
  if (given->size() != 4 || given->find_first_not_of("0123456789") != std::string::npos) {
    return Error::Invalid("year", "expected YYYY");
  }
  return std::optional<date::year>(date::year(std::stoi(*given)));
}

// "99.70" for the level that may lose 3 in 1000 (exact: whole basis points).
std::string LevelPercent(AvailabilityLevel level) {
  const std::int64_t basis_points = (level.per - level.lost) * 10000 / level.per;
  return std::to_string(basis_points / 100) + "." + (basis_points % 100 < 10 ? "0" : "") +
         std::to_string(basis_points % 100);
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
  const bool has_target = r.credit.outcome != AvailabilityOutcome::kNoTarget;
  if (has_target) credit["targetPercent"] = LevelPercent(kAvailabilityTarget);  // SLA-049
  out["availabilityCredit"] = credit;
  json months = json::array();
  for (const MonthAvailability& m : r.months) {
    months.push_back({{"month", date::format("%Y-%m", m.month)},
                      {"netDowntimeSeconds", m.availability.net_downtime.count()},
                      {"totalSeconds", m.availability.total.count()},
                      {"availabilityPercent", FormatAvailabilityPercent(m.availability)}});
    // The month alone against the level, decided by the domain (the portal colours it).
    if (has_target) months.back()["belowTarget"] = IsBelow(m.availability, kAvailabilityTarget);
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

enum class ReportFormat { kJson, kCsv, kPdf };
constexpr std::pair<std::string_view, ReportFormat> kFormatNames[] = {
    {"json", ReportFormat::kJson}, {"csv", ReportFormat::kCsv}, {"pdf", ReportFormat::kPdf}};

// ?format=, one of `formats`; json when absent.
Result<ReportFormat> FormatParameter(const Request& request, std::initializer_list<ReportFormat> formats) {
  auto given = request.Query("format");
  if (!given) return ReportFormat::kJson;
  std::string listed;
  for (const auto& [name, format] : kFormatNames) {
    if (std::find(formats.begin(), formats.end(), format) == formats.end()) continue;
    if (*given == name) return format;
    listed += (listed.empty() ? "" : ", ") + std::string(name);
  }
  return Error::Invalid("format", "expected one of " + listed);
}

// ?year= and ?format=, nothing else.
struct ReportParameters {
  std::optional<date::year> year;
  ReportFormat format = ReportFormat::kJson;
};
Result<ReportParameters> ReportParametersOf(const Request& request, std::initializer_list<ReportFormat> formats) {
  TRY(OnlyQueryParameters(request, {"year", "format"}));
  ReportParameters out;
  ASSIGN_OR_RETURN(out.format, FormatParameter(request, formats));
  ASSIGN_OR_RETURN(out.year, YearParameter(request));
  return out;
}

// The PDF as a download named `stem`.pdf.
Response PdfResponse(Result<std::string> pdf, const std::string& stem) {
  if (!pdf) return ErrorResponse(pdf.error());
  Response r;
  r.content_type = "application/pdf";
  r.body = std::move(*pdf);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + stem + ".pdf\"");
  return r;
}

std::string YearText(date::year year) { return std::to_string(static_cast<int>(year)); }

}  // namespace

void AddAvailabilityRoutes(Router& router, AvailabilityQueries& queries) {
  // Per customer: every line's report of the year, as JSON, CSV or PDF.
  router.Add(
      Method::kGet, "/api/v1/customer/{id}/availability", Access::kAuthenticated,
      [&queries](const Request& request, const Context& ctx) {
        auto id = PathId(request);
        if (!id) return ErrorResponse(id.error());
        auto parameters = ReportParametersOf(request, {ReportFormat::kJson, ReportFormat::kCsv, ReportFormat::kPdf});
        if (!parameters) return ErrorResponse(parameters.error());
        auto reports = queries.CustomerYear(*ctx.principal, CustomerId(*id), parameters->year);
        if (!reports) return ErrorResponse(reports.error());
        if (parameters->format == ReportFormat::kPdf) {
          const std::string year = reports->empty() ? "" : "-" + YearText(reports->front().year);
          return PdfResponse(CustomerReportPdf(CustomerId(*id), *reports),
                             "availability-customer-" + std::to_string(*id) + year);
        }
        if (parameters->format == ReportFormat::kCsv) {
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
               auto parameters = ReportParametersOf(request, {ReportFormat::kJson, ReportFormat::kPdf});
               if (!parameters) return ErrorResponse(parameters.error());
               auto report = queries.LineYear(*ctx.principal, ProductId(*id), parameters->year);
               if (!report) return ErrorResponse(report.error());
               if (parameters->format == ReportFormat::kPdf) {
                 return PdfResponse(LineReportPdf(*report),
                                    "availability-" + std::to_string(*id) + "-" + YearText(report->year));
               }
               return Response::Json(200, ReportJson(*report));
             });
}

}  // namespace bizline::http
