#include "http/error_response.h"

#include <spdlog/spdlog.h>

#include "core/canonical_json.h"

namespace childrecord {

int HttpStatusFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kValidation: return 422;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kForbidden: return 403;
    case ErrorCode::kReasonRequired: return 403;
    case ErrorCode::kConflict: return 409;
    case ErrorCode::kUnauthenticated: return 401;
    case ErrorCode::kTooLarge: return 413;
    case ErrorCode::kBadRequest: return 400;
    case ErrorCode::kUnavailable: return 503;
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

Response ApiErrorResponse(const Error& error) {
  std::string message = error.message;
  if (error.code == ErrorCode::kInternal || error.code == ErrorCode::kUnavailable) {
    spdlog::error("{}: {}", ErrorCodeName(error.code), error.message);
    message = error.code == ErrorCode::kInternal ? "Something went wrong on the server. Nothing was saved."
                                                 : "The service is busy or its database is not answering. "
                                                   "Nothing was saved: try again shortly.";
  }
  Json body{{"error",
             {{"code", ErrorCodeName(error.code)},
              {"message", message},
              {"field", error.field.empty() ? Json(nullptr) : Json(error.field)}}}};
  // Every field error of the input at once, beside the first (which the fields above describe).
  if (!error.others.empty()) {
    Json all = Json::array();
    for (const Error& e : error.All()) all.push_back({{"field", e.field}, {"message", e.message}});
    body["error"]["errors"] = std::move(all);
  }
  Response response = Response::Json(body.dump(), HttpStatusFor(error.code));
  if (error.code == ErrorCode::kUnauthenticated) response.Set("WWW-Authenticate", "Bearer");
  return response;
}

}  // namespace childrecord
