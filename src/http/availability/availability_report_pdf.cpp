#include "http/availability/availability_report_pdf.h"

#include "http/availability/availability_pdf_sections.h"
#include "pdf/document.h"

namespace bizline::http {
namespace {

constexpr std::string_view kSubtitle = "Disponibilité du service · Service availability";

// One row per line, before the sections: what each line reached and may claim.
pdf::Table Overview(std::span<const LineAvailabilityReport> reports) {
  pdf::Table overview{{{"Line", 0.8},
                       {"Formula", 2},
                       {"Tier", 1},
                       {"Availability", 1.2, pdf::Align::kRight},
                       {"Availability credit", 2.2}},
                      {}};
  for (const LineAvailabilityReport& r : reports) {
    if (!r.period) {
      overview.rows.push_back({std::to_string(r.line.value()), r.formula, r.tier, "not measured", ""});
      continue;
    }
    overview.rows.push_back(
        {std::to_string(r.line.value()), r.formula, r.tier, FormatAvailabilityPercent(r.availability) + " %",
         (r.credit.rate.is_credit() ? PercentOfFee(r.credit.rate) : "none") + " (" + std::string(r.credit.rule) + ")"});
  }
  return overview;
}

}  // namespace

Result<std::string> LineReportPdf(const LineAvailabilityReport& report) {
  const std::string year = std::to_string(static_cast<int>(report.year));
  ASSIGN_OR_RETURN(
      pdf::Document doc,
      pdf::Document::Create({"Availability report " + year + ", line " + std::to_string(report.line.value()),
                             "bizline · availability report " + year + " · " + LineTitle(report)}));
  doc.Title("Availability report " + year);
  doc.Subtitle(kSubtitle);
  LineSection(doc, report);
  return std::move(doc).Finish();
}

Result<std::string> CustomerReportPdf(CustomerId customer, std::span<const LineAvailabilityReport> reports) {
  const std::string year = reports.empty() ? std::string() : " " + std::to_string(static_cast<int>(reports[0].year));
  const std::string who = "customer " + std::to_string(customer.value());
  ASSIGN_OR_RETURN(pdf::Document doc, pdf::Document::Create({"Availability report" + year + ", " + who,
                                                             "bizline · availability report" + year + " · " + who}));
  doc.Title("Availability report" + year + ", " + who);
  doc.Subtitle(kSubtitle);
  if (reports.empty()) {
    doc.Paragraph("The customer has no lines.");
    return std::move(doc).Finish();
  }
  doc.AddTable(Overview(reports));
  for (const LineAvailabilityReport& r : reports) LineSection(doc, r);
  return std::move(doc).Finish();
}

}  // namespace bizline::http
