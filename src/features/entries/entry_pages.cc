#include "features/entries/entry_pages.h"

#include <algorithm>

#include "core/time_format.h"
#include "features/children/children_service.h"
#include "features/children/record_page.h"
#include "features/entries/entry_kind_pages.h"
#include "features/entries/visit_rules.h"
#include "features/language/words_we_use_rules.h"
#include "http/error_response.h"
#include "http/url.h"
#include "language/language_entry.h"
#include "language/language_json.h"
#include "record/commands.h"
#include "web/form_dates.h"
#include "web/language_findings.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

// What the person typed, kept exactly, plus what the template needs around it.
struct EntryForm {
  std::string kind, day, month, year, time, title, body;
  bool significant = false;
  bool confirm_offensive = false;
  bool language_reviewed = false;
  std::vector<std::string> shared_with = {};  // R32: brothers' and sisters' records chosen
};

EntryForm ReadEntryForm(const Form& form) {
  EntryForm f{FormField(form, "kind"),
              FormField(form, "day"),
              FormField(form, "month"),
              FormField(form, "year"),
              FormField(form, "time"),
              FormField(form, "title"),
              FormField(form, "body"),
              FormField(form, "significant") == "yes",
              FormField(form, "confirm_offensive") == "yes",
              FormField(form, "language_reviewed") == "1"};
  auto chosen = form.equal_range("shared_with");
  for (auto it = chosen.first; it != chosen.second; ++it) f.shared_with.push_back(it->second);
  return f;
}

// The form's day/month/year and "14:30" as an RFC 3339 instant, or the error naming the field.
Result<std::string> OccurredAt(const EntryForm& f) { return OccurredAtFromForm(f.day, f.month, f.year, f.time); }

// The page field an input error belongs to, so the error summary links to it.
std::string AnchorFor(const std::string& field) {
  if (field == "occurred_at") return "#day";
  if (field == "occurred_time") return "#time";
  if (field.rfind("shared_with", 0) == 0) return "#shared_with";
  if (field.empty()) return "#body";
  return "#" + field;
}

// Every field error of an entry, not only the first: checks, notes the error, fills the faulty
// field with a placeholder and checks again (BuildEntryRecorded stops at the first problem).
void CollectEntryErrors(Json input, const std::string& child_id, const std::string& practitioner_id, TimePoint now,
                        std::vector<Error>& errors) {
  for (int attempt = 0; attempt < 4; ++attempt) {
    auto checked = BuildEntryRecorded(input, child_id, "-", practitioner_id, now);
    if (checked.ok()) return;
    const std::string& field = checked.error().field;
    errors.push_back(checked.error());
    if (field == "kind") {
      input["kind"] = EntryKinds().front();
    } else if (field == "title" || field == "body") {
      input[field] = "-";
    } else {
      return;
    }
  }
}

Response RenderEntryForm(AppContext& context, EntryService& entries, const Request& request, const ChildRecord& child,
                         const std::vector<WordWeUse>& words, const EntryForm& f, const std::vector<Error>& errors,
                         const LanguageReport* report, bool needs_confirmation, int status) {
  Json kinds = Json::array();
  kinds.push_back({{"value", ""}, {"text", "Choose the kind of entry"}, {"selected", f.kind.empty()}});
  for (const auto& kind : EntryKinds()) {
    // Visits (R18, R19), management decisions (R6, R27) and R21's contacts have questions of their
    // own that this general form does not ask: they are offered as links to their own forms.
    if (!EntryKindFormPath(child.summary.id, kind).empty()) continue;
    kinds.push_back({{"value", kind}, {"text", EntryKindLabel(kind)}, {"selected", kind == f.kind}});
  }
  const std::string child_path = "/children/" + child.summary.id;
  // The kinds with their own form (R18, R19, R6/R27, R21): the chooser leads there.
  Json kind_forms = Json::array();
  for (const auto& [kind, text] : EntryKindFormLinks()) {
    if (GrantFor(request.principal->user.role, ActionToRecord(kind)) == Grant::kNo) continue;
    kind_forms.push_back({{"href", EntryKindFormPath(child.summary.id, kind)}, {"text", text}});
  }
  Json data{{"child", {{"full_name", child.summary.full_name}, {"href", child_path}}},
            {"kind_forms", kind_forms},
            {"action", child_path + "/entries"},
            {"check_url", "/language-check"},
            {"words_json", WordsWeUseToJson(words).dump()},
            {"words_href", child_path + "/words-we-use"},
            {"csrf_token", request.principal->csrf_token},
            {"kinds", kinds},
            {"day", f.day},
            {"month", f.month},
            {"year", f.year},
            {"time", f.time},
            {"title", f.title},
            {"body", f.body},
            {"significant", f.significant},
            {"confirm_offensive", f.confirm_offensive},
            {"needs_confirmation", needs_confirmation}};
  Json error_list = Json::array();
  for (const Error& e : errors) {
    error_list.push_back({{"message", e.message}, {"href", AnchorFor(e.field)}});
    const std::string field = e.field.rfind("shared_with", 0) == 0 ? std::string("shared_with") : e.field;
    const std::string key = "error_" + (field.empty() ? std::string("body") : field);
    if (!data.contains(key)) data[key] = e.message;
  }
  // R32: "Also record this on the records of:" — brothers' and sisters' records the person may record on.
  auto siblings = entries.SiblingRecordsToShare(*request.principal, child.summary.id, AccessContextOf(request));
  Json sibling_list = Json::array();
  if (siblings.ok()) {
    for (size_t i = 0; i < siblings->size(); ++i) {
      const auto& s = (*siblings)[i];
      sibling_list.push_back(
          {{"id", i == 0 ? std::string("shared_with") : "shared_with-" + std::to_string(i)},
           {"value", s.child_id},
           {"label", s.full_name},
           {"checked", std::find(f.shared_with.begin(), f.shared_with.end(), s.child_id) != f.shared_with.end()}});
    }
  }
  data["siblings"] = sibling_list;
  data["has_siblings"] = !sibling_list.empty();
  data["errors"] = error_list;
  data["has_errors"] = !error_list.empty();
  if (report != nullptr) {
    data["findings"] = FindingsForPage(*report);
    data["has_findings"] = !report->findings.empty();
    data["balance_prompts"] = BalancePromptsForPage(*report);
    data["has_balance_prompts"] = !report->balance.prompts.empty();
    data["reading_age"] = std::to_string(report->reading_age);
    data["language_reviewed"] = true;
  }
  return RenderPage(context, request, "entry_form",
                    std::string(errors.empty() ? "" : "Error: ") + "Record an entry for " + child.summary.full_name,
                    data, status, "children");
}

// The child whose record the form writes on: the caller must be allowed to record entries on it
// (decided and logged as such), and reading its overview for the form is logged too.
Result<ChildRecord> ChildForRecording(AppContext& context, const Request& request) {
  const AccessContext access = AccessContextOf(request);
  const std::string id = request.PathParam("id");
  CR_RETURN_IF_ERROR(
      context.record_access.Authorize(*request.principal, id, AccessAction::kRecordEntry, access, "entry form"));
  return ChildrenService(context).GetChild(*request.principal, id, access);
}

}  // namespace

std::vector<FeatureEndpoint> EntryPageEndpoints(AppContext& context, EntryService& entries, LanguageService& language) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/children/{id}/entries/new", AccessAction::kRecordEntry,
                 SignedIn(context, [&context, &entries, &language](Request& request) {
                   auto child = ChildForRecording(context, request);
                   if (!child.ok()) return ErrorPage(context, request, child.error());
                   // ?kind=visit etc.: the chooser's kinds with their own form go there.
                   if (const std::string path = EntryKindFormPath(child->summary.id, request.Query("kind"));
                       !path.empty()) {
                     return Response::Redirect(path);
                   }
                   auto words = language.GetWordsWeUse(*request.principal, child->summary.id, AccessContextOf(request));
                   if (!words.ok()) return ErrorPage(context, request, words.error());
                   // The form starts at now, London time, which is what most entries record.
                   const TimePoint now = context.store.clock().Now();
                   const Date today = LondonDate(now);
                   std::string local = FormatLondonRfc3339(now);  // 2026-11-24T19:34:50+00:00
                   EntryForm f;
                   f.day = std::to_string(static_cast<unsigned>(today.day()));
                   f.month = std::to_string(static_cast<unsigned>(today.month()));
                   f.year = std::to_string(static_cast<int>(today.year()));
                   f.time = local.substr(11, 5);
                   return RenderEntryForm(context, entries, request, *child, *words, f, {}, nullptr, false, 200);
                 })});

  out.push_back({"POST", "/children/{id}/entries", AccessAction::kRecordEntry,
                 SignedIn(context, [&context, &entries, &language](Request& request) {
                   const Principal& who = *request.principal;
                   Form form;
                   if (auto refused = RefuseUnreadableForm(context, request, form)) return std::move(*refused);
                   auto child = ChildForRecording(context, request);
                   if (!child.ok()) return ErrorPage(context, request, child.error());
                   EntryForm f = ReadEntryForm(form);

                   // 1. The entry's own fields: every problem at once, so one round trip fixes them.
                   std::vector<Error> errors;
                   Json input{{"kind", f.kind},
                              {"title", f.title},
                              {"body", f.body},
                              {"significant", f.significant},
                              {"shared_with", f.shared_with}};
                   auto occurred = OccurredAt(f);
                   if (!occurred.ok()) {
                     errors.push_back(occurred.error());
                     input["occurred_at"] = FormatUtc(context.store.clock().Now());  // lets the other fields be checked
                   } else {
                     input["occurred_at"] = *occurred;
                   }
                   CollectEntryErrors(input, child->summary.id, who.user.id, context.store.clock().Now(), errors);

                   // 2. Language (R33-R35): findings are shown once before saving; offensive words
                   // outside quotation marks need the confirmation box.
                   auto words = language.GetWordsWeUse(who, child->summary.id, AccessContextOf(request));
                   if (!words.ok()) return ErrorPage(context, request, words.error());
                   LanguageReport report = language.CheckWith(f.title + ".\n" + f.body, *words);
                   const bool needs_confirmation = NeedsConfirmation(report);
                   if (!errors.empty()) {
                     return RenderEntryForm(context, entries, request, *child, *words, f, errors, &report,
                                            needs_confirmation, 422);
                   }
                   if (!report.findings.empty() && !f.language_reviewed) {
                     return RenderEntryForm(context, entries, request, *child, *words, f, {}, &report,
                                            needs_confirmation, 200);
                   }
                   auto review = language.ReviewEntryLanguage(who, f.title, f.body, f.confirm_offensive);
                   if (!review.ok()) {
                     Error e = review.error();
                     if (e.code == ErrorCode::kValidation) e.field = "confirm_offensive";
                     if (e.code != ErrorCode::kValidation) return ErrorPage(context, request, e);
                     return RenderEntryForm(context, entries, request, *child, *words, f, {e}, &report, true, 422);
                   }
                   if (!review->is_null()) input["language_confirmation"] = *review;
                   auto saved = entries.RecordEntry(who, child->summary.id, input, AccessContextOf(request));
                   if (!saved.ok()) {
                     if (saved.error().code != ErrorCode::kValidation)
                       return ErrorPage(context, request, saved.error());
                     return RenderEntryForm(context, entries, request, *child, *words, f, {saved.error()}, &report,
                                            needs_confirmation, 422);
                   }
                   return Response::Redirect(RecordTabPath(child->summary.id, "entries") + "?recorded=" + saved->id +
                                             "#entry-" + saved->id);
                 })});
  return out;
}

}  // namespace childrecord
