// Human-readable ticket numbers (DESK-014, DESK-015): "BZ-<year>-<sequence>", the sequence at
// least six digits. The sequence is the ticket's storage key, so a number is unique for ever and
// resolves back to exactly one ticket; the year is the Brussels year of creation (U-38).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/core/instant.h"

namespace bizline {

struct TicketNumber {
  int year = 0;
  std::int64_t sequence = 0;
};

std::string FormatTicketNumber(Instant created_at, std::int64_t sequence);
// Nullopt for anything that is not a well-formed number (the API answers 404 for it).
std::optional<TicketNumber> ParseTicketNumber(std::string_view text);

}  // namespace bizline
