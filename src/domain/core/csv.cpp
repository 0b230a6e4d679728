#include "domain/core/csv.h"

namespace bizline {

Result<std::vector<std::string>> SplitCsvRecord(std::string_view record) {
  std::vector<std::string> fields;
  std::size_t i = 0;
  for (;;) {
    std::string field;
    if (i < record.size() && record[i] == '"') {
      const std::size_t opened = i++;
      for (;;) {
        if (i >= record.size()) {
          return Error::Invalid("row", "the quote opened at byte " + std::to_string(opened + 1) + " is never closed");
        }
        if (record[i] == '"') {
          if (i + 1 < record.size() && record[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += record[i++];
      }
      if (i < record.size() && record[i] != ',') {
        return Error::Invalid("row", "a quoted field must end at a comma (byte " + std::to_string(i + 1) + ")");
      }
    } else {
      const std::size_t end = record.find(',', i);
      field.assign(record.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
      if (field.find('"') != std::string::npos) {
        return Error::Invalid("row", "a field holding a quote must itself be quoted");
      }
      i = end == std::string_view::npos ? record.size() : end;
    }
    fields.push_back(std::move(field));
    if (i >= record.size()) return fields;
    ++i;  // the comma
    if (i == record.size()) {
      fields.emplace_back();  // a trailing comma: one last, empty field
      return fields;
    }
  }
}

std::string CsvField(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace bizline
