// A small document writer on cairo's PDF surface, for the reports and invoices bizline hands out
// (the availability report today, billing's invoices next): A4 portrait pages filled from top to
// bottom with a title, headings, paragraphs, label/value fields, tables and bar charts, and a
// footer with "Page n of N" on every page. Text is UTF-8 in DejaVu Sans, embedded, so accents
// and the euro sign print everywhere. Layout only: what to say is the caller's.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "domain/core/result.h"
#include "pdf/bar_chart.h"
#include "pdf/table.h"

namespace bizline::pdf {

class PageFlow;

struct DocumentInfo {
  std::string title;   // the PDF's metadata title
  std::string footer;  // at the left of every page's foot
};

struct Field {
  std::string label;
  std::string value;
};

class Document {
 public:
  // Unavailable when the font is missing (pdf/fonts.h).
  static Result<Document> Create(DocumentInfo info);
  Document(Document&&) noexcept;
  Document& operator=(Document&&) noexcept;
  ~Document();

  void Title(std::string_view text);
  void Subtitle(std::string_view text);
  // A heading never ends a page: it moves to the next one with room for a few lines under it.
  void Heading(std::string_view text);
  void Subheading(std::string_view text);  // a block's title under a heading; kept with it too
  void Paragraph(std::string_view text);
  void Note(std::string_view text);  // smaller and grey: an explanation under a block
  void Fields(std::span<const Field> fields);
  void AddTable(const Table& table);
  void AddBarChart(const BarChart& chart);
  // Starts a new page unless `points` remain on this one: keeps a block of known height whole.
  void KeepTogether(double points);
  void PageBreak();

  // The PDF's bytes. Unavailable when cairo could not draw or write it.
  Result<std::string> Finish() &&;

 private:
  Document(DocumentInfo info, std::unique_ptr<PageFlow> flow);
  void Lines(std::string_view text, double size, double leading);

  DocumentInfo info_;
  std::unique_ptr<PageFlow> flow_;
};

}  // namespace bizline::pdf
