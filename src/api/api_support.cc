#include "api/api_support.h"

#include <charconv>

#include "core/time_format.h"
#include "http/error_response.h"

namespace childrecord {

std::string BearerToken(const Request& request) {
  const std::string header = request.Header("authorization");
  return header.starts_with("Bearer ") ? header.substr(7) : std::string();
}

Handler WithToken(AppContext& context, AuthedHandler handler) {
  return [&context, handler = std::move(handler)](Request& request) {
    const std::string token = BearerToken(request);
    if (token.empty()) {
      return ApiErrorResponse(Error::Unauthenticated("Send 'Authorization: Bearer TOKEN'; get a token from "
                                                     "POST /api/v1/tokens"));
    }
    auto principal = context.sessions.Authenticate(token, "api");
    if (!principal.ok()) return ApiErrorResponse(principal.error());
    request.principal = *principal;
    return handler(request, *principal);
  };
}

Result<Json> JsonBody(const Request& request) {
  if (!request.Header("content-type").starts_with("application/json")) {
    return Error::BadRequest("Send the body as JSON with 'Content-Type: application/json'");
  }
  CR_ASSIGN_OR_RETURN(Json body, ParseJson(request.body));
  if (!body.is_object()) return Error::BadRequest("The request body must be a JSON object");
  return body;
}

Result<int> LimitParam(const Request& request, int fallback, int most) {
  const std::string text = request.Query("limit");
  if (text.empty()) return fallback;
  int value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size() || value < 1 || value > most) {
    return Error::Validation("limit", "'limit' must be a whole number from 1 to " + std::to_string(most));
  }
  return value;
}

std::string LondonTime(const std::string& stored_utc) {
  if (stored_utc.empty()) return {};
  auto t = ParseRfc3339(stored_utc);
  return t ? FormatLondonRfc3339(*t) : stored_utc;
}

Json NullIfEmpty(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

}  // namespace childrecord
