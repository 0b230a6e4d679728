// Expected failures as values. A use case returns Result<T>; adapters map the code to their
// own vocabulary (HTTP status in src/http/, exit codes in the CLI). Asserts guard invariants,
// never input: anything a caller can get wrong comes back as an Error.
#pragma once

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace bizline {

enum class ErrorCode {
  kNotFound,
  kAlreadyExists,
  kInvalidArgument,
  kFailedPrecondition,
  kPermissionDenied,
  kUnauthenticated,
  kUnavailable,
  kStale,    // the caller's copy is older than the stored one (HTTP If-Match): re-read, then retry
  kAborted,  // a concurrent change won at commit: nothing was changed, retry
};

std::string_view ToString(ErrorCode code);

struct Error {
  ErrorCode code;
  std::string message;  // a sentence for a person
  std::string field;    // the offending input field, empty when none applies
  std::string rule;     // the contract rule ID (e.g. "CON-004"), empty when none applies

  static Error NotFound(std::string message) { return {ErrorCode::kNotFound, std::move(message), {}, {}}; }
  static Error Invalid(std::string field, std::string message, std::string rule = {}) {
    return {ErrorCode::kInvalidArgument, std::move(message), std::move(field), std::move(rule)};
  }
  static Error Precondition(std::string message, std::string rule = {}) {
    return {ErrorCode::kFailedPrecondition, std::move(message), {}, std::move(rule)};
  }
  static Error Denied(std::string message) { return {ErrorCode::kPermissionDenied, std::move(message), {}, {}}; }
  static Error Exists(std::string message) { return {ErrorCode::kAlreadyExists, std::move(message), {}, {}}; }
  static Error Unavailable(std::string message) { return {ErrorCode::kUnavailable, std::move(message), {}, {}}; }
  static Error Stale(std::string message) { return {ErrorCode::kStale, std::move(message), {}, {}}; }
  static Error Aborted(std::string message) { return {ErrorCode::kAborted, std::move(message), {}, {}}; }
  static Error Unauthenticated(std::string message) {
    return {ErrorCode::kUnauthenticated, std::move(message), {}, {}};
  }
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  const T& value() const& {
    assert(ok() && "value() on a failed Result");
    return std::get<T>(state_);
  }
  T& value() & {
    assert(ok() && "value() on a failed Result");
    return std::get<T>(state_);
  }
  T&& value() && {
    assert(ok() && "value() on a failed Result");
    return std::get<T>(std::move(state_));
  }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

  const Error& error() const {
    assert(!ok() && "error() on a successful Result");
    return std::get<Error>(state_);
  }

 private:
  std::variant<T, Error> state_;
};

// Result of an operation that produces nothing but may fail.
struct Ok {};
using Status = Result<Ok>;

}  // namespace bizline

// TRY(expr): when the Result or Status `expr` failed, return its error from the enclosing
// function (which returns a Result or a Status); otherwise go on.
#define TRY(...)                                                        \
  do {                                                                  \
    if (auto bizline_try_result = (__VA_ARGS__); !bizline_try_result) { \
      return bizline_try_result.error();                                \
    }                                                                   \
  } while (false)

// ASSIGN_OR_RETURN(auto x, expr): declares `x` as the value of the Result `expr`, or returns its
// error from the enclosing function.
#define ASSIGN_OR_RETURN(lhs, expr) BIZLINE_ASSIGN_OR_RETURN_(BIZLINE_CONCAT_(bizline_result_, __LINE__), lhs, expr)
#define BIZLINE_CONCAT_INNER_(a, b) a##b
#define BIZLINE_CONCAT_(a, b) BIZLINE_CONCAT_INNER_(a, b)
#define BIZLINE_ASSIGN_OR_RETURN_(tmp, lhs, expr) \
  auto tmp = (expr);                              \
  if (!tmp) return tmp.error();                   \
  lhs = std::move(*tmp)
