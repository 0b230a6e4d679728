// The one place where domain ErrorCodes become HTTP statuses, and the TMF Error body
// ({code, reason, message, status}, plus the offending field and contract rule).
#pragma once

#include "domain/core/result.h"
#include "http/core/http_types.h"

namespace bizline::http {

int StatusOf(ErrorCode code);
Response ErrorResponse(const Error& error);
// Transport-level errors that have no domain code (unknown route, wrong method, ...).
Response ErrorResponse(int status, std::string reason, std::string message, std::string field = {});

}  // namespace bizline::http
