#include "http/availability/availability_pdf_sections.h"

#include <array>
#include <string_view>

#include "domain/calendar/brussels_time.h"
#include "domain/core/time_text.h"
#include "http/availability/credit_json.h"

namespace bizline::http {
namespace {

constexpr std::array<std::string_view, 12> kMonthNames = {"January",   "February", "March",    "April",
                                                          "May",       "June",     "July",     "August",
                                                          "September", "October",  "November", "December"};
std::string MonthName(date::year_month month) {
  return std::string(kMonthNames[static_cast<unsigned>(month.month()) - 1]) + " " +
         std::to_string(static_cast<int>(month.year()));
}

std::string ShortMonth(date::year_month month) {
  return std::string(kMonthNames[static_cast<unsigned>(month.month()) - 1].substr(0, 3));
}

// Brussels wall-clock time (U-38), as the customer lives it.
std::string Local(Instant instant) { return date::format("%Y-%m-%d %H:%M", ToBrusselsLocal(instant)); }

// "60:00:00": hours, minutes and seconds, exact.
std::string Duration(Seconds seconds) {
  const std::int64_t s = seconds.count();
  const std::int64_t minutes = s / 60 % 60, rest = s % 60;
  return std::to_string(s / 3600) + (minutes < 10 ? ":0" : ":") + std::to_string(minutes) + (rest < 10 ? ":0" : ":") +
         std::to_string(rest);
}

// A bar's note: the month's net downtime, short.
std::string DowntimeNote(Seconds seconds) {
  const std::int64_t s = seconds.count();
  if (s == 0) return {};
  if (s < 60) return std::to_string(s) + " s";
  if (s < 3600) return std::to_string(s / 60) + " min";
  const std::int64_t tenths = s / 360;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " h";
}

bool HasTarget(const LineAvailabilityReport& r) { return r.credit.outcome != AvailabilityOutcome::kNoTarget; }

std::string Sentence(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

void Summary(pdf::Document& doc, const LineAvailabilityReport& r) {
  std::vector<pdf::Field> fields{
      {"Line", std::to_string(r.line.value())},
      {"Formula", r.formula},
      {"SLA tier", r.tier.empty() ? "-" : r.tier},
      {"Year", std::to_string(static_cast<int>(r.year))},
      {"Measurement period", Local(r.period->from) + " – " + Local(r.period->to) + " (Brussels time, X-45)"},
      {"Net downtime", Duration(r.availability.net_downtime) + " inside the Service Window (SLA-047)"},
      {"Total duration", Duration(r.availability.total) + " counted 24x7 (SLA-048)"},
      {"Availability", FormatAvailabilityPercent(r.availability) + " % (SLA-046)"},
      {"Target",
       HasTarget(r) ? "99.70 % per year (SLA-049)" : "none: no availability level for this formula (SLA-049)"},
      {"Availability credit", Sentence(r.credit.reason) + " (" + std::string(r.credit.rule) + ")"},
  };
  if (r.credit.rate.is_credit()) {
    fields.push_back({"Claim deadline", FormatCivilDay(r.availability_claim_deadline) + " (SLA-011)"});
  }
  doc.Fields(fields);
}

// Each month's availability on an axis from a round figure under the lowest month, so a month
// just under 99.70 % shows; its bar is red when it is under the target (the exact test, IsBelow).
void MonthChart(pdf::Document& doc, const LineAvailabilityReport& r) {
  std::int64_t lowest = 1000000;  // ten-thousandths of a percent
  for (const MonthAvailability& m : r.months) lowest = std::min(lowest, m.availability.PercentTenThousandths());
  int floor = 0;  // in percent
  for (int candidate : {99, 98, 95, 90, 80, 50}) {
    if (lowest >= candidate * 10000) {
      floor = candidate;
      break;
    }
  }
  pdf::BarChart chart;
  chart.caption = "Availability by month (%), the month's net downtime over its bar";
  chart.axis_min = floor;
  chart.axis_max = 100;
  for (int step = 0; step <= 5; ++step) {
    const int tenths = floor * 10 + (1000 - floor * 10) * step / 5;
    chart.grid.push_back({tenths / 10.0, std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " %"});
  }
  if (HasTarget(r)) chart.threshold = pdf::ChartLine{99.7, "target 99.70 %"};
  for (const MonthAvailability& m : r.months) {
    const bool below = HasTarget(r) && IsBelow(m.availability, kAvailabilityTarget);
    // A double only to place the bar: the figures printed are the exact ones.
    chart.bars.push_back({ShortMonth(m.month), static_cast<double>(m.availability.PercentTenThousandths()) / 10000,
                          DowntimeNote(m.availability.net_downtime),
                          below ? pdf::BarTone::kAlert : pdf::BarTone::kNormal});
  }
  doc.AddBarChart(chart);
}

void MonthTable(pdf::Document& doc, const LineAvailabilityReport& r) {
  pdf::Table table{{{"Month", 2},
                    {"Net downtime", 1.5, pdf::Align::kRight},
                    {"Total (24x7)", 1.5, pdf::Align::kRight},
                    {"Availability", 1.5, pdf::Align::kRight}},
                   {}};
  for (const MonthAvailability& m : r.months) {
    table.rows.push_back({MonthName(m.month), Duration(m.availability.net_downtime), Duration(m.availability.total),
                          FormatAvailabilityPercent(m.availability) + " %"});
  }
  doc.AddTable(table);
}

void DowntimeTable(pdf::Document& doc, const LineAvailabilityReport& r) {
  doc.Subheading("Downtime intervals");
  if (r.downtime.empty()) {
    doc.Paragraph("No P1 Incident the operator is responsible for in the period.");
    return;
  }
  pdf::Table table{{{"From", 1.6}, {"To", 1.6}, {"Duration", 1.1, pdf::Align::kRight}, {"Tickets", 2.2}}, {}};
  for (const DowntimeSpan& d : r.downtime) {
    std::string tickets;
    for (const std::string& t : d.tickets) tickets += (tickets.empty() ? "" : ", ") + t;
    table.rows.push_back({Local(d.span.from), Local(d.span.to), Duration(d.span.to - d.span.from), tickets});
  }
  doc.AddTable(table);
  doc.Note(
      "Brussels time. Intervals counted 24x7, overlapping Incidents merged and Stop-Clock left out; only their "
      "part inside the Service Window is net downtime (SLA-047). An open Incident runs to the period's end.");
}

void BreachTable(pdf::Document& doc, const LineAvailabilityReport& r) {
  doc.Subheading("Restoration breaches by month");
  if (r.restoration.empty()) {
    doc.Paragraph("No P1 Incident was restored after its due time in the year.");
    return;
  }
  pdf::Table table{
      {{"Month", 1.4}, {"Ticket", 1.5}, {"Due", 1.5}, {"Resolved", 1.5}, {"Credit", 1.9}, {"Claim by", 1.1}}, {}};
  for (const RestorationMonth& m : r.restoration) {
    for (std::size_t i = 0; i < m.credit.breaches.size(); ++i) {
      const bool first = i == 0;  // one credit per month however many breaches (SLA-044)
      const std::string credit = m.credit.rate.is_credit() ? PercentOfFee(m.credit.rate) : "none";
      table.rows.push_back({first ? MonthName(m.credit.month) : "", m.tickets[i], Local(m.credit.breaches[i].due),
                            Local(m.credit.breaches[i].resolved),
                            first ? credit + " (" + std::string(m.credit.rule) + ")" : "",
                            first && m.credit.rate.is_credit() ? FormatCivilDay(m.claim_deadline) : ""});
    }
  }
  doc.AddTable(table);
  doc.Note(
      "A claim must reach the operator by the date shown: three months after the month the breach was found "
      "in (SLA-011).");
}

}  // namespace

std::string PercentOfFee(CreditRate rate) { return CreditPercentJson(rate).dump() + " % of the monthly fee"; }

std::string LineTitle(const LineAvailabilityReport& r) {
  return "Line " + std::to_string(r.line.value()) + " · " + r.formula + (r.tier.empty() ? "" : " · " + r.tier);
}

void LineSection(pdf::Document& doc, const LineAvailabilityReport& r) {
  doc.KeepTogether(360);  // the heading, the summary and the chart on one page
  doc.Heading(LineTitle(r));
  if (!r.period) {
    doc.Paragraph(!r.no_sla.empty()
                      ? "No SLA applies to this line: " + r.no_sla + " (X-25)."
                      : "The line was not active at any instant of " + std::to_string(static_cast<int>(r.year)) +
                            ", so nothing is measured (X-45).");
    return;
  }
  Summary(doc, r);
  MonthChart(doc, r);
  MonthTable(doc, r);
  DowntimeTable(doc, r);
  BreachTable(doc, r);
}

}  // namespace bizline::http
