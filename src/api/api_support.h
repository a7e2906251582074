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

// A page of results as {items, next} (next null on the last page), or the error.
template <typename T, typename ToJson>
Response PageResponse(const Result<Page<T>>& page, ToJson to_json, int status = 200) {
  if (!page.ok()) return ApiErrorResponse(page.error());
  Json items = Json::array();
  for (const auto& item : page->items) items.push_back(to_json(item));
  return Response::Json(Json{{"items", items}, {"next", NullIfEmpty(page->next)}}.dump(), status);
}

// One result as JSON, or the error.
template <typename T, typename ToJson>
Response OneResponse(const Result<T>& result, ToJson to_json, int status = 200) {
  if (!result.ok()) return ApiErrorResponse(result.error());
  return Response::Json(to_json(*result).dump(), status);
}

}  // namespace childrecord
