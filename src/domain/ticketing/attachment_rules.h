// Files attached to a ticket (DESK-046: the portal exchanges files): a size limit and a short list
// of types, each checked against the file's first bytes so a renamed binary is refused.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "domain/core/result.h"

namespace bizline {

inline constexpr std::size_t kMaxAttachmentBytes = 4 * 1024 * 1024;

// Accepted media types: application/pdf, image/png, image/jpeg, text/plain, text/x-log.
// `mime_type` may carry parameters ("text/plain; charset=utf-8"); they are dropped.
Result<std::string> ValidateAttachment(std::string_view name, std::string_view mime_type, std::string_view content);

}  // namespace bizline
