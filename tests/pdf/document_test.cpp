// The document writer (src/pdf/) read back with poppler-utils: text comes out as it went in,
// accents and the euro sign included, in DejaVu Sans embedded; a long table goes on over pages
// with its heading row again, and every page's footer counts the pages.
#include "pdf/document.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "support/pdf_tools.h"

namespace bizline::testing {
namespace {

std::string Rendered(pdf::Document doc) {
  auto bytes = std::move(doc).Finish();
  EXPECT_TRUE(bytes.ok()) << bytes.error().message;
  return bytes.ok() ? *bytes : std::string();
}

pdf::Document NewDocument() {
  auto doc = pdf::Document::Create({"Facture", "bizline · test"});
  EXPECT_TRUE(doc.ok()) << doc.error().message;
  return std::move(*doc);
}

TEST(PdfDocument, TextComesBackWithItsAccentsAndTheEuroSignInAnEmbeddedFont) {
  pdf::Document doc = NewDocument();
  doc.Title("Facture de décembre");
  doc.Subtitle("Disponibilité du service — Ça coûte € 1.234,56");
  doc.Heading("Détail");
  doc.Paragraph("Één lijn, «quotes», naïve café; an invalid byte \xC0 is shown, not fatal.");
  const std::vector<pdf::Field> fields{{"Montant", "€ 42,00"}};
  doc.Fields(fields);
  const std::string pdf = Rendered(std::move(doc));
  ASSERT_EQ(pdf.rfind("%PDF-", 0), 0U);

  const ToolOutput text = PdfText(pdf);
  ASSERT_EQ(text.exit_code, 0) << "pdftotext (poppler-utils, scripts/deps.sh test) failed: " << text.out;
  for (const char* expected :
       {"Facture de décembre", "Disponibilité du service — Ça coûte € 1.234,56", "Détail",
        "Één lijn, «quotes», naïve café", "\xEF\xBF\xBD is shown", "€ 42,00", "Page 1 of 1", "bizline · test"}) {
    EXPECT_NE(text.out.find(expected), std::string::npos) << expected << " missing from:\n" << text.out;
  }
  const ToolOutput fonts = PdfFonts(pdf);
  ASSERT_EQ(fonts.exit_code, 0) << "pdffonts (poppler-utils) failed: " << fonts.out;
  const auto embedded = EmbeddedColumn(fonts.out);
  ASSERT_FALSE(embedded.empty()) << fonts.out;
  for (const auto& [name, emb] : embedded) {
    EXPECT_NE(name.find("DejaVuSans"), std::string::npos) << fonts.out;
    EXPECT_EQ(emb, "yes") << name << " is not embedded:\n" << fonts.out;
  }
}

TEST(PdfDocument, ALongTableGoesOnOverPagesWithItsHeadingAndTheFooterCountsThem) {
  pdf::Document doc = NewDocument();
  doc.Title("Many rows");
  pdf::BarChart chart;
  chart.caption = "Bars";
  chart.axis_min = 99;
  chart.axis_max = 100;
  chart.threshold = pdf::ChartLine{99.7, "target 99.70 %"};
  chart.bars = {{"Jan", 99.9, "1 h"}, {"Feb", 98.0, "9 h", pdf::BarTone::kAlert}};
  doc.AddBarChart(chart);
  pdf::Table table{{{"Ticket", 1}, {"Amount", 1, pdf::Align::kRight}}, {}};
  for (int i = 1; i <= 120; ++i)
    table.rows.push_back({"BZ-2026-" + std::to_string(100000 + i), "€ " + std::to_string(i)});
  doc.AddTable(table);
  const ToolOutput text = PdfText(Rendered(std::move(doc)));
  ASSERT_EQ(text.exit_code, 0) << text.out;
  EXPECT_NE(text.out.find("BZ-2026-100001"), std::string::npos);
  EXPECT_NE(text.out.find("BZ-2026-100120"), std::string::npos);
  EXPECT_NE(text.out.find("target 99.70 %"), std::string::npos);
  const std::size_t pages = static_cast<std::size_t>(std::count(text.out.begin(), text.out.end(), '\f'));
  ASSERT_GE(pages, 3U) << text.out;
  EXPECT_NE(text.out.find("Page " + std::to_string(pages) + " of " + std::to_string(pages)), std::string::npos);
  std::size_t headings = 0;
  for (std::size_t at = 0; (at = text.out.find("Ticket", at)) != std::string::npos; ++at) ++headings;
  EXPECT_EQ(headings, pages) << "the heading row starts every page the table is on";
}

}  // namespace
}  // namespace bizline::testing
