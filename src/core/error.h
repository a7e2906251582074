#pragma once

#include <string>
#include <vector>
#include <string_view>

namespace childrecord {

// The kinds of failure a caller can act on. They map one-to-one onto the API's error codes
// (SPEC §6); src/http/error_response.cc is the only place that turns them into HTTP statuses.
enum class ErrorCode {
  kValidation,      // the input breaks a rule; `field` names the part to fix
  kNotFound,        // the thing asked for does not exist (or is not visible to the caller)
  kForbidden,       // the caller may not do this
  kReasonRequired,  // access outside the caller's caseload needs a stated reason
  kConflict,        // the thing changed underneath the caller (e.g. a stale version)
  kUnauthenticated, // no valid session or token
  kTooLarge,        // the request is bigger than the server accepts
  kBadRequest,      // the request itself is malformed (not JSON, wrong content type, ...)
  kUnavailable,     // a dependency (the database) is not answering; retry later
  kInternal,        // a bug or an integrity failure; never caused by ordinary user input
};

// The API's spelling of a code ("validation", "not_found", ...).
std::string_view ErrorCodeName(ErrorCode code);

// An expected failure, carried as a value. `message` is written for a person ("Enter the
// child's date of birth"), `field` names the input at fault ("date_of_birth") or is empty.
struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  std::string field;
  // For a validation error, the input's other field errors in the order of its fields, so a form
  // or a client sees every problem at once (core/field_errors.h collects them). Empty otherwise.
  std::vector<Error> others = {};

  // This error followed by its others.
  std::vector<Error> All() const {
    std::vector<Error> all{Error{code, message, field}};
    all.insert(all.end(), others.begin(), others.end());
    return all;
  }

  static Error Validation(std::string field, std::string message) {
    return {ErrorCode::kValidation, std::move(message), std::move(field)};
  }
  static Error NotFound(std::string message) { return {ErrorCode::kNotFound, std::move(message), {}}; }
  static Error Forbidden(std::string message) { return {ErrorCode::kForbidden, std::move(message), {}}; }
  static Error Conflict(std::string message) { return {ErrorCode::kConflict, std::move(message), {}}; }
  static Error Unauthenticated(std::string message) {
    return {ErrorCode::kUnauthenticated, std::move(message), {}};
  }
  static Error BadRequest(std::string message, std::string field = {}) {
    return {ErrorCode::kBadRequest, std::move(message), std::move(field)};
  }
  static Error TooLarge(std::string message) { return {ErrorCode::kTooLarge, std::move(message), {}}; }
  static Error Unavailable(std::string message) {
    return {ErrorCode::kUnavailable, std::move(message), {}};
  }
  static Error Internal(std::string message) { return {ErrorCode::kInternal, std::move(message), {}}; }
};

}  // namespace childrecord
