#pragma once

#include <functional>
#include <string>
#include <vector>

#include "auth/access_policy.h"
#include "features/children/children_views.h"
#include "features/feature_module.h"
#include "http/request.h"
#include "service/app_context.h"
#include "web/form_fields.h"

namespace childrecord {

// A form on a child's record, as the person filling it in sees it (web/templates/record_form
// .mustache): a question page under the child's name, its fields (web/form_fields.h) and one
// button. A plain struct, so a feature's page can be tested without a server.
struct RecordFormView {
  std::string heading = {};  // the page's h1: "Close this record"
  std::string intro = {};    // a paragraph under the heading; may be empty
  std::string inset = {};    // what the action means, in an inset; may be empty
  std::string submit_label = {};  // "Close the record"
  std::string back_href = {};     // where "Back" and "Cancel" go
  std::string back_text = {};     // "Back to the record"
  Json fields = Json::array();
  std::string default_field = {};  // where an error naming no field of the form is shown
};

// One form on a child's record (/children/{id}/...): what it shows and what it does. Every record
// form goes through AddRecordForm, which owns the steps every form shares:
//   GET   the record is read (a reason is asked for first where one is needed), `action` is
//         decided and logged, and the form is shown, filled from the record where it changes it;
//   POST  the form is read and its CSRF token checked, `submit` does what it asks; on success the
//         browser is sent to the path `submit` gives; on an error of what was typed (kValidation,
//         kConflict) the form is shown again with what was typed and every error at once, beside
//         its field and in the summary (422); any other error answers with the error page.
// The functions are called concurrently and must be thread safe.
struct RecordForm {
  AccessAction action = AccessAction::kRecordEntry;  // decided before the form is shown
  std::string detail = {};                           // what the access log says it is: "close form"
  // The page for `child` with what was typed (`form`; empty before the first POST, `posted` false).
  // An error answers with the error page (a form the reader may not use: kForbidden).
  std::function<Result<RecordFormView>(const Request& request, const ChildRecord& child, const Form& form,
                                       bool posted)>
      view = nullptr;
  // Does what the posted form asks: the path to go to next, or why not. An input's errors together
  // (core/field_errors.h FieldErrors::ToStatus), each naming its field.
  std::function<Result<std::string>(const Request& request, const ChildRecord& child, const Form& form)> submit =
      nullptr;
  // The form's field an error names, when the input's names differ ("referral.source" -> "source").
  std::function<std::string(const std::string& field)> field_for = nullptr;
};

// Adds the GET and POST endpoints of `form` at `pattern` ("/children/{id}/close") to `out`, both
// decided by `form.action` in the access table. The handlers hold `form` and borrow `context`.
void AddRecordForm(std::vector<FeatureEndpoint>& out, AppContext& context, const std::string& pattern,
                   RecordForm form);

}  // namespace childrecord
