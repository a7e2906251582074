#include "features/referral/referral_pages.h"

#include "auth/access_policy.h"
#include "core/field_errors.h"
#include "features/identity/nhs_number_rules.h"
#include "web/form_dates.h"
#include "web/form_fields.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

constexpr char kHeading[] = "Accept a referral and open a record";
constexpr char kCaption[] = "New referral";

// The form's fields, in the order the page asks for them (the hidden fields of the second step).
const std::vector<std::string>& TypedFields() {
  static const auto* fields = new std::vector<std::string>{
      "first_name", "last_name",       "date_of_birth-day", "date_of_birth-month", "date_of_birth-year",
      "nhs_number", "received_on-day", "received_on-month", "received_on-year",    "source",
      "reason",     "team_id"};
  return *fields;
}

// What was typed, read: dates as "YYYY-MM-DD" (their boxes' own errors in `date_errors`), the NHS
// number as ten digits when it can be read.
ReferralInput ReadReferral(const Form& form, std::vector<Error>& date_errors) {
  ReferralInput r{.first_name = FormField(form, "first_name"),
                  .last_name = FormField(form, "last_name"),
                  .nhs_number = FormField(form, "nhs_number"),
                  .source = FormField(form, "source"),
                  .reason = FormField(form, "reason"),
                  .team_id = FormField(form, "team_id")};
  for (auto [field, what, target] : {std::tuple<const char*, const char*, std::string*>{
                                         "date_of_birth", "the child’s date of birth", &r.date_of_birth},
                                     {"received_on", "the date the referral was received", &r.received_on}}) {
    auto date = DateFromForm(form, field, what);
    if (date.ok()) {
      *target = *date;
    } else {
      date_errors.push_back(date.error());
    }
  }
  std::string digits;
  if (CheckNhsNumber(r.nhs_number, &digits) == NhsNumberProblem::kNone) r.nhs_number = digits;
  return r;
}

Response FormPage(AppContext& context, ReferralService& referrals, const Request& request, const Form& typed,
                  const std::vector<Error>& errors) {
  auto teams = referrals.Teams(*request.principal);
  if (!teams.ok()) return ErrorPage(context, request, teams.error());
  std::vector<Option> options{{"", "Choose a team", ""}};
  for (const Team& t : *teams) options.push_back({t.id, t.name, ""});
  const bool posted = !typed.empty();
  // The reader's own team is the likely one: First Contact keeps a new referral until it is passed on.
  const std::string team = posted ? FormField(typed, "team_id") : request.principal->user.team_id;
  Json fields = Json::array();
  fields.push_back(Heading("The child"));
  fields.push_back(TextField("first_name", "First name", "", FormField(typed, "first_name"), "20", "text", "off"));
  fields.push_back(TextField("last_name", "Last name", "", FormField(typed, "last_name"), "20", "text", "off"));
  fields.push_back(DateField("date_of_birth", "Date of birth (if known)", "", DateFrom(typed, "date_of_birth")));
  fields.push_back(TextField("nhs_number", "NHS number (if known)", "A 10 digit number, like 943 476 5919",
                             FormField(typed, "nhs_number"), "10", "text", "off"));
  fields.push_back(Heading("The referral"));
  fields.push_back(DateField("received_on", "When was the referral received?", "", DateFrom(typed, "received_on")));
  fields.push_back(TextField("source", "Who made the referral?",
                             "For example, the school’s designated safeguarding lead", FormField(typed, "source")));
  fields.push_back(AreaField("reason", "Why was the referral made?", "", FormField(typed, "reason")));
  fields.push_back(SelectField("team_id", "Which team will the record belong to?",
                               "A manager of that team then allocates a worker.", options, team));
  Json data{
      {"child_name", kCaption},
      {"heading", kHeading},
      {"intro", "Before a record opens, we look for a record the child may already have, so that no child has two."},
      {"inset", nullptr},
      {"action", "/children/new"},
      {"submit_label", "Continue"},
      {"back_href", "/children"},
      {"back_text", "Back to children"},
      {"csrf_token", request.principal->csrf_token},
      {"fields", std::move(fields)},
      {"errors", Json::array()},
      {"has_errors", false}};
  ShowErrors(data, errors, "first_name", nullptr);
  const bool failed = !errors.empty();
  return RenderPage(context, request, "record_form", std::string(failed ? "Error: " : "") + kHeading, std::move(data),
                    failed ? 422 : 200, "children");
}

std::string RecordPath(const std::string& id) { return "/children/" + id; }

// The record the reader has just opened, reopened or said is the child's, to go to next. Outside
// their caseload (First Contact opening a record for a locality team) they would be asked why they
// need to see it: what they did is the reason, given for them for this session and logged with it
// (R40), as the reason form would.
Response GoToRecord(AppContext& context, const Request& request, const std::string& child_id, const std::string& reason,
                    const std::string& confirmation) {
  auto facts = context.store.GetChildAccess(context.tenant.id, child_id);
  if (facts.ok() && DecideRecordAccess(request.principal->user, AccessAction::kReadOverview, *facts, false) ==
                        AccessDecision::kReasonRequired) {
    // Not given (a role that may not read it): the record's page says so, as for any reader.
    (void)context.record_access.GiveReason(*request.principal, child_id, reason, AccessContextOf(request));
  }
  return Response::Redirect(RecordPath(child_id) + "?" + confirmation + "=1");
}

// The possible matches, each in words, with what was typed carried along in hidden fields.
Response MatchesPage(AppContext& context, const Request& request, const Form& typed, const ReferralInput& referral,
                     const std::vector<PossibleMatch>& matches, const std::vector<Error>& errors) {
  Json hidden = Json::array();
  for (const std::string& name : TypedFields()) hidden.push_back({{"name", name}, {"value", FormField(typed, name)}});
  Json items = Json::array();
  for (const PossibleMatch& m : matches) {
    std::string why;
    for (MatchReason reason : m.reasons) {
      std::string words(MatchReasonWords(reason));
      if (why.empty() && !words.empty()) words[0] = static_cast<char>(words[0] - 'a' + 'A');
      why += (why.empty() ? "" : ", ") + words;
    }
    const bool open = m.child.status == "open";
    items.push_back(
        {{"full_name", m.child.full_name},
         {"date_of_birth", m.child.date_of_birth.empty() ? std::string("Not known") : UkDate(m.child.date_of_birth)},
         {"team_name", m.child.team_name},
         {"status", open ? "Open" : "Closed"},
         {"why", why},
         {"value", "same:" + m.child.id},
         {"button", open ? "This is the same child: go to the record" : "This is the same child: reopen this record"}});
  }
  const std::string born = referral.date_of_birth.empty() ? std::string("date of birth not known")
                                                          : "born " + UkDate(referral.date_of_birth);
  Json data{{"typed_name", referral.FullName()},
            {"typed_born", born},
            {"count", matches.size() == 1 ? std::string("1 record") : std::to_string(matches.size()) + " records"},
            {"matches", std::move(items)},
            {"hidden", std::move(hidden)},
            {"not_a_duplicate", FormField(typed, "not_a_duplicate")},
            {"csrf_token", request.principal->csrf_token},
            {"errors", Json::array()},
            {"has_errors", false}};
  ShowErrors(data, errors, "not_a_duplicate", nullptr);
  data.erase("fields");
  for (const Error& e : errors) {
    if (e.field == "not_a_duplicate") data["not_a_duplicate_error"] = e.message;
  }
  const bool failed = !errors.empty();
  return RenderPage(context, request, "referral_matches",
                    std::string(failed ? "Error: " : "") + "Is this child already known to us?", std::move(data),
                    failed ? 422 : 200, "children");
}

Response PostReferral(AppContext& context, ReferralService& referrals, Request& request) {
  Form typed;
  if (auto refused = RefuseUnreadableForm(context, request, typed)) return std::move(*refused);
  std::vector<Error> date_errors;
  ReferralInput referral = ReadReferral(typed, date_errors);
  if (Status checked = CheckReferral(referral, date_errors, context.store.clock().Now()); !checked.ok()) {
    return FormPage(context, referrals, request, typed, checked.error().All());
  }
  auto matches = referrals.PossibleMatchesFor(*request.principal, referral, AccessContextOf(request));
  if (!matches.ok()) return ErrorPage(context, request, matches.error());
  if (!matches->empty()) return MatchesPage(context, request, typed, referral, *matches, {});
  auto opened = referrals.Open(*request.principal, referral, "", AccessContextOf(request));
  if (!opened.ok() && opened.error().code == ErrorCode::kValidation) {
    return FormPage(context, referrals, request, typed, opened.error().All());
  }
  if (!opened.ok()) return ErrorPage(context, request, opened.error());
  return GoToRecord(context, request, *opened, "Accepted the referral that opened this record", "opened");
}

Response PostDecision(AppContext& context, ReferralService& referrals, Request& request) {
  Form typed;
  if (auto refused = RefuseUnreadableForm(context, request, typed)) return std::move(*refused);
  std::vector<Error> date_errors;
  ReferralInput referral = ReadReferral(typed, date_errors);
  const std::string decision = FormField(typed, "decision");
  Status checked = CheckReferral(referral, date_errors, context.store.clock().Now());
  // "Change the details", or details that no longer pass (the hidden fields were changed): the form.
  if (decision == "change" || !checked.ok()) {
    return FormPage(context, referrals, request, typed, checked.ok() ? std::vector<Error>{} : checked.error().All());
  }
  const AccessContext access = AccessContextOf(request);
  auto show_again = [&](const Error& error) {
    auto matches = referrals.PossibleMatchesFor(*request.principal, referral, access);
    if (!matches.ok()) return ErrorPage(context, request, matches.error());
    return MatchesPage(context, request, typed, referral, *matches, error.All());
  };
  if (decision.starts_with("same:")) {
    const std::string child_id = decision.substr(5);
    auto same = referrals.SameChild(*request.principal, child_id, referral, access);
    if (!same.ok() && (same.error().code == ErrorCode::kValidation || same.error().code == ErrorCode::kConflict)) {
      Error e = same.error();
      e.field = "";  // the referral's own fields are not on this page
      return show_again(e);
    }
    if (!same.ok()) return ErrorPage(context, request, same.error());
    if (*same == "reopened") {
      return GoToRecord(context, request, child_id, "Accepted a new referral that reopened this record",
                        "reopened_referral");
    }
    return GoToRecord(context, request, child_id, "A new referral for this child, who has this record", "same_child");
  }
  const std::string why = FormField(typed, "not_a_duplicate");
  if (decision != "new" || !IsUsableReason(why)) {
    return show_again(
        Error::Validation("not_a_duplicate", "Say why none of these records is the child’s before opening a new one"));
  }
  auto opened = referrals.Open(*request.principal, referral, why, access);
  if (!opened.ok() && opened.error().code == ErrorCode::kValidation) {
    return FormPage(context, referrals, request, typed, opened.error().All());
  }
  if (!opened.ok()) return ErrorPage(context, request, opened.error());
  return GoToRecord(context, request, *opened, "Accepted the referral that opened this record", "opened");
}

}  // namespace

std::vector<FeatureEndpoint> ReferralPageEndpoints(AppContext& context, ReferralService& referrals) {
  std::vector<FeatureEndpoint> out;
  out.push_back(
      {"GET", "/children/new", AccessAction::kOpenRecord, SignedIn(context, [&context, &referrals](Request& request) {
         return FormPage(context, referrals, request, Form{}, {});
       })});
  out.push_back(
      {"POST", "/children/new", AccessAction::kOpenRecord, SignedIn(context, [&context, &referrals](Request& request) {
         return PostReferral(context, referrals, request);
       })});
  out.push_back({"POST", "/children/new/decision", AccessAction::kOpenRecord,
                 SignedIn(context, [&context, &referrals](Request& request) {
                   return PostDecision(context, referrals, request);
                 })});
  return out;
}

std::vector<OverviewSection> ReferralOverviewSections() {
  std::vector<OverviewSection> out;
  for (auto [shown_when, kind] : {std::pair<const char*, const char*>{"opened", "opened"},
                                  {"same_child", "same"},
                                  {"reopened_referral", "reopened"}}) {
    const std::string which = kind;
    out.push_back({"referral_done",
                   [which](const Principal&, const AccessContext&, const ChildRecord&, Json& data) -> Status {
                     data = {{which, true}};
                     return Status::Ok();
                   },
                   OverviewPlace::kBanner, shown_when});
  }
  return out;
}

}  // namespace childrecord
