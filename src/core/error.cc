#include "core/error.h"

namespace childrecord {

std::string_view ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kValidation: return "validation";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kForbidden: return "forbidden";
    case ErrorCode::kReasonRequired: return "reason_required";
    case ErrorCode::kConflict: return "conflict";
    case ErrorCode::kUnauthenticated: return "unauthenticated";
    case ErrorCode::kTooLarge: return "too_large";
    case ErrorCode::kBadRequest: return "bad_request";
    case ErrorCode::kUnavailable: return "unavailable";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

}  // namespace childrecord
