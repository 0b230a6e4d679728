#include "http/core/prometheus_text.h"

#include <spdlog/spdlog.h>

namespace bizline::http {
namespace {

// Label values escape backslash, double quote and line feed (the text format's rules).
void AppendEscaped(std::string& out, std::string_view value) {
  for (char c : value) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
}

}  // namespace

void PrometheusText::Family(std::string_view name, std::string_view type, std::string_view help) {
  out_.append("# HELP ").append(name).append(" ").append(help).append("\n");
  out_.append("# TYPE ").append(name).append(" ").append(type).append("\n");
}

void PrometheusText::Sample(std::string_view name, MetricLabels labels, std::int64_t value) {
  out_.append(name);
  if (labels.size() > 0) {
    out_ += '{';
    bool first = true;
    for (const auto& [key, label] : labels) {
      if (!first) out_ += ',';
      first = false;
      out_.append(key).append("=\"");
      AppendEscaped(out_, label);
      out_ += '"';
    }
    out_ += '}';
  }
  out_.append(" ").append(std::to_string(value)).append("\n");
}

void PrometheusText::SourceUp(std::string_view source, const Error* error) {
  if (error != nullptr) spdlog::warn("metrics source {}: {}", source, error->message);
  const std::string name = "bizline_" + std::string(source) + "_up";
  Family(name, "gauge", "Whether the " + std::string(source) + " metrics could be read from the database.");
  Sample(name, {}, error == nullptr ? 1 : 0);
}

}  // namespace bizline::http
