#include "features/search/search_api.h"

#include "api/api_support.h"
#include "api/openapi.h"
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

std::vector<FeatureEndpoint> SearchApiEndpoints(AppContext& context, SearchService& search) {
  std::vector<FeatureEndpoint> out;
  out.push_back(
      {"GET", "/api/v1/search", AccessAction::kSearchChildren,
       WithToken(context,
                 [&search](Request& request, const Principal& who) {
                   auto limit = LimitParam(request, 20, 100);
                   if (!limit.ok()) return ApiErrorResponse(limit.error());
                   auto results = search.Search(who, request.Query("q"), *limit, request.Query("cursor"),
                                                AccessContextOf(request));
                   if (!results.ok()) return ApiErrorResponse(results.error());
                   Json items = Json::array();
                   for (const SearchResult& r : results->items) items.push_back(ResultJson(r));
                   return Response::Json(Json{{"items", items}, {"next", NullIfEmpty(results->next)}}.dump());
                 }),
       {{"summary", "Search entries and children's names within your access"},
        {"description",
         "Every word must match; a word also finds words beginning with it; \"double quotes\" make a phrase. "
         "Children whose names match come first (by name), then entries (best match, then newest). Entries "
         "only from records whose entries you may read without a reason; other records by name only "
         "(access reason_required); restricted records only for the people named on them. One access-log row."},
        {"parameters",
         {Param("q", "query", "the words to search for (1 to 200 characters)", true),
          Param("cursor", "query", "the `next` of the previous page", false),
          Param("limit", "query", "page size, 1 to 100 (default 20)", false)}},
        {"responses", Ok("Hits", ListOf("SearchHit"), 200, {400, 401, 403, 422})}}});
  return out;
}

Json SearchOpenApiSchemas() {
  const Json text = {{"type", "string"}};
  const Json flag = {{"type", "boolean"}};
  Json schemas = Json::object();
  schemas["TextPart"] = {{"type", "object"},
                         {"description", "plain text; marked parts are what the search found"},
                         {"properties", {{"text", text}, {"marked", flag}}}};
  const Json parts = {{"type", "array"}, {"items", Ref("TextPart")}};
  schemas["SearchHit"] = {
      {"type", "object"},
      {"required", {"type", "child"}},
      {"properties",
       {{"type", {{"type", "string"}, {"enum", {"child", "entry"}}}},
        {"child",
         {{"type", "object"},
          {"properties",
           {{"id", text}, {"full_name", text}, {"access", {{"type", "string"}, {"enum", {"full", "reason_required"}}}}}}}},
        {"name", parts},
        {"entry",
         {{"type", "object"},
          {"properties",
           {{"id", text}, {"kind", text}, {"occurred_at", text}, {"title", text}, {"late", flag},
            {"significant", flag}}}}},
        {"title", parts},
        {"snippet", parts}}}};
  return schemas;
}

}  // namespace childrecord
