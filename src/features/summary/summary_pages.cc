#include "features/summary/summary_pages.h"

#include <map>

#include "auth/access_policy.h"
#include "core/field_errors.h"
#include "features/children/record_page.h"
#include "features/people/household_rules.h"
#include "features/people/people_service.h"
#include "features/people/people_words.h"
#include "features/record_form.h"
#include "record/commands.h"
#include "web/audit_pages.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

std::string RecordPath(const std::string& child_id) { return "/children/" + child_id; }

std::string LabelOf(const std::vector<LabelledCode>& list, const std::string& code) {
  const LabelledCode* found = FindCode(list, code);
  return found ? found->label : code;
}

// The form's answer for each person on the record: not a key person, a key contact, a key contact
// who is safe for the child, or a person who is not safe (R25: who is safe and who is not).
constexpr char kNotKey[] = "";
constexpr char kContact[] = "contact";

Json DueJson(const SummaryDue& due) {
  if (!due.due) return nullptr;
  return {{"reason", due.reason}, {"since", UkDateOf(due.due_since)}};
}

Json KeyPeopleJson(const std::vector<SummaryKeyPerson>& people) {
  Json rows = Json::array();
  for (const SummaryKeyPerson& p : people) {
    rows.push_back(
        {{"full_name", p.on_record ? p.full_name : std::string("A person no longer on the record")},
         {"relationship", p.relationship.empty() ? std::string() : features::people::RelationshipLabel(p.relationship)},
         {"phone", p.phone},
         {"phone_href", "tel:" + p.phone},
         {"email", p.email},
         {"safe", p.safety == kSafe},
         {"not_safe", p.safety == kNotSafe},
         {"note", p.note}});
  }
  return rows;
}

Json VersionJson(const SummaryVersion& v) {
  return {{"version", v.version},
          {"pen_picture", v.pen_picture},
          {"worries", v.worries},
          {"what_helps", v.what_helps},
          {"safety_plan", v.safety_plan},
          {"contingency_plan", v.contingency_plan},
          {"updated", "Updated by " + v.recorded_by_name + " on " + UkDateTimeOf(v.recorded_at)},
          {"recorded_on", UkDateOf(v.recorded_at)},
          {"recorded_by", v.recorded_by_name}};
}

// The summary's parts every page shows the same way.
Json SummaryJson(const CaseNoteSummary& s) {
  Json data{{"due", DueJson(s.due)},
            {"key_people", KeyPeopleJson(s.key_people)},
            {"has_key_people", !s.key_people.empty()},
            {"has_summary", s.current.has_value()}};
  if (s.current) {
    data["current"] = VersionJson(*s.current);
    data["stale"] = s.due.trigger == "three_months";
  } else {
    data["current"] = nullptr;
    data["stale"] = false;
  }
  return data;
}

bool MayRecord(const Principal& who) { return GrantFor(who.user.role, AccessAction::kRecordEntry) != Grant::kNo; }

Response SummaryTab(AppContext& context, SummaryService& summaries, Request& request) {
  const std::string id = request.PathParam("id");
  auto loaded = LoadRecordForPage(context, request, id);
  if (auto* page = std::get_if<Response>(&loaded)) return std::move(*page);
  const ChildRecord& child = std::get<ChildRecord>(loaded);
  auto summary = summaries.Get(*request.principal, id, AccessContextOf(request));
  if (!summary.ok()) return ErrorPage(context, request, summary.error());
  auto versions = summaries.Versions(*request.principal, id, AccessContextOf(request));
  if (!versions.ok()) return ErrorPage(context, request, versions.error());
  Json data = SummaryJson(*summary);
  Json earlier = Json::array();
  for (size_t i = 1; i < versions->size(); ++i) earlier.push_back(VersionJson((*versions)[i]));
  data["earlier"] = earlier;
  data["has_earlier"] = !earlier.empty();
  data["out_of_hours_href"] = RecordPath(id) + "/out-of-hours";
  if (MayRecord(*request.principal)) data["edit_href"] = RecordPath(id) + "/summary/edit";
  data["saved"] = request.Query("saved") == "1";
  return RenderRecordPage(context, request, child, "summary", "summary_tab", "Case note summary", std::move(data));
}

Response OutOfHoursPage(AppContext& context, SummaryService& summaries, Request& request) {
  const std::string id = request.PathParam("id");
  auto view = summaries.OutOfHours(*request.principal, id, AccessContextOf(request));
  if (!view.ok()) {
    if (view.error().code == ErrorCode::kReasonRequired) {
      return AccessReasonPage(context, request, id, "", Json::array(), 403);
    }
    return ErrorPage(context, request, view.error());
  }
  const ChildListItem& c = view->child.summary;
  Json data = SummaryJson(view->summary);
  data["child"] = {
      {"full_name", c.full_name},
      {"date_of_birth", c.date_of_birth.empty() ? std::string("Not known") : UkDate(c.date_of_birth)},
      {"local_child_id", c.local_child_id},
      {"worker", c.allocated_worker_name.empty() ? std::string("No allocated worker") : c.allocated_worker_name},
      {"team", c.team_name},
      {"record_href", RecordPath(id)},
      {"closed", c.status != "open"}};
  if (view->living) {
    const LivingArrangementView& a = *view->living;
    std::string where = LabelOf(LivingPlaceKinds(), a.place_kind);
    if (!a.place.empty()) where += ", " + a.place;
    if (!a.with_whom.empty()) where += ", with " + a.with_whom;
    data["living"] = {{"where", where},
                      {"legal_status", LabelOf(LegalStatuses(), a.legal_status)},
                      {"since", UkDate(a.effective_from)}};
  } else {
    data["living"] = nullptr;
  }
  data["child_protection_plan"] =
      view->child_protection_plan
          ? Json{{"since", UkDate(view->child_protection_plan->started_on)}, {"href", RecordPath(id) + "/plan"}}
          : Json(nullptr);
  Json entries = Json::array();
  for (const EntryView& e : view->latest_entries) {
    entries.push_back({{"title", e.title},
                       {"href", "/entries/" + e.id},
                       {"kind", EntryKindLabel(e.kind)},
                       {"when", UkDateTimeOf(e.occurred_at)},
                       {"by", e.recorded_by_name},
                       {"text", e.body}});
  }
  data["entries"] = entries;
  data["has_entries"] = !entries.empty();
  if (view->entries_need_reason) {
    data["entries_need_reason"] = {{"action", RecordPath(id) + "/access-reason"},
                                   {"csrf_token", request.principal->csrf_token}};
  }
  return RenderPage(context, request, "out_of_hours", "Out of hours: " + c.full_name, std::move(data), 200, "children");
}

// The form's names for a key person's choice and note.
std::string ChoiceName(const std::string& person_id) { return "key-" + person_id; }
std::string NoteName(const std::string& person_id) { return "note-" + person_id; }

// R25: "Update the case note summary", filled from the current version.
RecordForm SummaryForm(AppContext& context, SummaryService& summaries) {
  RecordForm form{.action = AccessAction::kRecordEntry, .detail = "case note summary form"};
  form.view = [&context, &summaries](const Request& request, const ChildRecord& child, const Form& typed,
                                     bool posted) -> Result<RecordFormView> {
    CR_ASSIGN_OR_RETURN(CaseNoteSummary now, summaries.Current(child.summary.id, child.summary.opened_at));
    CR_ASSIGN_OR_RETURN(std::vector<LinkedPerson> people,
                        PeopleService(context.store, context.tenant.id, context.record_access)
                            .ListPeople(*request.principal, child.summary.id, AccessContextOf(request)));
    RecordFormView view{.heading = now.current ? "Update the case note summary" : "Write the case note summary",
                        .intro = "A colleague or the Emergency Duty Team should understand " + child.summary.full_name +
                                 " at once from this summary.",
                        .inset =
                            "Every version is kept. Update it on any significant change and at least every 3 "
                            "months.",
                        .submit_label = "Save the summary",
                        .back_href = RecordPath(child.summary.id) + "/summary",
                        .back_text = "Back to the summary",
                        .default_field = "pen_picture"};
    auto value = [&](const std::string& name, const std::string& stored) {
      return posted ? FormField(typed, name) : stored;
    };
    const SummaryVersion blank{};
    const SummaryVersion& cur = now.current ? *now.current : blank;
    view.fields.push_back(AreaField("pen_picture", "Pen picture",
                                    "Who the child is: their age, what they like, how they communicate, where they "
                                    "go to school.",
                                    value("pen_picture", cur.pen_picture)));
    view.fields.push_back(AreaField("worries", "What is worrying", "", value("worries", cur.worries)));
    view.fields.push_back(AreaField("what_helps", "What is helping", "", value("what_helps", cur.what_helps)));
    view.fields.push_back(AreaField("safety_plan", "Safety plan", "Who does what if a worry happens, and who to call.",
                                    value("safety_plan", cur.safety_plan)));
    view.fields.push_back(AreaField("contingency_plan", "Contingency plan (optional)",
                                    "What happens if the plan does not work.",
                                    value("contingency_plan", cur.contingency_plan)));
    view.fields.push_back(Heading("Key people", people.empty()
                                                    ? "There is nobody on the record yet. Add people on the People tab "
                                                      "first."
                                                    : "Choose the key people from those on the record. Their phone "
                                                      "numbers and email addresses come from the People tab."));
    std::map<std::string, const SummaryKeyPerson*> chosen;
    for (const SummaryKeyPerson& k : now.key_people) chosen[k.person_id] = &k;
    for (const LinkedPerson& p : people) {
      const auto was = chosen.find(p.person_id);
      const std::string stored = was == chosen.end()           ? std::string(kNotKey)
                                 : was->second->safety.empty() ? std::string(kContact)
                                                               : was->second->safety;
      std::string contact = p.phone.empty() ? std::string("No phone number") : p.phone;
      contact += p.email.empty() ? std::string(", no email address") : ", " + p.email;
      view.fields.push_back(SelectField(ChoiceName(p.person_id),
                                        p.full_name + " (" + features::people::RelationshipLabel(p.relationship) + ")",
                                        contact,
                                        {{kNotKey, "Not a key person", ""},
                                         {kContact, "Key contact", ""},
                                         {kSafe, "Key contact, safe for the child", ""},
                                         {kNotSafe, "Not safe for the child", ""}},
                                        value(ChoiceName(p.person_id), stored)));
      view.fields.push_back(TextField(NoteName(p.person_id), "Why? (for " + p.full_name + ")",
                                      "Needed when they are not safe for the child",
                                      value(NoteName(p.person_id), was == chosen.end() ? "" : was->second->note)));
    }
    return view;
  };
  form.submit = [&context, &summaries](const Request& request, const ChildRecord& child,
                                       const Form& typed) -> Result<std::string> {
    CR_ASSIGN_OR_RETURN(std::vector<LinkedPerson> people,
                        PeopleService(context.store, context.tenant.id, context.record_access)
                            .ListPeople(*request.principal, child.summary.id, AccessContextOf(request)));
    Json key = Json::array();
    std::vector<std::string> order;  // the person of each key_people[i], to name the form's field
    for (const LinkedPerson& p : people) {
      const std::string choice = FormField(typed, ChoiceName(p.person_id));
      const std::string note = FormField(typed, NoteName(p.person_id));
      if (choice.empty()) continue;
      key.push_back(
          {{"person_id", p.person_id}, {"safety", choice == kContact ? std::string() : choice}, {"note", note}});
      order.push_back(p.person_id);
    }
    Json input{{"pen_picture", FormField(typed, "pen_picture")},
               {"worries", FormField(typed, "worries")},
               {"what_helps", FormField(typed, "what_helps")},
               {"safety_plan", FormField(typed, "safety_plan")},
               {"contingency_plan", FormField(typed, "contingency_plan")},
               {"key_people", key}};
    auto written = summaries.Write(*request.principal, child.summary.id, input, AccessContextOf(request));
    if (!written.ok()) {
      // The rules name key_people[i].<part>; the form names each person's own fields.
      Error error = written.error();
      auto rename = [&](Error& e) {
        if (e.field == "key_people" && !people.empty()) e.field = ChoiceName(people.front().person_id);
        if (e.field.rfind("key_people[", 0) != 0) return;
        const size_t close = e.field.find(']');
        const size_t i = static_cast<size_t>(std::stoul(e.field.substr(11, close - 11)));
        if (i >= order.size()) return;
        e.field = e.field.ends_with(".note") ? NoteName(order[i]) : ChoiceName(order[i]);
      };
      rename(error);
      for (Error& other : error.others) rename(other);
      return error;
    }
    return RecordPath(child.summary.id) + "/summary?saved=1";
  };
  return form;
}

}  // namespace

std::vector<FeatureEndpoint> SummaryPageEndpoints(AppContext& context, SummaryService& summaries) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/children/{id}/summary", AccessAction::kReadPeople,
                 SignedIn(context, [&context, &summaries](Request& request) {
                   return SummaryTab(context, summaries, request);
                 })});
  AddRecordForm(out, context, "/children/{id}/summary/edit", SummaryForm(context, summaries));
  // R25: the Emergency Duty Team's page; the latest entries are decided apart (kReadEntries).
  out.push_back({"GET", "/children/{id}/out-of-hours", AccessAction::kReadPeople,
                 SignedIn(context, [&context, &summaries](Request& request) {
                   return OutOfHoursPage(context, summaries, request);
                 })});
  return out;
}

std::vector<OverviewSection> SummaryOverviewSections(std::shared_ptr<SummaryService> summaries) {
  std::vector<OverviewSection> out;
  out.push_back({"summary_due_banner",
                 [summaries](const Principal&, const AccessContext&, const ChildRecord& child, Json& data) -> Status {
                   if (child.summary.status != "open") return Status::Ok();
                   CR_ASSIGN_OR_RETURN(CaseNoteSummary s,
                                       summaries->Current(child.summary.id, child.summary.opened_at));
                   if (!s.due.due) return Status::Ok();
                   data = {{"reason", s.due.reason},
                           {"since", UkDateOf(s.due.due_since)},
                           {"href", RecordPath(child.summary.id) + "/summary"}};
                   return Status::Ok();
                 },
                 OverviewPlace::kBanner});
  out.push_back({"summary_row",
                 [summaries](const Principal&, const AccessContext&, const ChildRecord& child, Json& data) -> Status {
                   CR_ASSIGN_OR_RETURN(CaseNoteSummary s,
                                       summaries->Current(child.summary.id, child.summary.opened_at));
                   data = {{"href", RecordPath(child.summary.id) + "/summary"},
                           {"out_of_hours_href", RecordPath(child.summary.id) + "/out-of-hours"},
                           {"updated", s.current ? UkDateOf(s.current->recorded_at) : std::string()},
                           {"due", s.due.due && child.summary.status == "open"}};
                   return Status::Ok();
                 },
                 OverviewPlace::kSummaryRows});
  return out;
}

}  // namespace childrecord
