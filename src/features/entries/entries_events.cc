// The entries' part of the journal: entry.recorded and entry.amended (entries_events.h), and the
// tables they project: `entries`, every version of each (`entry_versions`, R29, R30) and the
// brothers' and sisters' records an entry also belongs to (`entry_shares`, R32). The record's
// Overview, its Entries tab, search and other features read them.
#include "features/entries/entries_events.h"

#include "core/time_format.h"
#include "record/projection.h"
#include "record/projector_support.h"
#include "record/timeliness.h"

namespace childrecord::features::entries {
namespace {

using namespace projector;

// R32: one entry_shares row per record in entry.recorded's optional `shared_with` (ids of
// brothers' and sisters' records, checked when recorded).
Result<std::vector<Mutation>> ProjectEntryShares(const JournalEvent& event, const std::string& entry_id,
                                                 const std::string& recorded_at) {
  std::vector<Mutation> out;
  auto shared = event.payload.find("shared_with");
  if (shared == event.payload.end() || shared->is_null()) return out;
  if (!shared->is_array()) return BadPayload(event, "shared_with");
  for (const Json& child : *shared) {
    if (!child.is_string() || child.get<std::string>().empty()) return BadPayload(event, "shared_with");
    const std::string child_id = child.get<std::string>();
    out.push_back(Insert("entry_shares", entry_id + "/" + child_id,
                         Fields{{"entry_id", entry_id}, {"child_id", child_id}, {"shared_at", recorded_at}}));
  }
  return out;
}

Result<std::vector<Mutation>> ProjectEntryRecorded(const JournalEvent& event) {
  const Json& p = event.payload;
  const std::string recorded_at = FormatUtc(event.recorded_at);
  CR_ASSIGN_OR_RETURN(std::string id, IdOf(event, "entry_id"));
  CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                            {{"child_id", "child_id", Column::kRequiredText},
                                             {"kind", "kind", Column::kRequiredText},
                                             {"occurred_at", "occurred_at", Column::kRequiredText},
                                             {"practitioner_id", "practitioner_id", Column::kRequiredText},
                                             {"title", "title", Column::kRequiredText},
                                             {"body", "body", Column::kRequiredText},
                                             {"significant", "significant", Column::kFlag}}));
  auto occurred = ParseRfc3339(std::get<std::string>(f["occurred_at"]));
  if (!occurred) return BadPayload(event, "occurred_at");
  f["occurred_at"] = FormatUtc(*occurred);
  f["recorded_at"] = recorded_at;
  f["recorded_by"] = event.actor;
  // The text is read above only so that an entry without one is refused; it is not copied: the
  // entry names the event of its current version, whose payload holds it (migration 0020).
  f.erase("body");
  f["seq"] = event.seq;
  f["late"] = int64_t{IsLateEntry(*occurred, event.recorded_at) ? 1 : 0};  // R28
  // The kind's own details (R18, R19, R27, R31) are not copied: they are read from this event,
  // which the entry's first version names (features/entries/entry_views.cc, EntryView "details").
  f["version"] = int64_t{1};
  f["amended"] = int64_t{0};
  // R29/R30: every version is kept, the first included; its title and text are this event's
  // (a version names its event rather than copying them).
  Fields first{{"entry_id", id},         {"version", int64_t{1}},      {"seq", event.seq},
               {"reason", FieldValue{}}, {"recorded_at", recorded_at}, {"recorded_by", event.actor}};
  std::vector<Mutation> out;
  out.push_back(Insert("entries", id, std::move(f)));
  out.push_back(Insert("entry_versions", id + "/1", std::move(first)));
  // R32: the brothers' and sisters' records the entry also belongs to.
  CR_ASSIGN_OR_RETURN(std::vector<Mutation> shares, ProjectEntryShares(event, id, recorded_at));
  for (auto& m : shares) out.push_back(std::move(m));
  return out;
}

Result<std::vector<Mutation>> ProjectEntryAmended(const JournalEvent& event) {
  const Json& p = event.payload;
  CR_ASSIGN_OR_RETURN(std::string id, IdOf(event, "entry_id"));
  auto version = p.find("version");
  if (version == p.end() || !version->is_number_integer() || version->get<int64_t>() < 2) {
    return BadPayload(event, "version");
  }
  const int64_t v = version->get<int64_t>();
  CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                            {{"title", "title", Column::kRequiredText},
                                             {"body", "body", Column::kRequiredText},
                                             {"reason", "reason", Column::kRequiredText}}));
  Fields row{{"entry_id", id},
             {"version", v},
             {"seq", event.seq},
             {"reason", f["reason"]},
             {"recorded_at", FormatUtc(event.recorded_at)},
             {"recorded_by", event.actor}};
  std::vector<Mutation> out;
  // The version row's key makes two amendments to the same version collide in the database,
  // so a concurrent second edit is refused rather than silently overwriting the first.
  out.push_back(Insert("entry_versions", id + "/" + std::to_string(v), std::move(row)));
  out.push_back(Mutation{Mutation::Kind::kUpdate, "entries", id,
                         Fields{{"title", f["title"]}, {"seq", event.seq}, {"version", v}, {"amended", int64_t{1}}}});
  return out;
}

Result<std::vector<Mutation>> ProjectEntryEvent(const JournalEvent& event) {
  if (!event.payload.is_object()) return BadPayload(event, "payload");
  if (event.type == events::kEntryRecorded) return ProjectEntryRecorded(event);
  return ProjectEntryAmended(event);
}

}  // namespace

// The feature's part of the journal (record/projection.h FeatureEvents). features/feature_events.cc
// lists it right after the accounts, so verify checks these tables right after `users`.
FeatureEvents Events() {
  return FeatureEvents{{events::kEntryRecorded, events::kEntryAmended},
                       &ProjectEntryEvent,
                       {{"entries",
                         {"child_id", "kind", "occurred_at", "recorded_at", "recorded_by", "practitioner_id", "title",
                          "seq", "late", "significant", "version", "amended"}},
                        {"entry_versions", {"entry_id", "version", "seq", "reason", "recorded_at", "recorded_by"}},
                        {"entry_shares", {"entry_id", "child_id", "shared_at"}}}};
}

}  // namespace childrecord::features::entries
