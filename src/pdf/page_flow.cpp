#include "pdf/page_flow.h"

#include <cairo-pdf.h>

#include <algorithm>

#include "domain/core/text.h"

namespace bizline::pdf {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// `text` with every byte cairo would refuse (invalid UTF-8, control characters) shown as U+FFFD:
// a cairo context that meets one stops drawing altogether. Stored text is checked at the edge
// (domain/core/text.h), so this is a guard, not a path anything normal takes.
std::string Printable(std::string_view text) {
  std::string out(text);
  for (std::size_t from = 0; auto defect = FindTextDefect(std::string_view(out).substr(from), TextKind::kLine);) {
    const std::size_t at = from + defect->offset;
    out.replace(at, 1, kReplacement);
    from = at + kReplacement.size();
  }
  return out;
}

// The byte length of the UTF-8 sequence starting with `lead`.
std::size_t SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  return 4;
}

cairo_status_t AppendBytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

double WidthOf(cairo_t* cr, std::string_view text) {
  cairo_text_extents_t extents;
  cairo_text_extents(cr, Printable(text).c_str(), &extents);
  return extents.x_advance;
}

void Show(cairo_t* cr, double x, double baseline, std::string_view text) {
  cairo_move_to(cr, x, baseline);
  cairo_show_text(cr, Printable(text).c_str());
}

void SetFont(cairo_t* cr, const Fonts& fonts, Weight weight, double size) {
  cairo_set_font_face(cr, weight == Weight::kBold ? fonts.bold : fonts.regular);
  cairo_set_font_size(cr, size);
}

Error DrawingFailed(cairo_status_t status) {
  return Error::Unavailable(std::string("the PDF could not be drawn: ") + cairo_status_to_string(status));
}

}  // namespace

PageFlow::PageFlow(Fonts fonts) : fonts_(fonts) { NewPage(); }

PageFlow::~PageFlow() {
  if (cr_ != nullptr) cairo_destroy(cr_);
  for (cairo_surface_t* page : pages_) cairo_surface_destroy(page);
}

void PageFlow::NewPage() {
  if (cr_ != nullptr) cairo_destroy(cr_);
  const cairo_rectangle_t a4{0, 0, kPageWidth, kPageHeight};
  pages_.push_back(cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &a4));
  cr_ = cairo_create(pages_.back());
  y_ = kMargin;
  Font(weight_, size_);
  Color(color_);
}

bool PageFlow::AtPageTop() const { return y_ <= kMargin; }

void PageFlow::EnsureSpace(double points) {
  if (points > Remaining() && !AtPageTop()) NewPage();
}

void PageFlow::Font(Weight weight, double size) {
  weight_ = weight;
  size_ = size;
  SetFont(cr_, fonts_, weight, size);
}

void PageFlow::Color(Rgb color) {
  color_ = color;
  cairo_set_source_rgb(cr_, color.r, color.g, color.b);
}

double PageFlow::TextWidth(std::string_view text) const { return WidthOf(cr_, text); }

void PageFlow::Text(double x, double baseline, std::string_view text) { Show(cr_, x, baseline, text); }

void PageFlow::TextRight(double right, double baseline, std::string_view text) {
  Text(right - TextWidth(text), baseline, text);
}

std::vector<std::string> PageFlow::Wrap(std::string_view text, double width) const {
  std::vector<std::string> lines;
  std::string line;
  auto add_word = [&](std::string_view word) {
    const std::string joined = line.empty() ? std::string(word) : line + " " + std::string(word);
    if (TextWidth(joined) <= width) {
      line = joined;
      return;
    }
    if (!line.empty()) lines.push_back(std::move(line));
    line.clear();
    // A word wider than the column on its own (a long reference) is cut between characters.
    for (std::size_t i = 0; i < word.size();) {
      const std::size_t n = std::min(SequenceLength(static_cast<unsigned char>(word[i])), word.size() - i);
      const std::string_view character = word.substr(i, n);
      if (!line.empty() && TextWidth(line + std::string(character)) > width) {
        lines.push_back(std::move(line));
        line.clear();
      }
      line += character;
      i += n;
    }
  };
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find_first_of(" \n", start), text.size());
    if (end > start) add_word(text.substr(start, end - start));
    if (end < text.size() && text[end] == '\n') {
      lines.push_back(std::move(line));
      line.clear();
    }
    start = end + 1;
  }
  if (!line.empty() || lines.empty()) lines.push_back(std::move(line));
  return lines;
}

Result<std::string> PageFlow::Render(std::string_view title, std::string_view footer) {
  if (cairo_status(cr_) != CAIRO_STATUS_SUCCESS) return DrawingFailed(cairo_status(cr_));
  std::string bytes;
  cairo_surface_t* pdf = cairo_pdf_surface_create_for_stream(AppendBytes, &bytes, kPageWidth, kPageHeight);
  cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_TITLE, Printable(title).c_str());
  cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_CREATOR, "bizline");
  cairo_t* out = cairo_create(pdf);
  const std::string count = std::to_string(pages_.size());
  for (std::size_t i = 0; i < pages_.size(); ++i) {
    cairo_set_source_surface(out, pages_[i], 0, 0);
    cairo_paint(out);
    // The footer is drawn straight on the PDF page: only now is the page count known.
    SetFont(out, fonts_, Weight::kRegular, 7.5);
    cairo_set_source_rgb(out, kMuted.r, kMuted.g, kMuted.b);
    const double baseline = kPageHeight - 36;
    Show(out, kMargin, baseline, footer);
    const std::string number = "Page " + std::to_string(i + 1) + " of " + count;
    Show(out, kPageWidth - kMargin - WidthOf(out, number), baseline, number);
    cairo_show_page(out);
  }
  const cairo_status_t drawn = cairo_status(out);
  cairo_destroy(out);
  cairo_surface_finish(pdf);
  const cairo_status_t written = cairo_surface_status(pdf);
  cairo_surface_destroy(pdf);
  if (drawn != CAIRO_STATUS_SUCCESS) return DrawingFailed(drawn);
  if (written != CAIRO_STATUS_SUCCESS) return DrawingFailed(written);
  return bytes;
}

}  // namespace bizline::pdf
