// A table for the document writer: a heading row and rows of text cells. A cell wraps inside its
// column; a table longer than the page goes on over the next ones, its heading row repeated.
#pragma once

#include <string>
#include <vector>

namespace bizline::pdf {

enum class Align { kLeft, kRight };

struct Column {
  std::string heading;
  double share = 1;  // of the text width, relative to the other columns' shares
  Align align = Align::kLeft;
};

struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<std::string>> rows;  // each with one cell per column
};

}  // namespace bizline::pdf
