#pragma once

#include <functional>
#include <string>

#include "service/app_context.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "http/request.h"
#include "http/router.h"

namespace childrecord {

// What every /api/v1 handler shares. Stateless and thread safe.

// The bearer token of `Authorization: Bearer TOKEN`, or "" when the header has another form.
std::string BearerToken(const Request& request);

using AuthedHandler = std::function<Response(Request&, const Principal&)>;

// Runs `handler` only for a valid bearer token (Request::principal is set); otherwise answers
// 401 unauthenticated in the SPEC §6 shape.
Handler WithToken(AppContext& context, AuthedHandler handler);

// The body of a POST/PUT as a JSON object, or the error to answer: bad_request for a wrong
// content type, malformed JSON or a non-object.
Result<Json> JsonBody(const Request& request);

// The `limit` query parameter: `fallback` when absent; a validation error unless 1..`most`.
Result<int> LimitParam(const Request& request, int fallback, int most = 200);

// A stored UTC instant as RFC 3339 with the Europe/London offset ("" stays "").
std::string LondonTime(const std::string& stored_utc);

// JSON null for "", else the text.
Json NullIfEmpty(const std::string& text);

}  // namespace childrecord
