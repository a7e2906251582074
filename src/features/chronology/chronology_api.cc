#include "features/chronology/chronology_api.h"

#include <algorithm>

#include "api/api_support.h"
#include "api/openapi.h"
#include "core/time_format.h"
#include "http/error_response.h"

namespace childrecord {

Result<ChronologyFilter> FilterOf(const Request& request) {
  ChronologyFilter filter;
  const auto& kinds = ChronologyKinds();
  auto range = request.query.equal_range("kind");
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second.empty()) continue;
    if (std::find(kinds.begin(), kinds.end(), it->second) == kinds.end()) {
      return Error::BadRequest("The kind must be one of entry, added, household, living, order, record", "kind");
    }
    filter.kinds.insert(it->second);
  }
  for (const char* bound : {"from", "to"}) {
    const std::string value = request.Query(bound);
    if (!value.empty() && !ParseIsoDate(value)) {
      return Error::BadRequest(std::string("The ") + bound + " date must be a real date, YYYY-MM-DD", bound);
    }
    (std::string(bound) == "from" ? filter.from : filter.to) = value;
  }
  const std::string order = request.Query("order");
  if (!order.empty() && order != "oldest" && order != "newest") {
    return Error::BadRequest("The order must be oldest or newest", "order");
  }
  filter.newest_first = order == "newest";
  return filter;
}

Response ChronologyPdfResponse(ChronologyService::Pdf pdf) {
  Response response;
  response.status = 200;
  response.body = std::move(pdf.bytes);
  response.Set("Content-Type", "application/pdf");
  response.Set("Content-Disposition", "attachment; filename=\"" + pdf.filename + "\"");
  response.Set("Cache-Control", "no-store");
  return response;
}

std::vector<FeatureEndpoint> ChronologyApiEndpoints(AppContext& context, ChronologyService& service) {
  const Json id = Param("id", "path", "the child's record", true);
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET",
                 "/api/v1/children/{id}/chronology",
                 AccessAction::kReadEntries,
                 WithToken(context,
                           [&service](Request& request, const Principal& who) {
                             auto filter = FilterOf(request);
                             if (!filter.ok()) return ApiErrorResponse(filter.error());
                             auto limit = LimitParam(request, 100, 100);
                             if (!limit.ok()) return ApiErrorResponse(limit.error());
                             auto page = service.List(who, request.PathParam("id"), *filter, request.Query("cursor"),
                                                      *limit, AccessContextOf(request));
                             return PageResponse(page, [](const ChronologyItem& i) { return fields::ToJson(i); });
                           }),
                 {{"summary",
                   "R20: the child's chronology, significant events only, a page at a time (oldest first unless "
                   "order=newest)"},
                  {"parameters",
                   {id, Param("kind", "query", "repeatable: entry, added, household, living, order, record", false),
                    Param("from", "query", "YYYY-MM-DD: items dated on or after", false),
                    Param("to", "query", "YYYY-MM-DD: items dated on or before", false),
                    Param("order", "query", "oldest (default) or newest", false),
                    Param("cursor", "query", "the next of the page before", false),
                    Param("limit", "query", "at most 100", false)}},
                  {"responses", Ok("A page of the chronology", ListOf("ChronologyItem"), 200, {400, 401, 403, 404})}}});
  out.push_back(
      {"POST",
       "/api/v1/children/{id}/chronology",
       AccessAction::kRecordEntry,
       WithToken(context,
                 [&service](Request& request, const Principal& who) {
                   auto body = JsonBody(request);
                   if (!body.ok()) return ApiErrorResponse(body.error());
                   const std::string child = request.PathParam("id");
                   const auto entry = body->is_object() && body->contains("entry_id") && (*body)["entry_id"].is_string()
                                          ? (*body)["entry_id"].get<std::string>()
                                          : std::string();
                   auto ref = entry.empty() ? service.Add(who, child, *body, AccessContextOf(request))
                                            : service.Promote(who, child, entry, *body, AccessContextOf(request));
                   if (!ref.ok()) return ApiErrorResponse(ref.error());
                   return Response::Json(Json{{"ref", *ref}}.dump(), 201);
                 }),
       {{"summary",
         "R20: add an item to the chronology by hand (a source is required), or promote an entry to it "
         "(entry_id; the entry is its source)"},
        {"parameters", {id}},
        {"requestBody", Body("NewChronologyItem")},
        {"responses", Ok("The item's reference",
                         {{"type", "object"}, {"required", {"ref"}}, {"properties", {{"ref", {{"type", "string"}}}}}},
                         201, {400, 401, 403, 404, 422})}}});
  out.push_back({"POST",
                 "/api/v1/children/{id}/chronology/impacts",
                 AccessAction::kRecordEntry,
                 WithToken(context,
                           [&service](Request& request, const Principal& who) {
                             auto body = JsonBody(request);
                             if (!body.ok()) return ApiErrorResponse(body.error());
                             const std::string ref =
                                 body->is_object() && body->contains("ref") && (*body)["ref"].is_string()
                                     ? (*body)["ref"].get<std::string>()
                                     : std::string();
                             auto done =
                                 service.NoteImpact(who, request.PathParam("id"), ref, *body, AccessContextOf(request));
                             if (!done.ok()) return ApiErrorResponse(done.error());
                             return Response::Json(Json{{"ref", ref}, {"impact", (*body)["impact"]}}.dump());
                           }),
                 {{"summary",
                   "R20: write the impact on the child, good or bad, of an item of the chronology (generated or "
                   "added); the note shown is the latest, every note is kept in the journal"},
                  {"parameters", {id}},
                  {"requestBody", Body("ChronologyImpact")},
                  {"responses", Ok("The note", Ref("ChronologyImpact"), 200, {400, 401, 403, 404, 422})}}});
  Json pdf = ErrorResponses({401, 403, 404});
  pdf["200"] = {{"description", "The chronology as a PDF in the family court's layout"},
                {"content", {{"application/pdf", {{"schema", {{"type", "string"}, {"format", "binary"}}}}}}}};
  out.push_back({"GET",
                 "/api/v1/children/{id}/chronology.pdf",
                 AccessAction::kReadEntries,
                 WithToken(context,
                           [&service](Request& request, const Principal& who) {
                             auto pdf = service.CourtPdf(who, request.PathParam("id"), AccessContextOf(request));
                             if (!pdf.ok()) return ApiErrorResponse(pdf.error());
                             return ChronologyPdfResponse(std::move(pdf).value());
                           }),
                 {{"summary",
                   "R20: the whole chronology as a PDF for court and multi-agency meetings: serial number, date, "
                   "event, reference; the journal head it was built from on its last page"},
                  {"parameters", {id}},
                  {"responses", pdf}}});
  return out;
}

Json ChronologyOpenApiSchemas() {
  Json schemas = Json::object();
  schemas["ChronologyItem"] = fields::OpenApiSchema<ChronologyItem>("One item of the child's chronology (R20)");
  const Json text = {{"type", "string"}};
  schemas["NewChronologyItem"] = {
      {"type", "object"},
      {"required", {"date", "what_happened"}},
      {"properties",
       {{"date",
         {{"type", "object"},
          {"required", {"precision", "value"}},
          {"properties",
           {{"precision", {{"type", "string"}, {"enum", DatePrecisions()}}},
            {"value", {{"type", "string"}, {"description", "YYYY, YYYY-MM or YYYY-MM-DD as the precision allows"}}}}}}},
        {"what_happened", text},
        {"source", {{"type", "string"}, {"description", "who or which document said so; required unless entry_id"}}},
        {"impact", {{"type", "string"}, {"nullable", true}}},
        {"entry_id", {{"type", "string"}, {"description", "promote this entry of the record"}}}}}};
  schemas["ChronologyImpact"] = {
      {"type", "object"}, {"required", {"ref", "impact"}}, {"properties", {{"ref", text}, {"impact", text}}}};
  return schemas;
}

}  // namespace childrecord
