#include "domain/ticketing/attachment_rules.h"

#include <algorithm>
#include <cctype>

namespace bizline {
namespace {

std::string BareType(std::string_view mime_type) {
  auto semicolon = mime_type.find(';');
  std::string type(mime_type.substr(0, semicolon));
  while (!type.empty() && std::isspace(static_cast<unsigned char>(type.back()))) type.pop_back();
  for (auto& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return type;
}

bool StartsWith(std::string_view content, std::string_view magic) { return content.substr(0, magic.size()) == magic; }

bool LooksLikeText(std::string_view content) {
  return std::none_of(content.begin(), content.end(), [](char c) { return c == '\0'; });
}

}  // namespace

Result<std::string> ValidateAttachment(std::string_view name, std::string_view mime_type, std::string_view content) {
  if (name.empty() || name.size() > 200) return Error::Invalid("name", "give the file name (1 to 200 characters)");
  if (name.find_first_of("/\\") != std::string_view::npos) return Error::Invalid("name", "a file name has no path");
  if (content.empty()) return Error::Invalid("body", "the file is empty");
  if (content.size() > kMaxAttachmentBytes) return Error::Invalid("body", "a file is at most 4 MiB");
  std::string type = BareType(mime_type);
  bool matches = false;
  if (type == "application/pdf") {
    matches = StartsWith(content, "%PDF-");
  } else if (type == "image/png") {
    matches = StartsWith(content, "\x89PNG\r\n\x1a\n");
  } else if (type == "image/jpeg") {
    matches = StartsWith(content, "\xFF\xD8\xFF");
  } else if (type == "text/plain" || type == "text/x-log") {
    matches = LooksLikeText(content);
  } else {
    return Error::Invalid("Content-Type",
                          "accepted types: application/pdf, image/png, image/jpeg, text/plain, text/x-log");
  }
  if (!matches) return Error::Invalid("body", "the file content is not " + type);
  return type;
}

}  // namespace bizline
