// The forms on a Child and Family Assessment (R20, R23, R27, R37, R38), each a RecordForm
// (features/record_form.h): start one, write a section, add a view, authorise or return it.
#include <set>

#include "auth/access_policy.h"
#include "core/field_errors.h"
#include "features/assessment/assessment_pages.h"
#include "features/record_form.h"
#include "web/form_dates.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

std::string AssessmentsPath(const ChildRecord& child) { return "/children/" + child.summary.id + "/assessments"; }

Json ContentOf(const AssessmentView& a) {
  Json content = Json::parse(a.content, nullptr, false);
  return content.is_object() ? content : Json::object();
}

std::string TextOf(const Json& content, const std::string& code) {
  auto it = content.find(code);
  return it != content.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The assessment a form is about: of this record, and still a draft (a form on an authorised or
// waiting one says why it cannot be changed).
Result<AssessmentView> Draft(AssessmentService& assessments, const Request& request, const ChildRecord& child) {
  CR_ASSIGN_OR_RETURN(AssessmentView a, assessments.Get(*request.principal, request.PathParam("assessment_id"),
                                                        AccessContextOf(request), child.summary.id));
  if (a.status == kAuthorised) {
    return Error::Conflict("This assessment was authorised on " + UkDate(a.authorised_on) +
                           " and cannot be changed. Start a new assessment instead.");
  }
  if (a.status == kWaitingForManager) {
    return Error::Conflict(
        "This assessment is waiting for a manager. It can be changed again if the manager returns it.");
  }
  return a;
}

// R20: "Start a Child and Family Assessment".
RecordForm StartForm(AssessmentService& assessments) {
  RecordForm form{.action = AccessAction::kRecordEntry, .detail = "start assessment form"};
  form.view = [&assessments](const Request&, const ChildRecord& child, const Form& typed,
                             bool) -> Result<RecordFormView> {
    std::string due;
    if (auto referral = ParseIsoDate(child.referral_received_on)) {
      const Date on = AssessmentDueOn(assessments.calendar(), *referral);
      due = FormatUkDate(on);
      if (on < assessments.Today()) due += ". That date has passed, so it will show as overdue until it is authorised";
    }
    RecordFormView view{.heading = "Start a Child and Family Assessment",
                        .intro = "The assessment is due 45 working days after the referral was received (" +
                                 UkDate(child.referral_received_on) + "): by " + due + ".",
                        .inset = "You can save each section as you go and come back to it. Every version is kept.",
                        .submit_label = "Start the assessment",
                        .back_href = AssessmentsPath(child),
                        .back_text = "Back to the assessments",
                        .default_field = "started_on"};
    view.fields.push_back(DateField("started_on", "When did the assessment start? (optional)",
                                    "Leave this blank if it starts today.", DateFrom(typed, "started_on")));
    return view;
  };
  form.submit = [&assessments](const Request& request, const ChildRecord& child,
                               const Form& typed) -> Result<std::string> {
    Json input = Json::object();
    FieldErrors errors;
    ReadDateInto(typed, "started_on", "the date the assessment started", input, errors);
    CR_RETURN_IF_ERROR(errors.ToStatus());
    CR_ASSIGN_OR_RETURN(AssessmentView a,
                        assessments.Start(*request.principal, child.summary.id, input, AccessContextOf(request)));
    return AssessmentsPath(child) + "/" + a.id;
  };
  return form;
}

// One written section of the triangle, or the analysis; "outcome" is the outcome with the
// recommendation and its reasons (R23).
RecordForm SectionForm(AssessmentService& assessments) {
  RecordForm form{.action = AccessAction::kRecordEntry, .detail = "assessment section form"};
  form.view = [&assessments](const Request& request, const ChildRecord& child, const Form& typed,
                             bool posted) -> Result<RecordFormView> {
    CR_ASSIGN_OR_RETURN(AssessmentView a, Draft(assessments, request, child));
    const Json content = ContentOf(a);
    const std::string code = request.PathParam("section");
    auto value = [&](const std::string& name) { return posted ? FormField(typed, name) : TextOf(content, name); };
    RecordFormView view{.submit_label = "Save and return to the assessment",
                        .back_href = AssessmentsPath(child) + "/" + a.id,
                        .back_text = "Back to the assessment",
                        .default_field = code};
    if (code == "outcome") {
      view.heading = "Outcome and recommendation";
      view.intro = "Say what should happen next and why, so the child and family can understand the decision.";
      view.default_field = "outcome";
      std::vector<Option> options;
      for (const auto& o : AssessmentOutcomes()) options.push_back({o.code, o.label, ""});
      const std::string chosen = value("outcome");
      view.fields.push_back(ChoiceField("outcome", "What is the outcome of the assessment?", "", options,
                                        chosen.empty() ? std::set<std::string>{} : std::set<std::string>{chosen}));
      view.fields.push_back(AreaField("recommendation", "Recommendation and the reasons for it",
                                      "What we recommend, why, and what the child and family said about it.",
                                      value("recommendation")));
      return view;
    }
    for (const auto& s : AssessmentSections()) {
      if (code != s.code) continue;
      view.heading = s.label;
      view.fields.push_back(AreaField(code, s.label, s.hint, value(code)));
      return view;
    }
    return Error::NotFound("There is no such section of the assessment");
  };
  form.submit = [&assessments](const Request& request, const ChildRecord& child,
                               const Form& typed) -> Result<std::string> {
    CR_ASSIGN_OR_RETURN(AssessmentView a, Draft(assessments, request, child));
    const std::string code = request.PathParam("section");
    Json input{{"expected_version", a.version}};
    if (code == "outcome") {
      input["outcome"] = FormField(typed, "outcome");
      input["recommendation"] = FormField(typed, "recommendation");
    } else {
      input[code] = FormField(typed, code);
    }
    CR_RETURN_IF_ERROR(assessments.Save(*request.principal, a.id, input, AccessContextOf(request)));
    return AssessmentsPath(child) + "/" + a.id + "?saved=1";
  };
  return form;
}

// R23, R37, R38: one person's views in their own words, whether they agree, and the support they had.
RecordForm ViewForm(AssessmentService& assessments) {
  RecordForm form{.action = AccessAction::kRecordEntry, .detail = "assessment view form"};
  form.view = [&assessments](const Request& request, const ChildRecord& child, const Form& typed,
                             bool) -> Result<RecordFormView> {
    CR_ASSIGN_OR_RETURN(AssessmentView a, Draft(assessments, request, child));
    CR_ASSIGN_OR_RETURN(auto voices, assessments.Voices(child));
    RecordFormView view{.heading = "Add someone’s views",
                        .intro =
                            "Write what they said in their own words. For a child too young to say, write what "
                            "their behaviour tells us.",
                        .submit_label = "Save their views",
                        .back_href = AssessmentsPath(child) + "/" + a.id,
                        .back_text = "Back to the assessment",
                        .default_field = "words"};
    std::vector<Option> whose{{"", "Choose whose views these are", ""}};
    for (const auto& [id, name] : voices) whose.push_back({id, id == "child" ? name + " (the child)" : name, ""});
    view.fields.push_back(SelectField("whose", "Whose views are these?",
                                      "The child, or one of the people on the record (add people on the People tab).",
                                      whose, FormField(typed, "whose")));
    view.fields.push_back(AreaField("words", "Their views, in their own words", "", FormField(typed, "words")));
    const std::string agrees = FormField(typed, "agrees");
    view.fields.push_back(ChoiceField("agrees", "Do they agree with the assessment?", "",
                                      {{"yes", "Yes", ""}, {"partly", "Partly", ""}, {"no", "No", ""}},
                                      agrees.empty() ? std::set<std::string>{} : std::set<std::string>{agrees}));
    std::vector<Option> supports;
    for (const auto& s : ViewSupports()) supports.push_back({s.code, s.label, ""});
    std::set<std::string> chosen;
    for (auto [it, end] = typed.equal_range("support"); it != end; ++it) chosen.insert(it->second);
    view.fields.push_back(ChoiceField("support", "What support did they have to share their views?",
                                      "Select all that apply. Leave them all clear if they needed none.", supports,
                                      chosen, /*checkboxes=*/true));
    view.fields.push_back(
        TextField("support_other", "If other support, what was it?", "", FormField(typed, "support_other")));
    return view;
  };
  form.submit = [&assessments](const Request& request, const ChildRecord& child,
                               const Form& typed) -> Result<std::string> {
    CR_ASSIGN_OR_RETURN(AssessmentView a, Draft(assessments, request, child));
    // The views already written are sent again as they are, with the new one after them.
    Json views = Json::array();
    for (const Json& v : ContentOf(a).value("views", Json::array())) {
      Json again = v;
      again["whose"] = v.value("whose", "") == "child" ? Json("child") : v.value("person_id", Json(""));
      again.erase("name");
      again.erase("person_id");
      views.push_back(std::move(again));
    }
    Json support = Json::array();
    for (auto [it, end] = typed.equal_range("support"); it != end; ++it) support.push_back(it->second);
    views.push_back({{"whose", FormField(typed, "whose")},
                     {"words", FormField(typed, "words")},
                     {"agrees", FormField(typed, "agrees")},
                     {"support", support},
                     {"support_other", FormField(typed, "support_other")}});
    CR_RETURN_IF_ERROR(assessments.Save(
        *request.principal, a.id, Json{{"expected_version", a.version}, {"views", views}}, AccessContextOf(request)));
    return AssessmentsPath(child) + "/" + a.id + "?saved=1";
  };
  // "views[2].words" -> "words": the form shows the one view being added.
  form.field_for = [](const std::string& field) {
    const size_t dot = field.find("].");
    return field.starts_with("views[") && dot != std::string::npos ? field.substr(dot + 2) : field;
  };
  return form;
}

// R23, R27: the manager authorises the assessment or returns it, with reasons; never its author.
RecordForm AuthorisationForm(AssessmentService& assessments) {
  RecordForm form{.action = AccessAction::kRecordDecision, .detail = "assessment authorisation form"};
  form.view = [&assessments](const Request& request, const ChildRecord& child, const Form& typed,
                             bool) -> Result<RecordFormView> {
    if (!IsManagerRole(request.principal->user.role)) return Error::Forbidden(kOnlyManagersDecide);
    CR_ASSIGN_OR_RETURN(AssessmentView a, assessments.Get(*request.principal, request.PathParam("assessment_id"),
                                                          AccessContextOf(request), child.summary.id));
    if (a.status != kWaitingForManager) {
      return Error::Conflict(a.status == kAuthorised ? "This assessment has already been authorised"
                                                     : "This assessment has not been sent for authorisation yet");
    }
    // R27: refused before the form is shown, so the author is not asked for reasons in vain.
    CR_ASSIGN_OR_RETURN(bool author, assessments.IsAuthor(request.principal->user.id, a));
    if (author) return Error::Forbidden(kNoSelfAuthorisation);
    RecordFormView view{.heading = "Authorise the assessment",
                        .intro = "Read the assessment first. Authorising it agrees the outcome: " +
                                 AssessmentOutcomeLabel(TextOf(ContentOf(a), "outcome")) + ".",
                        .inset =
                            "Once authorised, the assessment cannot be changed. A later assessment is started "
                            "instead.",
                        .submit_label = "Save the decision",
                        .back_href = AssessmentsPath(child) + "/" + a.id,
                        .back_text = "Back to the assessment",
                        .default_field = "decision"};
    const std::string decision = FormField(typed, "decision");
    view.fields.push_back(
        ChoiceField("decision", "What is your decision?", "",
                    {{"authorise", "Authorise the assessment", ""},
                     {"return", "Return it to the practitioner", "Say what needs to change in your reasons."}},
                    decision.empty() ? std::set<std::string>{} : std::set<std::string>{decision}));
    view.fields.push_back(AreaField("reasons", "Your reasons", "The child may read this one day: write it for them.",
                                    FormField(typed, "reasons")));
    return view;
  };
  form.submit = [&assessments](const Request& request, const ChildRecord& child,
                               const Form& typed) -> Result<std::string> {
    CR_ASSIGN_OR_RETURN(AssessmentView a, assessments.Decide(*request.principal, request.PathParam("assessment_id"),
                                                             Json{{"decision", FormField(typed, "decision")},
                                                                  {"reasons", FormField(typed, "reasons")}},
                                                             AccessContextOf(request)));
    return AssessmentsPath(child) + "/" + a.id + "?decided=" + (a.status == kAuthorised ? "authorised" : "returned");
  };
  return form;
}

}  // namespace

std::vector<FeatureEndpoint> AssessmentFormEndpoints(AppContext& context, AssessmentService& assessments) {
  std::vector<FeatureEndpoint> out;
  AddRecordForm(out, context, "/children/{id}/assessments/new", StartForm(assessments));
  AddRecordForm(out, context, "/children/{id}/assessments/{assessment_id}/sections/{section}",
                SectionForm(assessments));
  AddRecordForm(out, context, "/children/{id}/assessments/{assessment_id}/views/new", ViewForm(assessments));
  AddRecordForm(out, context, "/children/{id}/assessments/{assessment_id}/authorisation",
                AuthorisationForm(assessments));
  return out;
}

}  // namespace childrecord
