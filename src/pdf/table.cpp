// DrawTable (pdf/page_flow.h): the heading row shaded, rows ruled, cells wrapped in their column.
#include <numeric>

#include "pdf/page_flow.h"

namespace bizline::pdf {
namespace {

constexpr double kSize = 8.5;
constexpr double kLine = kSize * 1.3;
constexpr double kPad = 4;

using Cells = std::vector<std::vector<std::string>>;  // each cell's lines

struct Grid {
  std::vector<double> x;  // each column's left edge
  std::vector<double> width;
};

Grid GridOf(const Table& table) {
  const double shares = std::accumulate(table.columns.begin(), table.columns.end(), 0.0,
                                        [](double sum, const Column& c) { return sum + c.share; });
  Grid grid;
  double x = kMargin;
  for (const Column& column : table.columns) {
    grid.x.push_back(x);
    grid.width.push_back(kTextWidth * column.share / shares);
    x += grid.width.back();
  }
  return grid;
}

Cells WrapRow(PageFlow& flow, const Grid& grid, const std::vector<std::string>& row, Weight weight) {
  flow.Font(weight, kSize);
  Cells cells;
  for (std::size_t i = 0; i < grid.x.size(); ++i) {
    cells.push_back(flow.Wrap(i < row.size() ? row[i] : std::string(), grid.width[i] - 2 * kPad));
  }
  return cells;
}

double HeightOf(const Cells& cells) {
  std::size_t lines = 1;
  for (const auto& cell : cells) lines = std::max(lines, cell.size());
  return static_cast<double>(lines) * kLine + 2 * kPad;
}

void DrawRow(PageFlow& flow, const Table& table, const Grid& grid, const Cells& cells, Weight weight) {
  const double height = HeightOf(cells);
  cairo_t* cr = flow.cr();
  if (weight == Weight::kBold) {
    flow.Color(kShade);
    cairo_rectangle(cr, kMargin, flow.y(), kTextWidth, height);
    cairo_fill(cr);
  }
  flow.Font(weight, kSize);
  flow.Color(kInk);
  for (std::size_t i = 0; i < cells.size(); ++i) {
    for (std::size_t l = 0; l < cells[i].size(); ++l) {
      const double baseline = flow.y() + kPad + kSize + static_cast<double>(l) * kLine - 1;
      if (table.columns[i].align == Align::kRight) {
        flow.TextRight(grid.x[i] + grid.width[i] - kPad, baseline, cells[i][l]);
      } else {
        flow.Text(grid.x[i] + kPad, baseline, cells[i][l]);
      }
    }
  }
  flow.Color(kRule);
  cairo_set_line_width(cr, 0.5);
  cairo_move_to(cr, kMargin, flow.y() + height);
  cairo_line_to(cr, kMargin + kTextWidth, flow.y() + height);
  cairo_stroke(cr);
  flow.Advance(height);
}

}  // namespace

void DrawTable(PageFlow& flow, const Table& table) {
  const Grid grid = GridOf(table);
  std::vector<std::string> headings;
  for (const Column& column : table.columns) headings.push_back(column.heading);
  const Cells heading = WrapRow(flow, grid, headings, Weight::kBold);
  std::vector<Cells> rows;
  for (const auto& row : table.rows) rows.push_back(WrapRow(flow, grid, row, Weight::kRegular));

  // The heading row stays with the first row under it, and comes again on each new page.
  flow.EnsureSpace(HeightOf(heading) + (rows.empty() ? 0 : HeightOf(rows.front())));
  DrawRow(flow, table, grid, heading, Weight::kBold);
  for (const Cells& row : rows) {
    if (HeightOf(row) > flow.Remaining()) {
      flow.NewPage();
      DrawRow(flow, table, grid, heading, Weight::kBold);
    }
    DrawRow(flow, table, grid, row, Weight::kRegular);
  }
}

}  // namespace bizline::pdf
