// Inside the document writer: A4 pages filled from top to bottom. Each page is drawn on a cairo
// recording surface and only written out at the end, when the number of pages is known and every
// footer can say "Page n of N". The blocks (text, tables, charts) draw through it.
#pragma once

#include <cairo.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "domain/core/result.h"
#include "pdf/bar_chart.h"
#include "pdf/fonts.h"
#include "pdf/table.h"

namespace bizline::pdf {

enum class Weight { kRegular, kBold };

struct Rgb {
  double r = 0, g = 0, b = 0;
};
inline constexpr Rgb kInk{0.1, 0.1, 0.12};
inline constexpr Rgb kMuted{0.42, 0.42, 0.46};
inline constexpr Rgb kRule{0.78, 0.78, 0.8};
inline constexpr Rgb kShade{0.93, 0.94, 0.96};
inline constexpr Rgb kAccent{0.22, 0.43, 0.65};
inline constexpr Rgb kAlert{0.75, 0.22, 0.17};

// Geometry in points (1/72 inch): A4 portrait with 20 mm margins and room for the footer.
inline constexpr double kPageWidth = 595.276;
inline constexpr double kPageHeight = 841.89;
inline constexpr double kMargin = 56.7;
inline constexpr double kBodyBottom = kPageHeight - 64;
inline constexpr double kTextWidth = kPageWidth - 2 * kMargin;

class PageFlow {
 public:
  explicit PageFlow(Fonts fonts);
  ~PageFlow();
  PageFlow(const PageFlow&) = delete;
  PageFlow& operator=(const PageFlow&) = delete;

  // The top of the next block, from the page's top edge.
  double y() const { return y_; }
  void Advance(double points) { y_ += points; }
  double Remaining() const { return kBodyBottom - y_; }
  // Starts a new page unless `points` remain on this one (and this one has something on it).
  void EnsureSpace(double points);
  void NewPage();
  bool AtPageTop() const;
  cairo_t* cr() const { return cr_; }

  void Font(Weight weight, double size);
  void Color(Rgb color);
  double TextWidth(std::string_view text) const;  // in the current font
  void Text(double x, double baseline, std::string_view text);
  void TextRight(double right, double baseline, std::string_view text);
  // `text` cut into lines no wider than `width` in the current font: at spaces, at line feeds,
  // and inside a word only when the word alone is wider.
  std::vector<std::string> Wrap(std::string_view text, double width) const;

  // The PDF: every page with its footer (`footer` at the left, "Page n of N" at the right).
  Result<std::string> Render(std::string_view title, std::string_view footer);

 private:
  Fonts fonts_;
  Weight weight_ = Weight::kRegular;  // the font and color in force, carried onto a new page
  double size_ = 9.5;
  Rgb color_ = kInk;
  std::vector<cairo_surface_t*> pages_;
  cairo_t* cr_ = nullptr;
  double y_ = kMargin;
};

// The blocks, each starting at the flow's y and leaving it under what it drew.
void DrawTable(PageFlow& flow, const Table& table);
void DrawBarChart(PageFlow& flow, const BarChart& chart);

}  // namespace bizline::pdf
