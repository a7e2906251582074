#include "features/entries/entry_timeline.h"

#include "features/entries/entry_details.h"
#include "record/commands.h"
#include "web/page_support.h"

namespace childrecord {

std::string SharedFromText(const EntryView& entry) {
  if (entry.shared_from_child_id.empty()) return "";
  if (entry.shared_from_hidden || entry.shared_from_name.empty()) return "Shared from another record";
  return "Shared from " + entry.shared_from_name + "'s record";
}

Json EntryTimelineJson(const std::vector<EntryView>& entries, const std::string& record_id,
                       const PeopleNames& people) {
  Json list = Json::array();
  for (const auto& e : entries) {
    // R29/R30: the body is the current text; the details' copy of it is the first version's.
    Json rows = EntryDetailRows(e.details, people, EntryBodyLabel(e.kind));
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
    list.back()["href"] =
        "/entries/" + e.id + (e.shared_from_child_id.empty() ? std::string() : "?record=" + record_id);
    const std::string shared_from = SharedFromText(e);
    list.back()["shared_from"] = shared_from.empty() ? Json(nullptr) : Json(shared_from);
  }
  return list;
}

}  // namespace childrecord
