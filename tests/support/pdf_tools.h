// poppler-utils on PDF bytes, for tests that read back what bizline drew: pdftotext for the text
// and pdffonts for the fonts. scripts/deps.sh installs them with the test packages, so a missing
// tool is a failure (exit code 127 from the shell), never a skip.
#pragma once

#include <string>
#include <vector>

namespace bizline::testing {

struct ToolOutput {
  int exit_code = -1;
  std::string out;  // stdout and stderr
};

// `pdftotext -enc UTF-8 -layout` of the PDF.
ToolOutput PdfText(const std::string& pdf);
// `pdffonts` of the PDF.
ToolOutput PdfFonts(const std::string& pdf);
// From pdffonts' table: each font's name with its "emb" column ("yes" or "no").
std::vector<std::pair<std::string, std::string>> EmbeddedColumn(const std::string& pdffonts_out);

}  // namespace bizline::testing
