#include "domain/core/result.h"

namespace bizline {

std::string_view ToString(ErrorCode code) {
  switch (code) {
    case ErrorCode::kNotFound: return "NotFound";
    case ErrorCode::kAlreadyExists: return "AlreadyExists";
    case ErrorCode::kInvalidArgument: return "InvalidArgument";
    case ErrorCode::kFailedPrecondition: return "FailedPrecondition";
    case ErrorCode::kPermissionDenied: return "PermissionDenied";
    case ErrorCode::kUnauthenticated: return "Unauthenticated";
    case ErrorCode::kUnavailable: return "Unavailable";
    case ErrorCode::kStale: return "PreconditionFailed";
    case ErrorCode::kAborted: return "Conflict";
  }
  return "Unknown";
}

}  // namespace bizline
