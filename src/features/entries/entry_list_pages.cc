#include "features/entries/entry_list_pages.h"

#include "features/children/record_page.h"
#include "features/entries/entry_timeline.h"
#include "web/page_support.h"

namespace childrecord::features::entries {
namespace {

// The case notes for a record page, or the reason question: the Emergency Duty Team (and anyone
// who may see a record's overview but not its notes without a reason) is asked why first.
// Sets data["entries"] or data["entries_need_reason"]; returns the error page's error otherwise.
Status AddEntries(EntryService& entries, const Principal& who, const AccessContext& access, const std::string& child_id,
                  int limit, const std::string& cursor, Json& data, std::string* next) {
  auto page = entries.ListEntries(who, child_id, limit, cursor, access);
  if (!page.ok() && page.error().code == ErrorCode::kReasonRequired) {
    data["entries_need_reason"] = {{"action", "/children/" + child_id + "/access-reason"},
                                   {"csrf_token", who.csrf_token}};
    data["entries"] = Json::array();
    return Status::Ok();
  }
  if (!page.ok()) return page.error();
  CR_ASSIGN_OR_RETURN(PeopleNames people, entries.NamesOfPeoplePresent(page->items));
  data["entries"] = EntryTimelineJson(page->items, child_id, people);
  if (next) *next = page->next;
  return Status::Ok();
}

Response EntriesTab(AppContext& context, EntryService& entries, Request& request) {
  const std::string id = request.PathParam("id");
  auto loaded = LoadRecordForPage(context, request, id);
  if (auto* page = std::get_if<Response>(&loaded)) return std::move(*page);
  const ChildRecord& child = std::get<ChildRecord>(loaded);
  Json data = Json::object();
  std::string next;
  if (Status s = AddEntries(entries, *request.principal, AccessContextOf(request), id, 50, request.Query("cursor"),
                            data, &next);
      !s.ok()) {
    return ErrorPage(context, request, s.error());
  }
  if (!next.empty()) data["entries_next_href"] = RecordTabPath(id, "entries") + "?cursor=" + next;
  // After saving an entry its form comes here: say it was saved, and link to it (GOV.UK
  // notification banner), when it is one of the entries listed.
  if (const std::string saved = request.Query("recorded"); !saved.empty()) {
    for (const Json& e : data["entries"]) {
      if (e.value("id", "") == saved) data["recorded"] = {{"title", e["title"]}, {"href", e["href"]}};
    }
  }
  return RenderRecordPage(context, request, child, "entries", "child_entries", "Entries", std::move(data));
}

// The first line of `text`, cut at a word within `limit` bytes (never inside a UTF-8 character),
// with "…" when anything was left out.
std::string TextStart(const std::string& text, size_t limit) {
  std::string line = text.substr(0, text.find('\n'));
  const bool more = line.size() < text.size() || line.size() > limit;
  if (line.size() > limit) {
    size_t cut = line.rfind(' ', limit);
    if (cut == std::string::npos || cut < limit / 2) {
      cut = limit;
      while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    }
    line = line.substr(0, cut);
  }
  while (!line.empty() && (line.back() == ' ' || line.back() == ',' || line.back() == '.' || line.back() == ':')) {
    line.pop_back();
  }
  return more ? line + "…" : line;
}

}  // namespace

std::vector<FeatureEndpoint> EntriesTabEndpoints(AppContext& context, EntryService& entries) {
  std::vector<FeatureEndpoint> out;
  // The tab shows the record's header and asks for a reason before the case notes, so it needs
  // only the overview's access; the entries' read is decided (and logged) on its own.
  out.push_back(
      {"GET", "/children/{id}/entries", AccessAction::kReadOverview,
       SignedIn(context, [&context, &entries](Request& request) { return EntriesTab(context, entries, request); })});
  return out;
}

OverviewSection LatestEntriesOverviewSection(std::shared_ptr<EntryService> entries) {
  return OverviewSection{
      "entries_latest",
      [entries](const Principal& who, const AccessContext& access, const ChildRecord& child, Json& data) -> Status {
        const std::string& id = child.summary.id;
        Json latest = Json::object();
        CR_RETURN_IF_ERROR(AddEntries(*entries, who, access, id, 5, "", latest, nullptr));
        // The Overview lists the latest entries briefly (title, date, who, the start of the text),
        // each linking to its page; the Entries tab shows them whole.
        Json brief = Json::array();
        for (const Json& e : latest["entries"]) {
          brief.push_back({{"title", e["title"]},
                           {"href", e["href"]},
                           {"kind_label", e["kind_label"]},
                           {"occurred_at", e["occurred_at"]},
                           {"practitioner_name", e["practitioner_name"]},
                           {"start", TextStart(e.value("body", ""), 160)},
                           {"shared_from", e["shared_from"]},
                           {"significant", e["significant"]}});
        }
        latest["recent"] = brief;
        latest.erase("entries");
        latest["entries_href"] = RecordTabPath(id, "entries");
        data = std::move(latest);
        return Status::Ok();
      },
      OverviewPlace::kAfterOverview};
}

}  // namespace childrecord::features::entries
