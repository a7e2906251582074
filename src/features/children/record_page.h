#pragma once

#include <string>
#include <variant>
#include <vector>

#include "features/children/children_views.h"
#include "http/request.h"
#include "service/app_context.h"
#include "web/page_support.h"

namespace childrecord {

// The child's record is shown as tabs under one heading (MOJ sub-navigation):
// Overview, Entries, People, Where they live, Identity, Documents. Each tab is its own page so a
// link, the browser's back button and a screen reader's page title all say where you are.

struct RecordTab {
  std::string id;      // "overview", "entries", ...
  std::string label;   // shown in the sub-navigation
  std::string suffix;  // appended to /children/{id}: "" for the overview, "/entries", ...
};

// The tabs, in the order they are shown.
const std::vector<RecordTab>& RecordTabs();

// "/children/{id}" + the tab's suffix. Unknown tab ids give the overview's path.
std::string RecordTabPath(const std::string& child_id, const std::string& tab);

// The child's record for a record page, or the page to answer with instead: "Why do you need to
// see this record?" when a reason is needed, or the error page. The read is
// access-logged (ChildrenService::GetChild).
std::variant<ChildRecord, Response> LoadRecordForPage(AppContext& context, const Request& request,
                                                      const std::string& child_id);

// A form posted on a child's record (/children/{id}/...): read and CSRF-checked
// (RefuseUnreadableForm), then the record loaded (LoadRecordForPage); or the page to answer with.
struct PostedRecordForm {
  Form form;
  ChildRecord child;
};
std::variant<PostedRecordForm, Response> ReadRecordForm(AppContext& context, const Request& request);

// Renders `page_template` (whose data is `data`) under the record's header: the child's name, the
// record's actions and the tabs with `tab` current. The header is web/templates/record_header
// .mustache, included by each tab's template as {{> record_header}} (data["record"] is set here).
Response RenderRecordPage(AppContext& context, const Request& request, const ChildRecord& child, const std::string& tab,
                          const std::string& page_template, const std::string& title, Json data, int status = 200);

}  // namespace childrecord
