// Entries in the JSON API: recording (R15, R21, R26, R28, R34's confirmation), reading a child's
// entries and one entry (with R32's shared entries), and amending with every version kept (R29, R30).
#include "features/entries/entry_api.h"

#include "api/api_support.h"
#include "http/error_response.h"

namespace childrecord::features::entries {
namespace {

// An entry as the API shows it (R15, R21, R26, R28; R32 shared_from).
Json EntryJson(const EntryView& e) {
  Json json = fields::ToJson(e);  // every described field (entry_views.cc)
  // R32: on a brother's or sister's record, the record the entry was written on; both null when
  // that record is restricted to others than the reader.
  json["shared_from"] = e.shared_from_child_id.empty() ? Json(nullptr)
                        : e.shared_from_hidden
                            ? Json{{"child_id", nullptr}, {"full_name", nullptr}}
                            : Json{{"child_id", e.shared_from_child_id}, {"full_name", e.shared_from_name}};
  return json;
}

}  // namespace

std::vector<FeatureEndpoint> EntryApiEndpoints(AppContext& context, EntryService& entries, LanguageService& language) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/api/v1/children/{id}/entries", AccessAction::kReadEntries,
                 WithToken(context, [&context, &entries](Request& request, const Principal& who) {
                   auto limit = LimitParam(request, 50);
                   if (!limit.ok()) return ApiErrorResponse(limit.error());
                   return PageResponse(entries.ListEntries(who, request.PathParam("id"), *limit,
                                                           request.Query("cursor"), AccessContextOf(request)),
                                       EntryJson);
                 })});

  out.push_back({"POST", "/api/v1/children/{id}/entries", AccessAction::kRecordEntry,
                 WithToken(context, [&entries, &language](Request& request, const Principal& who) {
                   auto body = JsonBody(request);
                   if (!body.ok()) return ApiErrorResponse(body.error());
                   // R34: offensive words outside quotations need "confirm_offensive_language": true.
                   auto text_of = [&](const char* field) {
                     auto it = body->find(field);
                     return it != body->end() && it->is_string() ? it->get<std::string>() : std::string();
                   };
                   auto confirm = body->find("confirm_offensive_language");
                   if (confirm != body->end() && !confirm->is_null() && !confirm->is_boolean()) {
                     return ApiErrorResponse(Error::Validation("confirm_offensive_language",
                                                               "'confirm_offensive_language' must be true or false"));
                   }
                   // The review reads nothing of the record; RecordEntry decides access and logs it once.
                   auto review = language.ReviewEntryLanguage(
                       who, text_of("title"), text_of("body"),
                       confirm != body->end() && confirm->is_boolean() && confirm->get<bool>());
                   if (!review.ok()) return ApiErrorResponse(review.error());
                   body->erase("language_confirmation");
                   if (!review->is_null()) (*body)["language_confirmation"] = *review;
                   auto saved = entries.RecordEntry(who, request.PathParam("id"), *body, AccessContextOf(request));
                   if (!saved.ok()) return ApiErrorResponse(saved.error());
                   Json out = EntryJson(*saved);
                   // R32: what was saved is exactly the checked list asked for.
                   out["shared_with"] = body->contains("shared_with") && (*body)["shared_with"].is_array()
                                            ? (*body)["shared_with"]
                                            : Json::array();
                   return Response::Json(out.dump(), 201);
                 })});

  // R29/R30: amendments are new versions with a reason; every version stays readable.
  out.push_back({"GET", "/api/v1/entries/{id}/versions", AccessAction::kReadEntries,
                 WithToken(context, [&context, &entries](Request& request, const Principal& who) {
                   // ?record=<id>: read from a brother's or sister's record the entry was shared with (R32).
                   auto versions = entries.ListEntryVersionsOn(who, request.PathParam("id"), request.Query("record"),
                                                               AccessContextOf(request));
                   if (!versions.ok()) return ApiErrorResponse(versions.error());
                   Json items = Json::array();
                   for (const auto& v : *versions) {
                     items.push_back({{"version", v.version},
                                      {"title", v.title},
                                      {"body", v.body},
                                      {"reason", NullIfEmpty(v.reason)},
                                      {"recorded_at", LondonTime(v.recorded_at)},
                                      {"recorded_by", v.recorded_by_name}});
                   }
                   return Response::Json(Json{{"items", items}, {"next", nullptr}}.dump());
                 })});
  out.push_back({"POST", "/api/v1/entries/{id}/versions", AccessAction::kRecordEntry,
                 WithToken(context, [&context, &entries](Request& request, const Principal& who) {
                   auto body = JsonBody(request);
                   if (!body.ok()) return ApiErrorResponse(body.error());
                   return OneResponse(entries.AmendEntry(who, request.PathParam("id"), *body, AccessContextOf(request)),
                                      EntryJson, 201);
                 })});

  out.push_back({"GET", "/api/v1/entries/{id}", AccessAction::kReadEntries,
                 WithToken(context, [&context, &entries](Request& request, const Principal& who) {
                   return OneResponse(entries.GetEntryOn(who, request.PathParam("id"), request.Query("record"),
                                                         AccessContextOf(request)),
                                      EntryJson);
                 })});
  return out;
}

}  // namespace childrecord::features::entries
