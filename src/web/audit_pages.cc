#include "web/audit_pages.h"

#include "web/page_support.h"

namespace childrecord {
namespace {

std::string FieldOf(const std::multimap<std::string, std::string>& form, const char* name) {
  auto it = form.find(name);
  return it == form.end() ? std::string() : it->second;
}

}  // namespace

Response AccessReasonPage(AppContext& context, const Request& request, const std::string& child_id,
                          const std::string& reason, Json errors, int status, const std::string& next_page) {
  const std::string next = !next_page.empty() ? next_page : request.method == "GET" ? SafeNext(request.target) : "";
  Json data{{"child_id", child_id},
            {"action", "/children/" + child_id + "/access-reason"},
            {"next", next},
            {"reason", reason},
            {"csrf_token", request.principal ? request.principal->csrf_token : ""},
            {"errors", errors},
            {"has_errors", !errors.empty()}};
  if (!errors.empty()) data["reason_error"] = errors[0]["message"];
  const std::string title = "Why do you need to see this record?";
  return RenderPage(context, request, "access_reason", errors.empty() ? title : "Error: " + title, data, status,
                    "children");
}

void AddAuditPageRoutes(Router& router, AppContext& context) {
  router.Add("POST", "/children/{id}/access-reason", SignedIn(context, [&context](Request& request) {
               std::multimap<std::string, std::string> form;
               if (auto refused = RefuseUnreadableForm(context, request, form)) return std::move(*refused);
               const std::string id = request.PathParam("id");
               const std::string reason = FieldOf(form, "reason");
               Status given = context.record_access.GiveReason(*request.principal, id, reason,
                                                               AccessContext{request.remote_address, ""});
               if (!given.ok()) {
                 if (given.error().code != ErrorCode::kValidation) return ErrorPage(context, request, given.error());
                 return AccessReasonPage(context, request, id, reason,
                                         Json::array({{{"message", given.error().message}, {"href", "#reason"}}}), 422,
                                         SafeNext(FieldOf(form, "next")));
               }
               // Back to the page of this record that asked for the reason; anywhere else, the record.
               const std::string record = "/children/" + id;
               const std::string next = SafeNext(FieldOf(form, "next"));
               const bool same_record =
                   next == record || next.starts_with(record + "/") || next.starts_with(record + "?");
               return Response::Redirect(same_record ? next : record);
             }));
}

}  // namespace childrecord
