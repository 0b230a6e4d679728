// The accounting CSV of `bizline usage import` (header: acct_status_type,acct_session_id,
// user_name,acct_input_octets,acct_output_octets,acct_input_gigawords,acct_output_gigawords,
// event_timestamp), read at the speed of the disk: the file is cut into chunks of whole lines that
// worker threads parse, and the chunks come back to the caller in file order, so metering sees
// the records in the order the file gives them. Memory stays bounded by the chunks in flight.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "app/usage/bulk_meter.h"
#include "domain/core/result.h"

namespace bizline {

inline constexpr std::string_view kAccountingCsvHeader =
    "acct_status_type,acct_session_id,user_name,acct_input_octets,acct_output_octets,acct_input_gigawords,"
    "acct_output_gigawords,event_timestamp";

// One row, every field checked at the edge (UTF-8 without control characters, counters that fit
// their 32 bits, a whole-second timestamp); the row's text must outlive the result.
Result<AccountingRow> ParseAccountingRow(std::string_view line);

struct RowError {
  std::size_t row = 0;  // 1-based line number in the file (the header is row 1)
  Error error;
};

// A chunk's good rows (their text points into the chunk) and its bad ones.
struct AccountingChunk {
  std::vector<AccountingRow> rows;
  std::vector<RowError> errors;
};

// Reads `path`, checks its header, and calls `consume` with every chunk in file order on the
// calling thread while `workers` threads parse the next ones. Stops at the first error `consume`
// returns, or when the file cannot be read.
Status ReadAccountingCsv(const std::string& path, int workers,
                         const std::function<Status(const AccountingChunk&)>& consume);

}  // namespace bizline
