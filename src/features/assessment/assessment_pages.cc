#include "features/assessment/assessment_pages.h"

#include <variant>

#include "auth/access_policy.h"
#include "core/time_format.h"
#include "features/children/record_page.h"
#include "web/audit_pages.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

std::string AssessmentsPath(const std::string& child_id) { return "/children/" + child_id + "/assessments"; }
std::string AssessmentPath(const AssessmentView& a) { return AssessmentsPath(a.child_id) + "/" + a.id; }

bool Blank(const Json& content, const std::string& code) {
  auto it = content.find(code);
  return it == content.end() || !it->is_string() || it->get<std::string>().empty();
}

std::string Text(const Json& content, const std::string& code) {
  return Blank(content, code) ? std::string() : content[code].get<std::string>();
}

// Whether the reader may write on the record (without being asked for a reason first).
bool MayRecord(AppContext& context, const Principal& who, const std::string& child_id, AccessAction action) {
  auto facts = context.store.GetChildAccess(context.tenant.id, child_id);
  return facts.ok() && DecideRecordAccess(who.user, action, *facts, /*has_reason=*/true) == AccessDecision::kAllowed;
}

// R37, R38: the views as the page lists them, with their support in words.
Json ViewsJson(const Json& content) {
  Json out = Json::array();
  auto views = content.find("views");
  if (views == content.end() || !views->is_array()) return out;
  for (const Json& v : *views) {
    std::string support;
    for (const Json& s : v.value("support", Json::array())) {
      if (!support.empty()) support += ", ";
      const Json other = v.value("support_other", Json(nullptr));
      support += s == "other" && other.is_string() ? other.get<std::string>() : ViewSupportLabel(s.get<std::string>());
    }
    const bool child = v.value("whose", "") == "child";
    out.push_back({{"name", v.value("name", "") + (child ? " (the child)" : "")},
                   {"words", v.value("words", "")},
                   {"agrees", AgreementLabel(v.value("agrees", ""))},
                   {"support", support.empty() ? std::string("No support was needed") : support}});
  }
  return out;
}

Json AssessmentPageData(AppContext& context, const Request& request, const AssessmentView& a,
                        const std::vector<AssessmentVersion>& versions, Date today) {
  const Principal& who = *request.principal;
  Json content = Json::parse(a.content, nullptr, false);
  if (!content.is_object()) content = Json::object();
  const bool writable = a.status == kInProgress && MayRecord(context, who, a.child_id, AccessAction::kRecordEntry);
  const std::string base = AssessmentPath(a);
  Json tasks = Json::array();
  auto task = [&](const std::string& code, const std::string& label, bool done, const std::string& href) {
    tasks.push_back({{"code", code},
                     {"label", label},
                     {"done", done},
                     {"href", writable ? Json(href) : Json(nullptr)},
                     {"status", done ? "Completed" : "Not yet written"}});
  };
  for (const auto& s : AssessmentSections()) {
    if (std::string(s.code) == "analysis") {
      const Json views = ViewsJson(content);
      task("views", AssessmentSectionLabel("views"), !views.empty(), base + "/views/new");
    }
    task(s.code, s.label, !Blank(content, s.code), base + "/sections/" + s.code);
  }
  task("outcome", "Outcome and recommendation", !Blank(content, "outcome") && !Blank(content, "recommendation"),
       base + "/sections/outcome");
  // The triangle's sections, then the views (in the template), then the analysis: the task
  // list's order.
  Json sections = Json::array();
  Json analysis = Json::array();
  for (const auto& s : AssessmentSections()) {
    Json& to = std::string(s.code) == "analysis" ? analysis : sections;
    to.push_back({{"label", s.label}, {"text", Text(content, s.code)}, {"code", s.code}});
  }
  Json history = Json::array();
  for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
    history.push_back({{"line", "Version " + std::to_string(it->version) + " saved by " + it->saved_by_name + " on " +
                                    UkDateTimeOf(it->saved_at)}});
  }
  const bool overdue = AssessmentOverdue(a.status, a.due_on, today);
  Json data{{"assessment",
             {{"started_on", UkDate(a.started_on)},
              {"due_on", UkDate(a.due_on)},
              {"referral_received_on", UkDate(a.referral_received_on)},
              {"started_by", a.started_by_name},
              {"overdue", overdue},
              {"tags", AssessmentTags(a, today)},
              {"outcome", AssessmentOutcomeLabel(Text(content, "outcome"))},
              {"recommendation", Text(content, "recommendation")},
              {"submitted", a.status == kWaitingForManager},
              {"submitted_by", a.submitted_by_name},
              {"submitted_at", a.submitted_at.empty() ? "" : UkDateTimeOf(a.submitted_at)},
              {"authorised", a.status == kAuthorised},
              {"authorised_on", a.authorised_on.empty() ? "" : UkDate(a.authorised_on)},
              {"authorised_by", a.authorised_by_name},
              {"authorisation_reasons", a.authorisation_reasons},
              {"returned", a.status == kInProgress && !a.return_reasons.empty()},
              {"returned_by", a.returned_by_name},
              {"returned_at", a.returned_at.empty() ? "" : UkDateTimeOf(a.returned_at)},
              {"return_reasons", a.return_reasons}}},
            {"tasks", tasks},
            {"sections", sections},
            {"analysis", analysis},
            {"views", ViewsJson(content)},
            {"has_views", !ViewsJson(content).empty()},
            {"history", history},
            {"writable", writable},
            {"complete_action", base + "/completion"},
            {"csrf_token", who.csrf_token},
            {"back_href", AssessmentsPath(a.child_id)},
            {"errors", Json::array()},
            {"has_errors", false}};
  if (a.status == kWaitingForManager && IsManagerRole(who.user.role) &&
      MayRecord(context, who, a.child_id, AccessAction::kRecordDecision)) {
    data["authorise_href"] = base + "/authorisation";
  }
  if (a.status == kAuthorised) data["assessment"]["outcome"] = AssessmentOutcomeLabel(a.outcome);
  return data;
}

// GET (and, for "Send to a manager", POST) of one assessment under its record.
Response AssessmentPage(AppContext& context, AssessmentService& assessments, Request& request, bool posted) {
  const std::string child_id = request.PathParam("id");
  Form form;
  if (posted) {
    if (auto refused = RefuseUnreadableForm(context, request, form)) return std::move(*refused);
  }
  auto loaded = LoadRecordForPage(context, request, child_id);
  if (auto* answer = std::get_if<Response>(&loaded)) return std::move(*answer);
  const ChildRecord& child = std::get<ChildRecord>(loaded);
  const AccessContext access = AccessContextOf(request);
  const std::string assessment_id = request.PathParam("assessment_id");
  auto view = assessments.Get(*request.principal, assessment_id, access, child_id);
  if (!view.ok() && view.error().code == ErrorCode::kReasonRequired) {
    return AccessReasonPage(context, request, child_id, "", Json::array(), 403);
  }
  if (!view.ok()) return ErrorPage(context, request, view.error());
  std::vector<Error> errors;
  if (posted) {
    // R20: every missing section named at once, each linking to its place in the task list.
    auto done = assessments.Complete(*request.principal, assessment_id, access);
    if (done.ok()) return Response::Redirect(AssessmentPath(*done) + "?sent=1");
    if (done.error().code != ErrorCode::kValidation && done.error().code != ErrorCode::kConflict) {
      return ErrorPage(context, request, done.error());
    }
    errors = done.error().All();
  }
  auto versions = assessments.Versions(*request.principal, assessment_id, access);
  if (!versions.ok()) return ErrorPage(context, request, versions.error());
  Json data = AssessmentPageData(context, request, *view, *versions, assessments.Today());
  for (const Error& e : errors) {
    data["errors"].push_back({{"message", e.message},
                              {"href", "#task-" + (e.field.empty()               ? std::string("send")
                                                   : e.field == "recommendation" ? std::string("outcome")
                                                                                 : e.field)}});
  }
  data["has_errors"] = !errors.empty();
  data["sent"] = request.Query("sent") == "1";
  data["saved"] = request.Query("saved") == "1";
  data["decided"] = request.Query("decided");
  data["decided_authorised"] = request.Query("decided") == "authorised";
  data["decided_returned"] = request.Query("decided") == "returned";
  const std::string title = std::string(errors.empty() ? "" : "Error: ") + "Child and Family Assessment";
  return RenderRecordPage(context, request, child, "assessments", "assessment_page", title, std::move(data),
                          errors.empty() ? 200 : 422);
}

Response AssessmentsTab(AppContext& context, AssessmentService& assessments, Request& request) {
  const std::string id = request.PathParam("id");
  auto loaded = LoadRecordForPage(context, request, id);
  if (auto* answer = std::get_if<Response>(&loaded)) return std::move(*answer);
  const ChildRecord& child = std::get<ChildRecord>(loaded);
  auto list = assessments.List(*request.principal, id, AccessContextOf(request));
  if (!list.ok() && list.error().code == ErrorCode::kReasonRequired) {
    return AccessReasonPage(context, request, id, "", Json::array(), 403);
  }
  if (!list.ok()) return ErrorPage(context, request, list.error());
  const Date today = assessments.Today();
  Json rows = Json::array();
  bool unfinished = false;
  for (const AssessmentView& a : *list) {
    unfinished = unfinished || a.status != kAuthorised;
    rows.push_back({{"href", AssessmentPath(a)},
                    {"started_on", UkDate(a.started_on)},
                    {"due_on", UkDate(a.due_on)},
                    {"tags", AssessmentTags(a, today)},
                    {"outcome", a.status == kAuthorised ? AssessmentOutcomeLabel(a.outcome) : std::string()},
                    {"authorised_on", a.authorised_on.empty() ? std::string() : UkDate(a.authorised_on)}});
  }
  Json data{{"assessments", rows}, {"has_assessments", !rows.empty()}};
  if (!unfinished && child.summary.status == "open" &&
      MayRecord(context, *request.principal, id, AccessAction::kRecordEntry)) {
    data["start_href"] = AssessmentsPath(id) + "/new";
  }
  // Said only while it is still ahead: a later assessment on an old referral is overdue at once.
  if (auto referral = ParseIsoDate(child.referral_received_on)) {
    const Date due = AssessmentDueOn(assessments.calendar(), *referral);
    if (due >= today) data["next_due_on"] = FormatUkDate(due);
  }
  return RenderRecordPage(context, request, child, "assessments", "assessments", "Assessments", std::move(data));
}

}  // namespace

Json AssessmentTags(const AssessmentView& view, Date today) {
  Json tags = Json::array();
  if (view.status == kAuthorised) {
    tags.push_back({{"text", "Authorised"}, {"colour", "govuk-tag--green"}});
  } else if (view.status == kWaitingForManager) {
    tags.push_back({{"text", "Waiting for a manager"}, {"colour", "govuk-tag--yellow"}});
  } else {
    tags.push_back({{"text", "In progress"}, {"colour", "govuk-tag--blue"}});
  }
  if (AssessmentOverdue(view.status, view.due_on, today)) {
    tags.push_back({{"text", "Overdue"}, {"colour", "govuk-tag--red"}});
  }
  if (AssessmentAuthorisedLate(view.status, view.due_on, view.authorised_on)) {
    tags.push_back({{"text", "Authorised after its due date"}, {"colour", "govuk-tag--grey"}});
  }
  return tags;
}

std::vector<FeatureEndpoint> AssessmentPageEndpoints(AppContext& context, AssessmentService& assessments) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/children/{id}/assessments", AccessAction::kReadEntries,
                 SignedIn(context, [&context, &assessments](Request& request) {
                   return AssessmentsTab(context, assessments, request);
                 })});
  out.push_back({"GET", "/children/{id}/assessments/{assessment_id}", AccessAction::kReadEntries,
                 SignedIn(context, [&context, &assessments](Request& request) {
                   return AssessmentPage(context, assessments, request, false);
                 })});
  out.push_back({"POST", "/children/{id}/assessments/{assessment_id}/completion", AccessAction::kRecordEntry,
                 SignedIn(context, [&context, &assessments](Request& request) {
                   return AssessmentPage(context, assessments, request, true);
                 })});
  return out;
}

std::vector<OverviewSection> AssessmentOverviewSections(std::shared_ptr<AssessmentService> assessments) {
  std::vector<OverviewSection> out;
  out.push_back({"assessment_overview",
                 [assessments](const Principal&, const AccessContext&, const ChildRecord& child, Json& data) -> Status {
                   CR_ASSIGN_OR_RETURN(auto list, assessments->ForRecord(child));
                   const std::string href = AssessmentsPath(child.summary.id);
                   data = {{"href", href}, {"has_assessment", !list.empty()}};
                   if (list.empty()) return Status::Ok();
                   const AssessmentView& a = list.front();
                   const Date today = assessments->Today();
                   data["tags"] = AssessmentTags(a, today);
                   data["overdue"] = AssessmentOverdue(a.status, a.due_on, today);
                   data["started_on"] = UkDate(a.started_on);
                   data["due_on"] = UkDate(a.due_on);
                   data["authorised_on"] = a.authorised_on.empty() ? std::string() : UkDate(a.authorised_on);
                   data["outcome"] = a.status == kAuthorised ? AssessmentOutcomeLabel(a.outcome) : std::string();
                   data["assessment_href"] = AssessmentPath(a);
                   return Status::Ok();
                 },
                 OverviewPlace::kSection});
  return out;
}

}  // namespace childrecord
