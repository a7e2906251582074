#include "record/read_models.h"

namespace childrecord {

const fields::Description<EntryView>& Describe(const EntryView*) {
  using fields::Kind;
  using V = EntryView;
  // Columns of `entries e`, with who recorded (`r`) and who was involved (`p`) joined.
  static const fields::Description<EntryView> description = {
      {"id", "e.id", &V::id},
      {"child_id", "e.child_id", &V::child_id, Kind::kOptionalText,
       "the record it was written on; null when that record is restricted to others"},
      {"kind", "e.kind", &V::kind},
      {"occurred_at", "e.occurred_at", &V::occurred_at, Kind::kInstant, "when it happened"},
      {"recorded_at", "e.recorded_at", &V::recorded_at, Kind::kInstant, "when it was written up"},
      {"recorded_by", "r.full_name", &V::recorded_by_name, Kind::kText, "who wrote it up"},
      {"practitioner", "p.full_name", &V::practitioner_name, Kind::kText, "who was involved"},
      {"title", "e.title", &V::title},
      {"body", kEntryBodySql, &V::body},
      {"late", "e.late", &V::late, Kind::kFlag, "recorded more than 24 hours after the event (R28)"},
      {"significant", "e.significant", &V::significant, Kind::kFlag},
      // Read from the journal event of the entry's first version instead of a copy (storage:
      // docs/performance.md). PostgreSQL has json_type/json_extract for '$.key' paths as SQLite's
      // (store/migrations/0016_entry_text_by_reference.postgres.sql).
      {"details",
       "(SELECT CASE json_type(jp.payload, '$.details') WHEN 'object' THEN json_extract(jp.payload, '$.details') END "
       "FROM entry_versions ev JOIN journal_payloads jp ON jp.tenant_id = ev.tenant_id AND jp.seq = ev.seq "
       "WHERE ev.tenant_id = e.tenant_id AND ev.entry_id = e.id AND ev.version = 1)",
       &V::details, Kind::kJsonObject,
       "the kind's own details (R18 visit, R19 unsuccessful visit, R27 decision, R31 sections)"},
      {"version", "e.version", &V::version, Kind::kInteger, "R29/R30: 1, then one more for each amendment"},
      {"amended", "e.amended", &V::amended, Kind::kFlag, "R29/R30: whether it has been amended"},
  };
  return description;
}

const fields::Description<ChildListItem>& Describe(const ChildListItem*) {
  using fields::Kind;
  using V = ChildListItem;
  // Columns of `children c` with its team `t` and allocated worker `w` joined.
  static const fields::Description<ChildListItem> description = {
      {"id", "c.id", &V::id},
      {"full_name", "c.full_name", &V::full_name},
      {"date_of_birth", "c.date_of_birth", &V::date_of_birth, Kind::kOptionalDate},
      {"local_child_id", "c.local_child_id", &V::local_child_id, Kind::kText, "the council's own number for the child"},
      {"status", "c.status", &V::status, Kind::kText, "open or closed (R1)", {"open", "closed"}},
      {"team", "t.name", &V::team_name},
      {"allocated_worker", "w.full_name", &V::allocated_worker_name, Kind::kOptionalText},
      {"opened_at", "c.opened_at", &V::opened_at, Kind::kInstant},
      {"last_entry_at",
       "(SELECT MAX(e.occurred_at) FROM entries e WHERE e.tenant_id = c.tenant_id AND e.child_id = c.id)",
       &V::last_entry_at, Kind::kOptionalInstant, "when the latest entry happened"},
      {"team_id", "c.team_id", &V::team_id, Kind::kText, "", {}, /*internal=*/true},
      {"allocated_worker_id", "c.allocated_worker_id", &V::allocated_worker_id, Kind::kText, "", {}, /*internal=*/true},
      {"name_key", "c.name_key", &V::name_key, Kind::kText, "", {}, /*internal=*/true},
  };
  return description;
}

const fields::Description<ChildRecord>& Describe(const ChildRecord*) {
  using fields::Kind;
  using V = ChildRecord;
  static const fields::Description<ChildRecord> description = {
      {"team_id", "c.team_id", &V::team_id},
      {"allocated_worker_id", "c.allocated_worker_id", &V::allocated_worker_id, Kind::kOptionalText},
      {"received_on", "c.referral_received_on", &V::referral_received_on, Kind::kText, "", {}, /*internal=*/true},
      {"source", "c.referral_source", &V::referral_source, Kind::kText, "", {}, /*internal=*/true},
      {"reason", "c.referral_reason", &V::referral_reason, Kind::kText, "", {}, /*internal=*/true},
  };
  return description;
}

}  // namespace childrecord
