#include "main/line_command.h"

#include <fstream>
#include <iostream>
#include <memory>
#include <vector>

#include "app/inventory/line_import.h"
#include "main/assembly.h"
#include "main/cli_error.h"

namespace bizline {
namespace {

void PrintProblems(const std::vector<RowProblem>& problems) {
  for (const RowProblem& p : problems) {
    std::cerr << "row " << p.row << ": " << p.field << ": " << p.message;
    if (!p.rule.empty()) std::cerr << " [" << p.rule << "]";
    std::cerr << "\n";
  }
}

void Import(const std::string& db, const std::string& catalog_dir, const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) ExitWith(Error::Invalid("file", "cannot read " + file));
  std::string record;
  if (!std::getline(in, record)) ExitWith(Error::Invalid("header", "the file is empty"));
  if (!record.empty() && record.back() == '\r') record.pop_back();
  if (record != kLineImportHeader) {
    ExitWith(Error::Invalid("header", "the first line must be " + std::string(kLineImportHeader)));
  }
  auto assembly = Assemble(db, 1, catalog_dir);
  if (!assembly) ExitWith(assembly.error());

  // Every row is read and checked before anything is stored, so one run reports every problem.
  std::vector<ImportedLine> lines;
  std::vector<RowProblem> problems;
  LineImporter& importer = (*assembly)->Get<LineImporter>();
  const CivilDay today = importer.Today();
  std::size_t row = 1;
  while (std::getline(in, record)) {
    ++row;
    if (!record.empty() && record.back() == '\r') record.pop_back();
    if (record.empty()) continue;
    if (auto line = ReadLineImportRow((*assembly)->platform().catalog, today, row, record, problems)) {
      lines.push_back(std::move(*line));
    }
  }
  if (problems.empty()) problems = CheckImportedLinesTogether(lines);
  LineImportReport report;
  if (problems.empty()) {
    auto imported = importer.Import(lines, problems);
    if (!imported) ExitWith(imported.error());
    report = *imported;
  }
  if (!problems.empty()) {
    PrintProblems(problems);
    std::cerr << "error: " << problems.size() << " row problem(s); nothing was imported\n";
    throw CLI::RuntimeError(2);
  }
  std::cout << "lines=" << lines.size() << " imported=" << report.imported
            << " already_present=" << report.already_present << " customers_created=" << report.customers_created
            << " sites_created=" << report.sites_created << "\n";
}

}  // namespace

void AddLineCommand(CLI::App& app, std::string& db, std::function<std::string()> catalog_dir) {
  auto* line = app.add_subcommand("line", "lines in the product inventory");
  line->require_subcommand(1);
  auto file = std::make_shared<std::string>();
  auto* import_command = line->add_subcommand(
      "import", "load existing lines from a CSV file, all rows or none (header: " + std::string(kLineImportHeader) +
                    "; options separated by ';', e.g. fixed-ipv4;ip-pack(ipv4BlockSize=8))");
  import_command->add_option("--db", db, "database URL")->envname("BIZLINE_DB");
  import_command->add_option("file", *file, "the CSV file")->required();
  import_command->callback([&db, file, catalog_dir] { Import(db, catalog_dir(), *file); });
}

}  // namespace bizline
