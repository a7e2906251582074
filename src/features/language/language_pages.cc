// Language that cares (R33-R35) in the browser: the live check behind the entry forms, the
// record's "words we use", and the team's language view for coaching.
#include "features/language/language_pages.h"

#include "features/children/children_service.h"
#include "features/language/words_we_use_rules.h"
#include "http/error_response.h"
#include "http/url.h"
#include "language/language_entry.h"
#include "language/language_json.h"
#include "web/language_findings.h"
#include "web/page_support.h"

namespace childrecord::features::language {

std::vector<FeatureEndpoint> LanguagePageEndpoints(AppContext& context, LanguageService& language) {
  std::vector<FeatureEndpoint> out;
  // The live check behind the form (JavaScript): same session, CSRF token in a header. The form
  // sends the words we use it was shown, so checking as you type reads nothing of the record
  // (opening the form was the logged read).
  out.push_back({"POST", "/language-check", AccessAction::kSignedIn, SignedIn(context, [&language](Request& request) {
                   const Principal& who = *request.principal;
                   if (request.Header("x-csrf-token").empty() || request.Header("x-csrf-token") != who.csrf_token) {
                     return ApiErrorResponse(Error::Forbidden("The page had expired: reload it"));
                   }
                   auto body = ParseJson(request.body);
                   if (!body.ok() || !body->is_object() || !(*body)["text"].is_string()) {
                     return ApiErrorResponse(Error::BadRequest("Send {\"text\": \"...\"}", "text"));
                   }
                   const std::vector<WordWeUse> words = WordsWeUseFromJson((*body)["preferred_words"]);
                   const bool child_seen = (*body)["child_seen"].is_boolean() && (*body)["child_seen"].get<bool>();
                   LanguageReport report = language.CheckWith((*body)["text"], words, child_seen);
                   Json out = LanguageFindingsToJson(report);
                   out["page_findings"] = FindingsForPage(report);
                   out["page_prompts"] = BalancePromptsForPage(report);
                   return Response::Json(out.dump());
                 })});

  out.push_back(
      {"GET", "/children/{id}/words-we-use", AccessAction::kReadOverview,
       SignedIn(context, [&context, &language](Request& request) {
         auto child =
             ChildrenService(context).GetChild(*request.principal, request.PathParam("id"), AccessContextOf(request));
         if (!child.ok()) return ErrorPage(context, request, child.error());
         auto words = language.GetWordsWeUse(*request.principal, child->summary.id, AccessContextOf(request));
         if (!words.ok()) return ErrorPage(context, request, words.error());
         Json data{{"child", {{"full_name", child->summary.full_name}, {"href", "/children/" + child->summary.id}}},
                   {"action", "/children/" + child->summary.id + "/words-we-use"},
                   {"csrf_token", request.principal->csrf_token},
                   {"words", FormatWordsWeUseLines(*words)},
                   {"errors", Json::array()},
                   {"has_errors", false}};
         return RenderPage(context, request, "words_we_use", "Words we use – " + child->summary.full_name, data, 200,
                           "children");
       })});

  out.push_back(
      {"POST", "/children/{id}/words-we-use", AccessAction::kRecordEntry,
       SignedIn(context, [&context, &language](Request& request) {
         Form form;
         if (auto refused = RefuseUnreadableForm(context, request, form)) return std::move(*refused);
         auto child =
             ChildrenService(context).GetChild(*request.principal, request.PathParam("id"), AccessContextOf(request));
         if (!child.ok()) return ErrorPage(context, request, child.error());
         const std::string text = FormField(form, "words");
         auto words = ParseWordsWeUseLines(text);
         Status saved = words.ok() ? language.SetWordsWeUse(*request.principal, child->summary.id, *words,
                                                            AccessContextOf(request))
                                   : Status(words.error());
         if (saved.ok()) return Response::Redirect("/children/" + child->summary.id + "?words=saved");
         if (saved.error().code != ErrorCode::kValidation) return ErrorPage(context, request, saved.error());
         Json data{{"child", {{"full_name", child->summary.full_name}, {"href", "/children/" + child->summary.id}}},
                   {"action", "/children/" + child->summary.id + "/words-we-use"},
                   {"csrf_token", request.principal->csrf_token},
                   {"words", text},
                   {"error_words", saved.error().message},
                   {"errors", Json::array({Json{{"message", saved.error().message}, {"href", "#words"}}})},
                   {"has_errors", true}};
         return RenderPage(context, request, "words_we_use", "Error: Words we use – " + child->summary.full_name, data,
                           422, "children");
       })});

  out.push_back(
      {"GET", "/team/language", AccessAction::kSignedIn, SignedIn(context, [&context, &language](Request& request) {
         const Principal& who = *request.principal;
         auto summary = language.TeamSummary(who, who.user.team_id);
         if (!summary.ok()) return ErrorPage(context, request, summary.error());
         Json rules = Json::array();
         for (size_t i = 0; i < summary->rules.size() && i < 25; ++i) {
           const auto& r = summary->rules[i];
           rules.push_back({{"example", r.example},
                            {"category", r.category},
                            {"suggestion", r.suggestion},
                            {"count", std::to_string(r.count)}});
         }
         Json people = Json::array();
         for (const auto& p : summary->practitioners) {
           people.push_back(
               {{"name", p.name}, {"entries", std::to_string(p.entries)}, {"findings", std::to_string(p.findings)}});
         }
         Json data{{"entries_checked", std::to_string(summary->entries_checked)},
                   {"worries_without_strengths", std::to_string(summary->worries_without_strengths)},
                   {"visits_child_seen", std::to_string(summary->visits_child_seen)},
                   {"visits_without_child_words", std::to_string(summary->visits_without_child_words)},
                   {"rules", rules},
                   {"has_rules", !rules.empty()},
                   {"practitioners", people}};
         return RenderPage(context, request, "team_language", "Language in your team's records", data, 200,
                           "team_language");
       })});
  return out;
}

}  // namespace childrecord::features::language
