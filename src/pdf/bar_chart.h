// A bar chart for the document writer: one bar per category (a month, a line) over a value axis
// that need not start at zero, horizontal grid lines with their labels, and an optional
// threshold drawn across (a target). The values only place ink on the page: every decision
// (which bar is below target, what the axis shows) is the caller's, made on exact numbers.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace bizline::pdf {

enum class BarTone { kNormal, kAlert };

struct Bar {
  std::string label;  // under the bar
  double value = 0;   // in the axis' unit; clipped to the axis
  std::string note;   // over the bar (e.g. its figure), may be empty
  BarTone tone = BarTone::kNormal;
};

// A horizontal line across the chart at `value`, with its label.
struct ChartLine {
  double value = 0;
  std::string label;
};

struct BarChart {
  std::string caption;  // above the chart
  double axis_min = 0;
  double axis_max = 1;                 // > axis_min
  std::vector<ChartLine> grid;         // labelled at the left
  std::optional<ChartLine> threshold;  // dashed, labelled at the right
  std::vector<Bar> bars;
  double height = 170;  // of the plot area, in points
};

}  // namespace bizline::pdf
