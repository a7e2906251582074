// Language that cares (R33-R35) in the JSON API: the checker, and the words the child and family
// prefer, kept on their record.
#include "features/language/language_api.h"

#include "api/api_support.h"
#include "features/language/words_we_use_rules.h"
#include "http/error_response.h"
#include "language/language_json.h"

namespace childrecord::features::language {

std::vector<FeatureEndpoint> LanguageApiEndpoints(AppContext& context, LanguageService& language) {
  std::vector<FeatureEndpoint> out;
  // R33-R35: the language checker, for forms that check as you type and for other clients.
  // With a child_id, that record's "words we use" lead the suggestions.
  out.push_back({"POST", "/api/v1/language/check", AccessAction::kSignedIn,
                 WithToken(context, [&language](Request& request, const Principal& who) {
                   auto body = JsonBody(request);
                   if (!body.ok()) return ApiErrorResponse(body.error());
                   auto text = body->find("text");
                   if (text == body->end() || !text->is_string()) {
                     return ApiErrorResponse(Error::Validation("text", "Send the text to check as 'text'"));
                   }
                   if (text->get<std::string>().size() > 200000) {
                     return ApiErrorResponse(Error::Validation("text",
                                                               "The text to check must be at most 200,000 "
                                                               "characters"));
                   }
                   std::string child_id;
                   if (auto c = body->find("child_id"); c != body->end() && !c->is_null()) {
                     if (!c->is_string())
                       return ApiErrorResponse(Error::Validation("child_id", "'child_id' must be text"));
                     child_id = c->get<std::string>();
                   }
                   bool child_seen = false;
                   if (auto c = body->find("child_seen"); c != body->end() && !c->is_null()) {
                     if (!c->is_boolean())
                       return ApiErrorResponse(Error::Validation("child_seen", "'child_seen' must be true or false"));
                     child_seen = c->get<bool>();
                   }
                   auto report =
                       language.Check(who, text->get<std::string>(), child_id, AccessContextOf(request), child_seen);
                   if (!report.ok()) return ApiErrorResponse(report.error());
                   return Response::Json(LanguageFindingsToJson(*report).dump());
                 })});

  // R33: the words the child and family prefer, kept on their record.
  out.push_back({"GET", "/api/v1/children/{id}/words-we-use", AccessAction::kReadOverview,
                 WithToken(context, [&language](Request& request, const Principal& who) {
                   auto words = language.GetWordsWeUse(who, request.PathParam("id"), AccessContextOf(request));
                   if (!words.ok()) return ApiErrorResponse(words.error());
                   return Response::Json(Json{{"items", WordsWeUseToJson(*words)}, {"next", nullptr}}.dump());
                 })});
  out.push_back(
      {"PUT", "/api/v1/children/{id}/words-we-use", AccessAction::kRecordEntry,
       WithToken(context, [&language](Request& request, const Principal& who) {
         auto body = JsonBody(request);
         if (!body.ok()) return ApiErrorResponse(body.error());
         auto items = body->find("items");
         if (items == body->end() || !items->is_array()) {
           return ApiErrorResponse(Error::Validation("items", "Send the list as 'items': [{\"term\", \"preferred\"}]"));
         }
         std::vector<WordWeUse> words;
         for (const auto& item : *items) {
           if (!item.is_object() || !item.value("term", Json()).is_string() ||
               !item.value("preferred", Json()).is_string()) {
             return ApiErrorResponse(Error::Validation("items", "Each item needs 'term' and 'preferred' as text"));
           }
           words.push_back({item["term"], item["preferred"]});
         }
         Status saved = language.SetWordsWeUse(who, request.PathParam("id"), words, AccessContextOf(request));
         if (!saved.ok()) return ApiErrorResponse(saved.error());
         return Response::Json(Json{{"items", WordsWeUseToJson(words)}, {"next", nullptr}}.dump());
       })});
  return out;
}

}  // namespace childrecord::features::language
