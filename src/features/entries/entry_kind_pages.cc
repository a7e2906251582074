#include "features/entries/entry_kind_pages.h"

#include <map>
#include <set>

#include "core/time_format.h"
#include "features/children/children_service.h"
#include "features/children/record_page.h"
#include "features/entries/contact_rules.h"
#include "features/entries/entry_form_support.h"
#include "features/entries/entry_kind_blocks.h"
#include "features/entries/entry_kind_form_mapping.h"
#include "features/entries/information_marks_rules.h"
#include "features/entries/visit_rules.h"
#include "features/language/words_we_use_rules.h"
#include "features/people/people_service.h"
#include "http/url.h"
#include "language/language_json.h"
#include "record/commands.h"
#include "store/account_repository.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

using namespace entry_kind_forms;

struct PageInputs {
  ChildRecord child;
  std::vector<LinkedPerson> people;
  std::vector<SharedRecord> siblings;
  std::vector<UserAccount> colleagues;
  std::vector<WordWeUse> words;
};

Response RenderKindForm(AppContext& context, const Request& request, const KindForm& kf, const PageInputs& in,
                        const Form& form, const std::vector<Error>& errors, const Mapped* mapped,
                        bool needs_confirmation, int status) {
  View view{form, {}, "/language-check", request.principal->csrf_token, WordsWeUseToJson(in.words).dump()};
  Json summary = Json::array();
  for (const Error& e : errors) {
    const std::string id = mapped ? AnchorId(kf, *mapped, e.field) : FieldId(e.field.empty() ? kf.body_path : e.field);
    if (view.errors.count(id)) continue;  // one message a field
    view.errors[id] = e.message;
    summary.push_back({{"message", e.message}, {"href", "#" + id}});
  }
  Json blocks = kf.kind == "visit"                ? VisitBlocks(view, in.people)
                : kf.kind == "unsuccessful_visit" ? UnsuccessfulVisitBlocks(view)
                : IsContactKind(kf.kind)          ? ContactBlocks(view, in.people)
                                                  : DecisionBlocks(view);
  const std::string who = Field(form, "practitioner_id");
  Json colleagues = Json::array();
  for (const auto& u : in.colleagues) {
    const bool me = u.id == request.principal->user.id;
    colleagues.push_back(
        {{"value", u.id}, {"text", u.full_name + (me ? " (you)" : "")}, {"selected", who.empty() ? me : who == u.id}});
  }
  Json siblings = Json::array();
  for (size_t i = 0; i < in.siblings.size(); ++i) {
    siblings.push_back({{"id", i == 0 ? std::string("shared_with") : "shared_with-" + std::to_string(i)},
                        {"value", in.siblings[i].child_id},
                        {"label", in.siblings[i].full_name},
                        {"checked", Has(form, "shared_with", in.siblings[i].child_id)}});
  }
  const std::string child_path = "/children/" + in.child.summary.id;
  Json data{{"child", {{"full_name", in.child.summary.full_name}, {"href", child_path}}},
            {"heading", kf.title},
            {"action", child_path + "/entries/new/" + kf.slug},
            {"csrf_token", request.principal->csrf_token},
            {"blocks", blocks},
            {"day", Field(form, "occurred_at")},
            {"month", Field(form, "occurred_at-month")},
            {"year", Field(form, "occurred_at-year")},
            {"time", Field(form, "occurred_time")},
            {"error_occurred_at", view.ErrorOf("occurred_at")},
            {"error_occurred_time", view.ErrorOf("occurred_time")},
            {"title", Field(form, "title")},
            {"error_title", view.ErrorOf("title")},
            {"colleagues", colleagues},
            {"error_practitioner_id", view.ErrorOf("practitioner_id")},
            {"significant", Field(form, "significant") == "yes"},
            {"siblings", siblings},
            {"has_siblings", !siblings.empty()},
            {"error_shared_with", view.ErrorOf("shared_with")},
            {"needs_confirmation", needs_confirmation},
            {"confirm_offensive", Field(form, "confirm_offensive") == "yes"},
            {"error_confirm_offensive", view.ErrorOf("confirm_offensive")},
            {"errors", summary},
            {"has_errors", !summary.empty()}};
  return RenderPage(context, request, "entry_kind_form",
                    std::string(summary.empty() ? "" : "Error: ") + kf.title + " for " + in.child.summary.full_name,
                    data, status, "children");
}

// Everything the form shows besides what was typed. Needs record-entry access to the child's
// record (decided and logged); reads its people (logged) and the siblings the person may record on.
Result<PageInputs> LoadInputs(AppContext& context, EntryService& entries, LanguageService& language,
                              const Request& request, const KindForm& kf) {
  const Principal& who = *request.principal;
  const AccessContext access = AccessContextOf(request);
  const std::string id = request.PathParam("id");
  CR_RETURN_IF_ERROR(context.record_access.Authorize(who, id, ActionToRecord(kf.kind), access, kf.kind + " form"));
  // R6/R27: only managers record decisions; say so before anything is typed.
  if (kf.kind == "management_decision") CR_RETURN_IF_ERROR(CheckMayRecordDecision(who.user.role));
  PageInputs in;
  CR_ASSIGN_OR_RETURN(in.child, ChildrenService(context).GetChild(who, id, access));
  if (kf.kind == "visit" || IsContactKind(kf.kind)) {
    CR_ASSIGN_OR_RETURN(
        in.people, PeopleService(context.store, context.tenant.id, context.record_access).ListPeople(who, id, access));
  }
  CR_ASSIGN_OR_RETURN(in.siblings, entries.SiblingRecordsToShare(who, id, access));
  CR_ASSIGN_OR_RETURN(in.words, language.GetWordsWeUse(who, id, access));
  // R26: who was involved — the signed-in person or a colleague in their team.
  CR_ASSIGN_OR_RETURN(std::vector<UserAccount> users, AccountRepository(context.store).ListUsers(context.tenant.id));
  for (auto& u : users) {
    if (u.id == who.user.id || (u.active && !who.user.team_id.empty() && u.team_id == who.user.team_id)) {
      in.colleagues.push_back(std::move(u));
    }
  }
  return in;
}

Response Show(AppContext& context, EntryService& entries, LanguageService& language, Request& request) {
  const KindForm* kf = FindBySlug(request.PathParam("kind"));
  if (kf == nullptr) return ErrorPage(context, request, Error::NotFound("There is no such kind of entry form"));
  auto in = LoadInputs(context, entries, language, request, *kf);
  if (!in.ok()) return ErrorPage(context, request, in.error());
  // The form starts at now, London time, with the kind's name as the title.
  const TimePoint now = context.store.clock().Now();
  const Date today = LondonDate(now);
  Form form{{"occurred_at", std::to_string(static_cast<unsigned>(today.day()))},
            {"occurred_at-month", std::to_string(static_cast<unsigned>(today.month()))},
            {"occurred_at-year", std::to_string(static_cast<int>(today.year()))},
            {"occurred_time", FormatLondonRfc3339(now).substr(11, 5)},
            {"title", EntryKindLabel(kf->kind)},
            {"practitioner_id", request.principal->user.id}};
  return RenderKindForm(context, request, *kf, *in, form, {}, nullptr, false, 200);
}

Response Save(AppContext& context, EntryService& entries, LanguageService& language, Request& request) {
  const Principal& who = *request.principal;
  const KindForm* kf = FindBySlug(request.PathParam("kind"));
  if (kf == nullptr) return ErrorPage(context, request, Error::NotFound("There is no such kind of entry form"));
  Form form;
  if (auto refused = RefuseUnreadableForm(context, request, form)) return std::move(*refused);
  auto in = LoadInputs(context, entries, language, request, *kf);
  if (!in.ok()) return ErrorPage(context, request, in.error());
  const TimePoint now = context.store.clock().Now();
  Mapped mapped = MapForm(*kf, form, now);
  const Json input = WithBody(*kf, mapped.input);

  // 1. Every problem at once, from the same rules the API uses.
  std::vector<Error> errors = mapped.form_errors;
  const std::string child_id = in->child.summary.id;
  auto check = [&](const Json& candidate) -> Status {
    const Json full = WithBody(*kf, candidate);
    // The kind's rules first: they name the main text's own field, which the body is copied from.
    CR_RETURN_IF_ERROR(BuildEntryDetails(kf->kind, full, who.user.role, now));
    CR_RETURN_IF_ERROR(BuildEntryRecorded(full, child_id, "-", who.user.id, now));
    return Status::Ok();
  };
  const std::string occurred_date = input["occurred_at"].get<std::string>().substr(0, 10);
  // An unanswered yes/no question makes the questions that hang on it moot: only the question
  // itself is reported ("Say whether you saw the child"), not what its placeholder answer asks.
  const std::map<std::string, std::vector<std::string>> hanging{
      {"visit.interpreter_used", {"visit.interpreter_language"}},
      {"visit.child_seen",
       {"visit.child_not_seen_reason", "visit.seen_alone", "visit.seen_alone_reason", "visit.childs_words"}},
      {"visit.seen_alone", {"visit.seen_alone_reason"}}};
  std::set<std::string> moot;
  for (const auto& [question, dependents] : hanging) {
    if (kf->kind == "visit" && Field(form, question).empty()) moot.insert(dependents.begin(), dependents.end());
  }
  for (Error& e : CollectFieldErrors(mapped.input, check,
                                     {Json("x"), Json(false), Json(true), Json(occurred_date),
                                      Json::array({Json{{"name", "x"}}}), Json::object()})) {
    if (!moot.count(e.field)) errors.push_back(std::move(e));
  }

  // 2. Language (R34): offensive words outside quotation marks need the confirmation box.
  std::string text;
  for (const MarkedText& t : MarkedTexts(kf->kind)) text += Field(form, t.path) + "\n";
  for (const char* extra : {"visit.purpose", "visit.child_not_seen_reason", "visit.seen_alone_reason"}) {
    if (kf->kind == "visit") text += Field(form, extra) + "\n";
  }
  const bool needs_confirmation = NeedsConfirmation(language.CheckWith(Field(form, "title") + ".\n" + text, in->words));
  if (!errors.empty()) {
    return RenderKindForm(context, request, *kf, *in, form, errors, &mapped, needs_confirmation, 422);
  }
  auto review =
      language.ReviewEntryLanguage(who, Field(form, "title"), text, Field(form, "confirm_offensive") == "yes");
  if (!review.ok()) {
    Error e = review.error();
    if (e.code != ErrorCode::kValidation) return ErrorPage(context, request, e);
    e.field = "confirm_offensive";
    return RenderKindForm(context, request, *kf, *in, form, {e}, &mapped, true, 422);
  }
  Json to_save = input;
  if (!review->is_null()) to_save["language_confirmation"] = *review;

  // 3. Save: the service checks access (R32: on each chosen sibling's record too) and the rules again.
  auto saved = entries.RecordEntry(who, child_id, to_save, AccessContextOf(request));
  if (!saved.ok()) {
    if (saved.error().code != ErrorCode::kValidation) return ErrorPage(context, request, saved.error());
    return RenderKindForm(context, request, *kf, *in, form, {saved.error()}, &mapped, needs_confirmation, 422);
  }
  return Response::Redirect(RecordTabPath(child_id, "entries") + "?recorded=" + saved->id + "#entry-" + saved->id);
}

}  // namespace

std::string EntryKindFormPath(const std::string& child_id, const std::string& kind) {
  for (const auto& f : KindForms()) {
    if (f.kind == kind) return "/children/" + child_id + "/entries/new/" + f.slug;
  }
  return {};
}

std::vector<std::pair<std::string, std::string>> EntryKindFormLinks() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& f : KindForms()) out.emplace_back(f.kind, f.title);
  return out;
}

std::vector<FeatureEndpoint> EntryKindPageEndpoints(AppContext& context, EntryService& entries,
                                                    LanguageService& language) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/children/{id}/entries/new/{kind}", AccessAction::kRecordEntry,
                 SignedIn(context, [&context, &entries, &language](Request& request) {
                   return Show(context, entries, language, request);
                 })});
  out.push_back({"POST", "/children/{id}/entries/new/{kind}", AccessAction::kRecordEntry,
                 SignedIn(context, [&context, &entries, &language](Request& request) {
                   return Save(context, entries, language, request);
                 })});
  return out;
}

}  // namespace childrecord
