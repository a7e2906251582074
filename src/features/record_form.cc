#include "features/record_form.h"

#include <memory>

#include "features/children/record_page.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

Response ShowForm(AppContext& context, const Request& request, const RecordForm& form, const ChildRecord& child,
                  const Form& typed, bool posted, const std::vector<Error>& errors) {
  auto view = form.view(request, child, typed, posted);
  if (!view.ok()) return ErrorPage(context, request, view.error());
  const std::string& name = child.summary.full_name;
  Json data{{"child_name", name},
            {"heading", view->heading},
            {"intro", view->intro.empty() ? Json(nullptr) : Json(view->intro)},
            {"inset", view->inset.empty() ? Json(nullptr) : Json(view->inset)},
            {"action", request.path},
            {"submit_label", view->submit_label},
            {"back_href", view->back_href},
            {"back_text", view->back_text},
            {"csrf_token", request.principal->csrf_token},
            {"fields", std::move(view->fields)},
            {"errors", Json::array()},
            {"has_errors", false}};
  ShowErrors(data, errors, view->default_field, form.field_for);
  const bool failed = !errors.empty();
  return RenderPage(context, request, "record_form",
                    std::string(failed ? "Error: " : "") + view->heading + " – " + name, std::move(data),
                    failed ? 422 : 200, "children");
}

Response Get(AppContext& context, const RecordForm& form, Request& request) {
  // The action first, so a form the reader may not use is refused before anything is read; a
  // reader who may use it with a reason is asked for one by LoadRecordForPage.
  const std::string id = request.PathParam("id");
  if (Status allowed =
          context.record_access.Authorize(*request.principal, id, form.action, AccessContextOf(request), form.detail);
      !allowed.ok() && allowed.error().code != ErrorCode::kReasonRequired) {
    return ErrorPage(context, request, allowed.error());
  }
  auto loaded = LoadRecordForPage(context, request, id);
  if (auto* page = std::get_if<Response>(&loaded)) return std::move(*page);
  return ShowForm(context, request, form, std::get<ChildRecord>(loaded), Form{}, false, {});
}

Response Post(AppContext& context, const RecordForm& form, Request& request) {
  auto posted = ReadRecordForm(context, request);
  if (auto* page = std::get_if<Response>(&posted)) return std::move(*page);
  const auto& [typed, child] = std::get<PostedRecordForm>(posted);
  auto next = form.submit(request, child, typed);
  if (next.ok()) return Response::Redirect(*next);
  const ErrorCode code = next.error().code;
  if (code != ErrorCode::kValidation && code != ErrorCode::kConflict) return ErrorPage(context, request, next.error());
  return ShowForm(context, request, form, child, typed, true, next.error().All());
}

}  // namespace

void AddRecordForm(std::vector<FeatureEndpoint>& out, AppContext& context, const std::string& pattern,
                   RecordForm form) {
  auto shared = std::make_shared<const RecordForm>(std::move(form));
  out.push_back({"GET", pattern, shared->action,
                 SignedIn(context, [&context, shared](Request& request) { return Get(context, *shared, request); })});
  out.push_back({"POST", pattern, shared->action,
                 SignedIn(context, [&context, shared](Request& request) { return Post(context, *shared, request); })});
}

}  // namespace childrecord
