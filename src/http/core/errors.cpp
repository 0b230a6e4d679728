#include "http/core/errors.h"

namespace bizline::http {

int StatusOf(ErrorCode code) {
  switch (code) {
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kAlreadyExists: return 409;
    case ErrorCode::kInvalidArgument: return 400;
    case ErrorCode::kFailedPrecondition: return 422;
    case ErrorCode::kPermissionDenied: return 403;
    case ErrorCode::kUnauthenticated: return 401;
    case ErrorCode::kUnavailable: return 503;
    case ErrorCode::kStale: return 412;
    case ErrorCode::kAborted: return 409;
  }
  return 500;
}

Response ErrorResponse(const Error& error) {
  int status = StatusOf(error.code);
  nlohmann::json body{{"@type", "Error"},
                      {"code", std::string(ToString(error.code))},
                      {"reason", std::string(ToString(error.code))},
                      {"message", error.message},
                      {"status", std::to_string(status)}};
  if (!error.field.empty()) body["field"] = error.field;
  if (!error.rule.empty()) body["rule"] = error.rule;
  Response r = Response::Json(status, body);
  if (status == 401) r.headers.emplace_back("WWW-Authenticate", "Bearer");
  return r;
}

Response ErrorResponse(int status, std::string reason, std::string message, std::string field) {
  nlohmann::json body{{"@type", "Error"},
                      {"code", reason},
                      {"reason", std::move(reason)},
                      {"message", std::move(message)},
                      {"status", std::to_string(status)}};
  if (!field.empty()) body["field"] = std::move(field);
  return Response::Json(status, body);
}

}  // namespace bizline::http
