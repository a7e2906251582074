#include "web/record_page.h"

#include "record/commands.h"
#include "web/audit_pages.h"
#include "web/entry_details.h"
#include "web/page_support.h"

namespace childrecord {

const std::vector<RecordTab>& RecordTabs() {
  static const auto* tabs = new std::vector<RecordTab>{
      {"overview", "Overview", ""},
      {"entries", "Entries", "/entries"},
      {"people", "People", "/people"},
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
  auto child = context.records.GetChild(*request.principal, child_id, AccessContextOf(request));
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

Response RenderRecordPage(AppContext& context, const Request& request, const ChildRecord& child,
                          const std::string& tab, const std::string& page_template, const std::string& title,
                          Json data, int status) {
  const std::string& id = child.summary.id;
  Json tabs = Json::array();
  for (const auto& t : RecordTabs()) {
    tabs.push_back({{"label", t.label}, {"href", "/children/" + id + t.suffix}, {"current", t.id == tab}});
  }
  data["record"] = {{"full_name", child.summary.full_name},
                    {"closed", child.summary.status != "open"},
                    {"tabs", std::move(tabs)},
                    // R15/R21 and R33: recording starts from the record itself.
                    {"record_entry_href", "/children/" + id + "/entries/new"},
                    {"words_href", "/children/" + id + "/words-we-use"}};
  std::string full_title = title.empty() ? child.summary.full_name : title + " – " + child.summary.full_name;
  return RenderPage(context, request, page_template, full_title, std::move(data), status, "children");
}

std::string SharedFromText(const EntryView& entry) {
  if (entry.shared_from_child_id.empty()) return "";
  if (entry.shared_from_hidden || entry.shared_from_name.empty()) return "Shared from another record";
  return "Shared from " + entry.shared_from_name + "'s record";
}

Json EntryTimelineJson(const std::vector<EntryView>& entries, const std::string& record_id) {
  Json list = Json::array();
  for (const auto& e : entries) {
    Json rows = EntryDetailRows(e.details);
    list.push_back({{"id", e.id},
                    {"kind_label", EntryKindLabel(e.kind)},
                    {"occurred_at", UkDateTimeOf(e.occurred_at)},
                    {"recorded_at", UkDateTimeOf(e.recorded_at)},
                    {"recorded_by_name", e.recorded_by_name},
                    {"practitioner_name", e.practitioner_name},
                    {"recorded_by_other", e.recorded_by_name != e.practitioner_name},
                    {"title", e.title},
                    {"body", e.body},
                    {"late", e.late},
                    {"significant", e.significant},
                    {"amended", e.amended},
                    {"version", std::to_string(e.version)},
                    {"has_details", !rows.empty()},
                    {"details_rows", std::move(rows)}});
    // Each entry's own page (history, amend); one shared from a brother's or sister's record is
    // opened as seen from this record, which is what decides who may read it (R32).
    list.back()["href"] = "/entries/" + e.id +
                          (e.shared_from_child_id.empty() ? std::string() : "?record=" + record_id);
    const std::string shared_from = SharedFromText(e);
    list.back()["shared_from"] = shared_from.empty() ? Json(nullptr) : Json(shared_from);
  }
  return list;
}

}  // namespace childrecord
