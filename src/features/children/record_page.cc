#include "features/children/record_page.h"

#include "auth/access_policy.h"
#include "features/children/children_service.h"
#include "features/plan/plan_overview.h"
#include "web/audit_pages.h"
#include "web/page_support.h"

namespace childrecord {

const std::vector<RecordTab>& RecordTabs() {
  static const auto* tabs = new std::vector<RecordTab>{
      {"overview", "Overview", ""},
      {"summary", "Summary", "/summary"},
      {"entries", "Entries", "/entries"},
      {"plan", "Plan", "/plan"},
      {"assessments", "Assessments", "/assessments"},
      {"chronology", "Chronology", "/chronology"},
      {"people", "People", "/people"},
      {"genogram", "Family tree", "/genogram"},
      {"living", "Where they live", "/living"},
      {"identity", "Identity", "/identity"},
      {"documents", "Documents", "/documents"},
  };
  return *tabs;
}

std::string RecordTabPath(const std::string& child_id, const std::string& tab) {
  for (const auto& t : RecordTabs()) {
    if (t.id == tab) return "/children/" + child_id + t.suffix;
  }
  return "/children/" + child_id;
}

std::variant<ChildRecord, Response> LoadRecordForPage(AppContext& context, const Request& request,
                                                      const std::string& child_id) {
  auto child = ChildrenService(context).GetChild(*request.principal, child_id, AccessContextOf(request));
  if (child.ok()) return *std::move(child);
  if (child.error().code == ErrorCode::kReasonRequired) {
    // Outside the caseload: ask why first (remembered for this session), then come back here.
    return AccessReasonPage(context, request, child_id, "", Json::array(), 403);
  }
  return ErrorPage(context, request, child.error());
}

std::variant<PostedRecordForm, Response> ReadRecordForm(AppContext& context, const Request& request) {
  Form form;
  if (auto refused = RefuseUnreadableForm(context, request, form)) return std::move(*refused);
  auto loaded = LoadRecordForPage(context, request, request.PathParam("id"));
  if (auto* page = std::get_if<Response>(&loaded)) return std::move(*page);
  return PostedRecordForm{std::move(form), std::get<ChildRecord>(std::move(loaded))};
}

Response RenderRecordPage(AppContext& context, const Request& request, const ChildRecord& child, const std::string& tab,
                          const std::string& page_template, const std::string& title, Json data, int status) {
  const std::string& id = child.summary.id;
  Json tabs = Json::array();
  for (const auto& t : RecordTabs()) {
    tabs.push_back({{"label", t.label}, {"href", "/children/" + id + t.suffix}, {"current", t.id == tab}});
  }
  data["record"] = {{"full_name", child.summary.full_name},
                    {"closed", child.summary.status != "open"},
                    {"tabs", std::move(tabs)},
                    {"words_href", "/children/" + id + "/words-we-use"}};
  // R24: the plan in force, one click from every tab.
  data["record"]["plan_links"] = PlanHeaderLinks(context.store, context.tenant.id, id);
  // R15/R21 and R33: recording starts from the record itself, for those the one access table
  // lets record on it (with a reason where they would be asked for one).
  auto facts = context.store.GetChildAccess(context.tenant.id, id);
  if (facts.ok() && DecideRecordAccess(request.principal->user, AccessAction::kRecordEntry, *facts,
                                       /*has_reason=*/true) == AccessDecision::kAllowed) {
    data["record"]["record_entry_href"] = "/children/" + id + "/entries/new";
  }
  std::string full_title = title.empty() ? child.summary.full_name : title + " – " + child.summary.full_name;
  return RenderPage(context, request, page_template, full_title, std::move(data), status, "children");
}

}  // namespace childrecord
