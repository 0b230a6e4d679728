// DrawBarChart (pdf/page_flow.h): caption, grid, bars with their labels and notes, threshold.
#include <algorithm>

#include "pdf/page_flow.h"

namespace bizline::pdf {
namespace {

constexpr double kCaptionHeight = 16;
constexpr double kNoteRoom = 12;   // over the plot, for the notes of the tallest bars
constexpr double kLabelRoom = 16;  // under the plot, for the bars' labels
constexpr double kAxisRoom = 44;   // left of the plot, for the grid's labels
constexpr double kRightRoom = 64;  // right of the plot, for the threshold's label
constexpr Rgb kThreshold{0.85, 0.45, 0.1};

struct Plot {
  double left, right, top, bottom;
  double min, max;
  double Y(double value) const {
    const double v = std::clamp(value, min, max);
    return bottom - (v - min) / (max - min) * (bottom - top);
  }
};

void HorizontalLine(cairo_t* cr, const Plot& plot, double y) {
  cairo_move_to(cr, plot.left, y);
  cairo_line_to(cr, plot.right, y);
  cairo_stroke(cr);
}

void DrawGrid(PageFlow& flow, const Plot& plot, const BarChart& chart) {
  cairo_t* cr = flow.cr();
  cairo_set_line_width(cr, 0.4);
  flow.Font(Weight::kRegular, 7);
  for (const ChartLine& line : chart.grid) {
    flow.Color(kRule);
    HorizontalLine(cr, plot, plot.Y(line.value));
    flow.Color(kMuted);
    flow.TextRight(plot.left - 4, plot.Y(line.value) + 2.5, line.label);
  }
  flow.Color(kInk);
  cairo_set_line_width(cr, 0.8);
  HorizontalLine(cr, plot, plot.bottom);
}

void DrawBars(PageFlow& flow, const Plot& plot, const BarChart& chart) {
  cairo_t* cr = flow.cr();
  const double slot = (plot.right - plot.left) / static_cast<double>(chart.bars.size());
  const double width = std::min(slot * 0.62, 28.0);  // a few bars stay bars, not blocks
  for (std::size_t i = 0; i < chart.bars.size(); ++i) {
    const Bar& bar = chart.bars[i];
    const double center = plot.left + slot * (static_cast<double>(i) + 0.5);
    const double top = plot.Y(bar.value);
    flow.Color(bar.tone == BarTone::kAlert ? kAlert : kAccent);
    cairo_rectangle(cr, center - width / 2, top, width, plot.bottom - top);
    cairo_fill(cr);
    flow.Font(Weight::kRegular, 7.5);
    flow.Color(kInk);
    flow.Text(center - flow.TextWidth(bar.label) / 2, plot.bottom + 11, bar.label);
    if (!bar.note.empty()) {
      flow.Font(Weight::kRegular, 6.5);
      flow.Color(kMuted);
      flow.Text(center - flow.TextWidth(bar.note) / 2, top - 3, bar.note);
    }
  }
}

void DrawThreshold(PageFlow& flow, const Plot& plot, const ChartLine& threshold) {
  cairo_t* cr = flow.cr();
  const double dashes[] = {4, 2.5};
  cairo_set_dash(cr, dashes, 2, 0);
  cairo_set_line_width(cr, 1.1);
  flow.Color(kThreshold);
  HorizontalLine(cr, plot, plot.Y(threshold.value));
  cairo_set_dash(cr, nullptr, 0, 0);
  flow.Font(Weight::kBold, 7);
  flow.Text(plot.right + 4, plot.Y(threshold.value) + 2.5, threshold.label);
}

}  // namespace

void DrawBarChart(PageFlow& flow, const BarChart& chart) {
  const double height = kCaptionHeight + kNoteRoom + chart.height + kLabelRoom;
  flow.EnsureSpace(height);
  flow.Font(Weight::kBold, 9.5);
  flow.Color(kInk);
  flow.Text(kMargin, flow.y() + 9.5, chart.caption);
  const double top = flow.y() + kCaptionHeight + kNoteRoom;
  const Plot plot{kMargin + kAxisRoom,
                  kMargin + kTextWidth - kRightRoom,
                  top,
                  top + chart.height,
                  chart.axis_min,
                  std::max(chart.axis_max, chart.axis_min + 1e-9)};
  DrawGrid(flow, plot, chart);
  if (!chart.bars.empty()) DrawBars(flow, plot, chart);
  if (chart.threshold) DrawThreshold(flow, plot, *chart.threshold);
  flow.Advance(height);
}

}  // namespace bizline::pdf
