#include "features/entries/entry_view_pages.h"

#include <charconv>
#include <map>

#include "auth/access_policy.h"
#include "features/children/record_page.h"
#include "features/entries/contact_rules.h"
#include "features/entries/entry_details.h"
#include "features/entries/entry_form_support.h"
#include "features/entries/entry_timeline.h"
#include "features/entries/information_marks_rules.h"
#include "http/url.h"
#include "record/commands.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

// R31: the marked sections as the page shows them.
Json SectionsOf(const std::string& details_json) {
  Json out = Json::array();
  if (details_json.empty()) return out;
  const Json details = Json::parse(details_json, nullptr, false);
  if (!details.is_object() || !details.contains("sections") || !details["sections"].is_array()) return out;
  for (const Json& s : details["sections"]) {
    if (!s.is_object()) continue;
    const std::string kind = s.value("kind", "");
    std::string source = "First-hand";
    if (s.value("source", "") == "third_party") {
      source =
          "From " + (s["source_name"].is_string() ? s["source_name"].get<std::string>() : std::string("someone else"));
      if (s.contains("source_relationship") && s["source_relationship"].is_string()) {
        source += " (" + s["source_relationship"].get<std::string>() + ")";
      }
    }
    out.push_back({{"heading", s.contains("heading") && s["heading"].is_string() ? s["heading"] : Json("Section")},
                   {"text", s.value("text", "")},
                   {"kind_label", InformationKindLabel(kind)},
                   {"kind_explanation", InformationKindExplanation(kind)},
                   {"source", source},
                   {"third_party", s.value("source", "") == "third_party"}});
  }
  return out;
}

// The entry as its page shows it: the current text once, then the details (R18 who was there
// named from `people`).
Json EntryData(const EntryView& e, const PeopleNames& people) {
  const std::string body_label = EntryBodyLabel(e.kind);
  Json rows = EntryDetailRows(e.details, people, body_label);
  Json sections = SectionsOf(e.details);
  return {{"id", e.id},
          {"kind_label", EntryKindLabel(e.kind)},
          {"title", e.title},
          {"body", e.body},
          {"body_label", body_label},
          {"occurred_at", UkDateTimeOf(e.occurred_at)},
          {"recorded_at", UkDateTimeOf(e.recorded_at)},
          {"recorded_by_name", e.recorded_by_name},
          {"practitioner_name", e.practitioner_name},
          {"recorded_by_other", e.recorded_by_name != e.practitioner_name},
          {"late", e.late},
          {"significant", e.significant},
          {"amended", e.amended},
          {"version", std::to_string(e.version)},
          {"details_rows", rows},
          {"has_details", !rows.empty()},
          {"sections", sections},
          {"has_sections", !sections.empty()},
          {"shared_from", SharedFromText(e).empty() ? Json(nullptr) : Json(SharedFromText(e))}};
}

// R29/R30: a visit's answers as a version set them (the first, and each amendment of them), so
// the history shows every version's answers as well as its text.
Json VersionAnswers(const std::string& details) {
  Json out = Json::array();
  for (const Json& row : EntryDetailRows(details)) {
    const std::string label = row.value("label", "");
    if (label == "Interpreter used" || label == "Child seen" || label == "Seen alone") out.push_back(row);
  }
  return out;
}

Response ShowEntry(AppContext& context, EntryService& entries, Request& request) {
  const std::string record = request.Query("record");
  auto page =
      entries.GetEntryWithHistory(*request.principal, request.PathParam("id"), record, AccessContextOf(request));
  if (!page.ok()) return ErrorPage(context, request, page.error());
  const EntryView& e = page->entry;
  auto people = entries.NamesOfPeoplePresent({e});
  if (!people.ok()) return ErrorPage(context, request, people.error());
  Json data = EntryData(e, *people);
  Json versions = Json::array();
  // Newest first: the current text on top, the first as recorded at the bottom.
  for (auto it = page->versions.rbegin(); it != page->versions.rend(); ++it) {
    versions.push_back({{"version", std::to_string(it->version)},
                        {"title", it->title},
                        {"body", it->body},
                        {"reason", it->reason},
                        {"has_reason", !it->reason.empty()},
                        {"recorded_at", UkDateTimeOf(it->recorded_at)},
                        {"recorded_by_name", it->recorded_by_name},
                        {"current", it->version == e.version},
                        {"answers", VersionAnswers(it->details)}});
  }
  Json shared = Json::array();
  for (const auto& s : page->shared_with) shared.push_back({{"full_name", s.full_name}});
  const std::string on_record = e.shared_from_child_id.empty() ? e.child_id : record;
  data["versions"] = versions;
  data["shared_with"] = shared;
  data["has_shared_with"] = !shared.empty();
  data["back_href"] = RecordTabPath(on_record, "entries") + "#entry-" + e.id;
  // Amending is on the entry's own record (its readers there decide what it says), by those who
  // may record its kind (R6, R27: a decision only by a manager).
  if (e.shared_from_child_id.empty() && GrantFor(request.principal->user.role, ActionToRecord(e.kind)) != Grant::kNo) {
    data["amend_href"] = "/entries/" + e.id + "/amend";
  }
  // R20: any entry can be promoted to its own record's chronology by those who record on it.
  if (e.shared_from_child_id.empty() &&
      GrantFor(request.principal->user.role, AccessAction::kRecordEntry) != Grant::kNo) {
    data["chronology_href"] = "/children/" + e.child_id + "/chronology/from-entry/" + e.id;
  }
  data["amended_flash"] = request.Query("amended") == "1";
  return RenderPage(context, request, "entry", e.title + " – " + EntryKindLabel(e.kind), data, 200, "children");
}

struct AmendForm {
  std::string title, body, reason, expected_version;
  // R18 with R29/R30: a visit's answers, as typed ("yes"/"no" and the words beside them), by name.
  std::map<std::string, std::string> answers;
  // R21 with R29/R30: a contact's actions and decisions, by form field name ("contact.actions").
  std::map<std::string, std::string> contact;
  std::vector<int> decision_rows = {};  // contact.decisions[i] came from form row decision_rows[i]
};

// A visit's answers that can be amended: the question, and the words asked for beside one answer.
struct AnswerQuestion {
  const char* name;
  const char* legend;
  const char* reveal_name;
  const char* reveal_label;
  bool reveal_on_yes;
};
constexpr AnswerQuestion kVisitAnswers[] = {
    {"interpreter_used", "Was an interpreter used?", "interpreter_language", "Which language?", true},
    {"child_seen", "Did you see the child?", "child_not_seen_reason", "Why did you not see the child?", false},
    {"seen_alone", "Did you see the child on their own?", "seen_alone_reason", "Why not on their own?", false},
};

bool IsVisit(const EntryView& e) {
  const Json details = e.details.empty() ? Json() : Json::parse(e.details, nullptr, false);
  return details.is_object() && details.contains("visit") && details["visit"].is_object();
}

// The answers as they stand on the entry, as the form shows them.
std::map<std::string, std::string> AnswersOf(const EntryView& e) {
  std::map<std::string, std::string> out;
  if (!IsVisit(e)) return out;
  const Json v = Json::parse(e.details)["visit"];
  for (const AnswerQuestion& q : kVisitAnswers) {
    if (v.contains(q.name) && v[q.name].is_boolean()) out[q.name] = v[q.name].get<bool>() ? "yes" : "no";
    if (v.contains(q.reveal_name) && v[q.reveal_name].is_string()) out[q.reveal_name] = v[q.reveal_name];
  }
  return out;
}

std::string AnswerId(const std::string& name) { return "visit-" + name; }

bool IsContact(const EntryView& e) {
  const Json details = e.details.empty() ? Json() : Json::parse(e.details, nullptr, false);
  return details.is_object() && details.contains("contact") && details["contact"].is_object();
}

// R21: the contact's actions and decisions as they stand, by form field name.
std::map<std::string, std::string> ContactOf(const EntryView& e) {
  std::map<std::string, std::string> out;
  if (!IsContact(e)) return out;
  const Json c = Json::parse(e.details)["contact"];
  if (c.contains("actions") && c["actions"].is_string()) out["contact.actions"] = c["actions"];
  const Json decisions = c.value("decisions", Json::array());
  for (size_t i = 0; i < decisions.size() && i < static_cast<size_t>(kContactDecisionRows); ++i) {
    for (const char* key : {"decision", "decided_by", "reasons"}) {
      if (decisions[i].contains(key) && decisions[i][key].is_string()) {
        out["contact.decisions" + std::to_string(i) + "." + key] = decisions[i][key];
      }
    }
  }
  return out;
}

// The form field an error of the contact's rules names: "contact.decisions[1].reasons" is the
// field "contact.decisions<row>.reasons" of the row the decision came from.
std::string ContactFieldOf(const std::string& field, const std::vector<int>& rows) {
  const std::string prefix = "contact.decisions[";
  if (field.rfind(prefix, 0) != 0) return field;
  const size_t close = field.find(']');
  const size_t i = std::stoul(field.substr(prefix.size(), close - prefix.size()));
  const int row = i < rows.size() ? rows[i] : 0;
  return "contact.decisions" + std::to_string(row) + (close + 1 < field.size() ? field.substr(close + 1) : ".decision");
}

// The contact's part of the amend form (web/templates/entries/entry_amend.mustache).
Json ContactQuestions(const AmendForm& f, const std::map<std::string, std::string>& errors) {
  const auto get = [](const std::map<std::string, std::string>& m, const std::string& k) {
    auto it = m.find(k);
    return it == m.end() ? Json(nullptr) : Json(it->second);
  };
  const auto field = [&](const std::string& name, const std::string& label, bool long_text) {
    Json e = get(errors, name);
    return Json{{"name", name},   {"id", FieldId(name)},
                {"label", label}, {"value", get(f.contact, name).is_null() ? Json("") : get(f.contact, name)},
                {"error", e},     {"long", long_text}};
  };
  Json fields = Json::array({field("contact.actions", "Actions", true)});
  for (int row = 0; row < kContactDecisionRows; ++row) {
    const std::string at = "contact.decisions" + std::to_string(row);
    const std::string n = std::to_string(row + 1);
    fields.push_back(field(at + ".decision", "Decision " + n + ": what was decided?", true));
    fields.push_back(field(at + ".decided_by", "Decision " + n + ": who made it?", false));
    fields.push_back(field(at + ".reasons", "Decision " + n + ": why?", true));
  }
  return fields;
}

// The yes/no questions of the amend form (web/templates/entries/entry_amend.mustache).
Json AnswerQuestions(const AmendForm& f, const std::map<std::string, std::string>& errors) {
  const auto get = [](const std::map<std::string, std::string>& m, const std::string& k) {
    auto it = m.find(k);
    return it == m.end() ? std::string() : it->second;
  };
  Json out = Json::array();
  for (const AnswerQuestion& q : kVisitAnswers) {
    const std::string answer = get(f.answers, q.name);
    const std::string error = get(errors, q.name), reveal_error = get(errors, q.reveal_name);
    out.push_back({{"name", "visit." + std::string(q.name)},
                   {"id", AnswerId(q.name)},
                   {"legend", q.legend},
                   {"yes", answer == "yes"},
                   {"no", answer == "no"},
                   {"error", error.empty() ? Json(nullptr) : Json(error)},
                   {"reveal_on_yes", q.reveal_on_yes},
                   {"reveal_name", "visit." + std::string(q.reveal_name)},
                   {"reveal_id", AnswerId(q.reveal_name)},
                   {"reveal_label", q.reveal_label},
                   {"reveal_value", get(f.answers, q.reveal_name)},
                   {"reveal_error", reveal_error.empty() ? Json(nullptr) : Json(reveal_error)}});
  }
  return out;
}

Response RenderAmend(AppContext& context, const Request& request, const EntryView& current, const AmendForm& f,
                     const std::vector<Error>& errors, bool conflict, int status) {
  Json summary = Json::array();
  Json data{{"entry", EntryData(current, {})},
            {"action", "/entries/" + current.id + "/amend"},
            {"csrf_token", request.principal->csrf_token},
            {"title", f.title},
            {"body", f.body},
            {"reason", f.reason},
            {"expected_version", f.expected_version},
            {"cancel_href", "/entries/" + current.id},
            {"conflict", conflict}};
  std::map<std::string, std::string> answer_errors, contact_errors;
  for (const Error& e : errors) {
    const std::string field = e.field.empty() || e.field == "expected_version" ? "reason" : e.field;
    if (field.rfind("contact.", 0) == 0) {
      const std::string name = ContactFieldOf(field, f.decision_rows);
      contact_errors.emplace(name, e.message);
      summary.push_back({{"message", e.message}, {"href", "#" + FieldId(name)}});
      continue;
    }
    if (field.rfind("visit.", 0) == 0) {
      answer_errors.emplace(field.substr(6), e.message);
      summary.push_back({{"message", e.message}, {"href", "#" + AnswerId(field.substr(6))}});
      continue;
    }
    summary.push_back({{"message", e.message}, {"href", "#" + field}});
    if (!data.contains("error_" + field)) data["error_" + field] = e.message;
  }
  if (IsVisit(current)) data["answers"] = AnswerQuestions(f, answer_errors);
  data["has_answers"] = data.contains("answers");
  if (IsContact(current)) data["contact_fields"] = ContactQuestions(f, contact_errors);
  data["has_contact"] = data.contains("contact_fields");
  data["errors"] = summary;
  data["has_errors"] = !summary.empty();
  return RenderPage(context, request, "entry_amend",
                    std::string(errors.empty() ? "" : "Error: ") + "Amend " + current.title, data, status, "children");
}

// The entry to amend, when the person may record its kind on its record (decided and logged).
Result<EntryView> EntryToAmend(AppContext& context, EntryService& entries, const Request& request) {
  const AccessContext access = AccessContextOf(request);
  CR_ASSIGN_OR_RETURN(EntryView entry, entries.GetEntry(*request.principal, request.PathParam("id"), access));
  CR_RETURN_IF_ERROR(context.record_access.Authorize(*request.principal, entry.child_id, ActionToRecord(entry.kind),
                                                     access, entry.id));
  return entry;
}

}  // namespace

std::vector<FeatureEndpoint> EntryViewPageEndpoints(AppContext& context, EntryService& entries) {
  std::vector<FeatureEndpoint> out;
  out.push_back(
      {"GET", "/entries/{id}", AccessAction::kReadEntries,
       SignedIn(context, [&context, &entries](Request& request) { return ShowEntry(context, entries, request); })});

  out.push_back({"GET", "/entries/{id}/amend", AccessAction::kRecordEntry,
                 SignedIn(context, [&context, &entries](Request& request) {
                   auto entry = EntryToAmend(context, entries, request);
                   if (!entry.ok()) return ErrorPage(context, request, entry.error());
                   AmendForm f{entry->title,      entry->body,      "", std::to_string(entry->version),
                               AnswersOf(*entry), ContactOf(*entry)};
                   return RenderAmend(context, request, *entry, f, {}, false, 200);
                 })});

  out.push_back({"POST", "/entries/{id}/amend", AccessAction::kRecordEntry,
                 SignedIn(context, [&context, &entries](Request& request) {
                   Form form;
                   if (auto refused = RefuseUnreadableForm(context, request, form)) return std::move(*refused);
                   AmendForm f{FormField(form, "title"),
                               FormField(form, "body"),
                               FormField(form, "reason"),
                               FormField(form, "expected_version"),
                               {},
                               {}};
                   Json input{{"title", f.title}, {"body", f.body}, {"reason", f.reason}};
                   // A visit's answers come with its text (R18 with R29/R30).
                   if (FormField(form, "visit.answers") == "1") {
                     Json answers = Json::object();
                     for (const AnswerQuestion& q : kVisitAnswers) {
                       const std::string answer = FormField(form, std::string("visit.") + q.name);
                       f.answers[q.name] = answer;
                       f.answers[q.reveal_name] = FormField(form, std::string("visit.") + q.reveal_name);
                       if (answer == "yes" || answer == "no") answers[q.name] = answer == "yes";
                       answers[q.reveal_name] = f.answers[q.reveal_name];
                     }
                     input["visit"] = answers;
                   }
                   // R21: a contact's actions and decisions (by whom, why) come with its text too.
                   if (FormField(form, "contact.answers") == "1") {
                     Json contact{{"actions", FormField(form, "contact.actions")}, {"decisions", Json::array()}};
                     f.contact["contact.actions"] = FormField(form, "contact.actions");
                     for (int row = 0; row < kContactDecisionRows; ++row) {
                       const std::string at = "contact.decisions" + std::to_string(row);
                       Json d = Json::object();
                       bool blank = true;
                       for (const char* key : {"decision", "decided_by", "reasons"}) {
                         const std::string v = FormField(form, at + "." + key);
                         f.contact[at + "." + key] = v;
                         d[key] = v;
                         blank = blank && v.find_first_not_of(" \t\r\n") == std::string::npos;
                       }
                       if (blank) continue;
                       f.decision_rows.push_back(row);
                       contact["decisions"].push_back(d);
                     }
                     input["contact"] = contact;
                   }
                   int64_t expected = 0;
                   auto [ptr, ec] = std::from_chars(f.expected_version.data(),
                                                    f.expected_version.data() + f.expected_version.size(), expected);
                   if (ec == std::errc() && ptr == f.expected_version.data() + f.expected_version.size()) {
                     input["expected_version"] = expected;
                   }
                   auto saved =
                       entries.AmendEntry(*request.principal, request.PathParam("id"), input, AccessContextOf(request));
                   if (saved.ok()) return Response::Redirect("/entries/" + saved->id + "?amended=1");
                   const Error error = saved.error();
                   if (error.code != ErrorCode::kValidation && error.code != ErrorCode::kConflict) {
                     return ErrorPage(context, request, error);
                   }
                   auto current = EntryToAmend(context, entries, request);
                   if (!current.ok()) return ErrorPage(context, request, current.error());
                   if (error.code == ErrorCode::kConflict) {
                     // R30: the other person's version is shown; what this person typed is kept, and
                     // saving again amends on top of the version they have now seen.
                     f.expected_version = std::to_string(current->version);
                     Error told{ErrorCode::kConflict,
                                "Someone else changed this entry while you were editing. Nothing was saved: here is "
                                "their version; your text is kept below. Check it and save again.",
                                "reason"};
                     return RenderAmend(context, request, *current, f, {told}, true, 409);
                   }
                   return RenderAmend(context, request, *current, f, error.All(), false, 422);
                 })});
  return out;
}

}  // namespace childrecord
