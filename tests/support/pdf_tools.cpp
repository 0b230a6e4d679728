#include "support/pdf_tools.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "support/temp_dir.h"

namespace bizline::testing {
namespace {

// Runs `tool` with the PDF as its file argument (and `tail` after it) through the shell.
ToolOutput Run(const std::string& tool, const std::string& pdf, const std::string& tail) {
  TempDir dir;
  const auto file = dir.path() / "document.pdf";
  std::ofstream(file, std::ios::binary) << pdf;
  const std::string command = tool + " '" + file.string() + "' " + tail + " 2>&1";
  ToolOutput result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  for (std::size_t n; (n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0;) result.out.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace

ToolOutput PdfText(const std::string& pdf) { return Run("pdftotext -enc UTF-8 -layout", pdf, "-"); }

ToolOutput PdfFonts(const std::string& pdf) { return Run("pdffonts", pdf, ""); }

std::vector<std::pair<std::string, std::string>> EmbeddedColumn(const std::string& pdffonts_out) {
  std::vector<std::pair<std::string, std::string>> fonts;
  std::istringstream lines(pdffonts_out);
  std::string header, rule, line;
  std::getline(lines, header);
  std::getline(lines, rule);
  const std::size_t emb = header.find(" emb ");
  if (emb == std::string::npos) return fonts;
  while (std::getline(lines, line)) {
    if (line.size() < emb + 4) continue;
    fonts.emplace_back(line.substr(0, line.find(' ')), line.substr(emb + 1, 3));
  }
  return fonts;
}

}  // namespace bizline::testing
