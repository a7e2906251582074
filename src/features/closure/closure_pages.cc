#include "features/closure/closure_pages.h"

#include "auth/access_policy.h"
#include "core/field_errors.h"
#include "features/record_form.h"
#include "web/form_dates.h"

namespace childrecord {
namespace {

std::string RecordPath(const ChildRecord& child) { return "/children/" + child.summary.id; }

// R1: the manager's "Close this record": when involvement ended, why, and the closing summary (R20).
RecordForm CloseForm(ClosureService& closures) {
  RecordForm form{.action = AccessAction::kRecordEntry, .detail = "close form"};
  form.view = [](const Request& request, const ChildRecord& child, const Form& typed, bool) -> Result<RecordFormView> {
    if (!IsManagerRole(request.principal->user.role)) {
      return Error::Forbidden("Only a team manager or senior manager can close a record");
    }
    RecordFormView view{.heading = "Close this record",
                        .inset =
                            "Closing ends the council’s involvement. The record stays readable and nothing on "
                            "it is deleted. Entries written up later can still be added.",
                        .submit_label = "Close the record",
                        .back_href = RecordPath(child),
                        .back_text = "Back to the record",
                        .default_field = "reason"};
    view.fields.push_back(DateField("closed_on", "When did involvement end?", "", DateFrom(typed, "closed_on")));
    view.fields.push_back(AreaField("reason", "Why has involvement ended?",
                                    "For example, the family’s needs are met and Early Help will carry on "
                                    "supporting them.",
                                    FormField(typed, "reason")));
    view.fields.push_back(AreaField("closing_summary", "Closing summary",
                                    "What happened while we were involved, what changed for the child, and what "
                                    "the family can do if they need help again.",
                                    FormField(typed, "closing_summary")));
    return view;
  };
  form.submit = [&closures](const Request& request, const ChildRecord& child,
                            const Form& typed) -> Result<std::string> {
    Json input{{"reason", FormField(typed, "reason")}, {"closing_summary", FormField(typed, "closing_summary")}};
    // Every problem at once: a date that cannot be read is the date's error; the rules still check
    // the other fields (without a date they refuse, so nothing is written).
    FieldErrors errors;
    ReadDateInto(typed, "closed_on", "the date involvement ended", input, errors);
    auto closed = closures.Close(*request.principal, child.summary.id, input, AccessContextOf(request));
    if (!closed.ok() && closed.error().code != ErrorCode::kValidation) return closed.error();
    if (!closed.ok()) errors.Add(closed.error());
    CR_RETURN_IF_ERROR(errors.ToStatus());
    return RecordPath(child);
  };
  return form;
}

// One record per child (R1): "Reopen this record on a new referral".
RecordForm ReopenForm(ClosureService& closures) {
  RecordForm form{.action = AccessAction::kOpenRecord, .detail = "reopen form"};
  form.view = [](const Request&, const ChildRecord& child, const Form& typed, bool) -> Result<RecordFormView> {
    RecordFormView view{.heading = "Reopen this record on a new referral",
                        .inset =
                            "A child has one record. A new referral reopens it: the earlier involvement, its "
                            "referral and its closure stay on the record.",
                        .submit_label = "Reopen the record",
                        .back_href = RecordPath(child),
                        .back_text = "Back to the record",
                        .default_field = "reason"};
    view.fields.push_back(
        DateField("received_on", "When was the new referral received?", "", DateFrom(typed, "received_on")));
    view.fields.push_back(TextField("source", "Who made the referral?", "", FormField(typed, "source")));
    view.fields.push_back(AreaField("reason", "Why was the referral made?", "", FormField(typed, "reason")));
    return view;
  };
  form.submit = [&closures](const Request& request, const ChildRecord& child,
                            const Form& typed) -> Result<std::string> {
    Json referral{{"source", FormField(typed, "source")}, {"reason", FormField(typed, "reason")}};
    FieldErrors errors;
    ReadDateInto(typed, "received_on", "the date the referral was received", referral, errors);
    auto reopened =
        closures.Reopen(*request.principal, child.summary.id, Json{{"referral", referral}}, AccessContextOf(request));
    if (!reopened.ok() && reopened.error().code != ErrorCode::kValidation) return reopened.error();
    if (!reopened.ok()) {
      // The rules name "referral.source"; the form's fields are "source", "reason", "received_on"
      // (the name DateFromForm gives an unreadable date, which then stays the date's one error).
      for (Error e : reopened.error().All()) {
        if (e.field.starts_with("referral.")) e.field = e.field.substr(9);
        errors.Add(e);
      }
    }
    CR_RETURN_IF_ERROR(errors.ToStatus());
    return RecordPath(child);
  };
  return form;
}

}  // namespace

std::vector<FeatureEndpoint> ClosurePageEndpoints(AppContext& context, ClosureService& closures) {
  std::vector<FeatureEndpoint> out;
  AddRecordForm(out, context, "/children/{id}/close", CloseForm(closures));
  AddRecordForm(out, context, "/children/{id}/reopen", ReopenForm(closures));
  return out;
}

}  // namespace childrecord
