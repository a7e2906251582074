#include "api/search_routes.h"

#include "api/api_support.h"
#include "http/error_response.h"

namespace childrecord {
namespace {

Json ResultJson(const SearchResult& r) {
  const SearchHit& h = r.hit;
  Json child{{"id", h.child_id}, {"full_name", h.child_name}, {"access", r.reason_required ? "reason_required" : "full"}};
  if (h.entry_id.empty()) return Json{{"type", "child"}, {"child", child}, {"name", TextPartsJson(r.name)}};
  return Json{{"type", "entry"},
              {"child", child},
              {"entry",
               {{"id", h.entry_id},
                {"kind", h.kind},
                {"occurred_at", LondonTime(h.occurred_at)},
                {"title", h.title},
                {"late", h.late},
                {"significant", h.significant}}},
              {"title", TextPartsJson(r.title)},
              {"snippet", TextPartsJson(r.snippet)}};
}

}  // namespace

void AddSearchApiRoutes(Router& router, AppContext& context) {
  router.Add("GET", "/api/v1/search", WithToken(context, [&context](Request& request, const Principal& who) {
               auto limit = LimitParam(request, 20, 100);
               if (!limit.ok()) return ApiErrorResponse(limit.error());
               auto results = context.records.SearchRecords(who, request.Query("q"), *limit, request.Query("cursor"),
                                                            AccessContextOf(request));
               if (!results.ok()) return ApiErrorResponse(results.error());
               Json items = Json::array();
               for (const SearchResult& r : results->items) items.push_back(ResultJson(r));
               return Response::Json(Json{{"items", items}, {"next", NullIfEmpty(results->next)}}.dump());
             }));
}

}  // namespace childrecord
