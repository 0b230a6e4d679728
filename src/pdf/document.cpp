#include "pdf/document.h"

#include "pdf/fonts.h"
#include "pdf/page_flow.h"

namespace bizline::pdf {
namespace {

constexpr double kBodySize = 9.5;
constexpr double kLeading = 1.35;  // line height over font size
constexpr double kBlockGap = 8;    // under a paragraph, fields, a table or a chart

}  // namespace

Result<Document> Document::Create(DocumentInfo info) {
  ASSIGN_OR_RETURN(const Fonts fonts, DejaVuSans());
  return Document(std::move(info), std::make_unique<PageFlow>(fonts));
}

Document::Document(DocumentInfo info, std::unique_ptr<PageFlow> flow)
    : info_(std::move(info)), flow_(std::move(flow)) {}
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&&) noexcept = default;
Document::~Document() = default;

void Document::Title(std::string_view text) {
  flow_->Font(Weight::kBold, 18);
  flow_->Color(kInk);
  Lines(text, 18, 1.2);
  flow_->Advance(2);
}

void Document::Subtitle(std::string_view text) {
  flow_->Font(Weight::kRegular, 11);
  flow_->Color(kMuted);
  Lines(text, 11, kLeading);
  flow_->Advance(kBlockGap + 4);
}

void Document::Heading(std::string_view text) {
  constexpr double kSize = 12.5;
  flow_->EnsureSpace(kSize * 1.4 + 4 * kBodySize * kLeading);
  if (!flow_->AtPageTop()) flow_->Advance(6);
  flow_->Font(Weight::kBold, kSize);
  flow_->Color(kAccent);
  Lines(text, kSize, 1.4);
  flow_->Advance(2);
}

void Document::Subheading(std::string_view text) {
  flow_->EnsureSpace(kBodySize * 1.4 + 4 * kBodySize * kLeading);
  if (!flow_->AtPageTop()) flow_->Advance(3);
  flow_->Font(Weight::kBold, 10);
  flow_->Color(kInk);
  Lines(text, 10, 1.4);
  flow_->Advance(1);
}

void Document::Paragraph(std::string_view text) {
  flow_->Font(Weight::kRegular, kBodySize);
  flow_->Color(kInk);
  Lines(text, kBodySize, kLeading);
  flow_->Advance(kBlockGap);
}

void Document::Note(std::string_view text) {
  constexpr double kSize = 8;
  flow_->Font(Weight::kRegular, kSize);
  flow_->Color(kMuted);
  Lines(text, kSize, kLeading);
  flow_->Advance(kBlockGap);
}

// Labels in a column of their own, bold; each value wraps beside its label.
void Document::Fields(std::span<const Field> fields) {
  constexpr double kLabelWidth = 150;
  const double line = kBodySize * kLeading;
  for (const Field& field : fields) {
    flow_->Font(Weight::kRegular, kBodySize);
    const std::vector<std::string> lines = flow_->Wrap(field.value, kTextWidth - kLabelWidth);
    flow_->EnsureSpace(line * static_cast<double>(lines.size()));
    const double baseline = flow_->y() + kBodySize;
    flow_->Font(Weight::kBold, kBodySize);
    flow_->Color(kMuted);
    flow_->Text(kMargin, baseline, field.label);
    flow_->Font(Weight::kRegular, kBodySize);
    flow_->Color(kInk);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      flow_->Text(kMargin + kLabelWidth, baseline + line * static_cast<double>(i), lines[i]);
    }
    flow_->Advance(line * static_cast<double>(lines.size()));
  }
  flow_->Advance(kBlockGap);
}

void Document::AddTable(const Table& table) {
  DrawTable(*flow_, table);
  flow_->Advance(kBlockGap);
}

void Document::AddBarChart(const BarChart& chart) {
  DrawBarChart(*flow_, chart);
  flow_->Advance(kBlockGap);
}

void Document::KeepTogether(double points) { flow_->EnsureSpace(points); }

void Document::PageBreak() {
  if (!flow_->AtPageTop()) flow_->NewPage();
}

Result<std::string> Document::Finish() && { return flow_->Render(info_.title, info_.footer); }

// `text` wrapped to the text width in the font already set, a new page whenever one is full.
void Document::Lines(std::string_view text, double size, double leading) {
  const double line = size * leading;
  for (const std::string& l : flow_->Wrap(text, kTextWidth)) {
    flow_->EnsureSpace(line);
    flow_->Text(kMargin, flow_->y() + size, l);
    flow_->Advance(line);
  }
}

}  // namespace bizline::pdf
