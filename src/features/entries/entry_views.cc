#include "features/entries/entry_views.h"

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
      // Read from the journal event of the latest version that holds them (the first, or an
      // amendment of a visit's answers, R29/R30) instead of a copy (storage: docs/performance.md).
      // PostgreSQL has json_type/json_extract for '$.key' paths as SQLite's
      // (store/migrations/0016_entry_text_by_reference.postgres.sql).
      {"details",
       "(SELECT CASE json_type(jp.payload, '$.details') WHEN 'object' THEN json_extract(jp.payload, '$.details') END "
       "FROM entry_versions ev JOIN journal_payloads jp ON jp.tenant_id = ev.tenant_id AND jp.seq = ev.seq "
       "WHERE ev.tenant_id = e.tenant_id AND ev.entry_id = e.id AND "
       "(ev.version = 1 OR json_type(jp.payload, '$.details') = 'object') ORDER BY ev.version DESC LIMIT 1)",
       &V::details, Kind::kJsonObject,
       "the kind's own details (R18 visit, R19 unsuccessful visit, R27 decision, R31 sections)"},
      {"version", "e.version", &V::version, Kind::kInteger, "R29/R30: 1, then one more for each amendment"},
      {"amended", "e.amended", &V::amended, Kind::kFlag, "R29/R30: whether it has been amended"},
  };
  return description;
}

const fields::Description<VisitAnswers>& Describe(const VisitAnswers*) {
  using fields::Kind;
  using V = VisitAnswers;
  static const fields::Description<VisitAnswers> description = {
      {"interpreter_used", nullptr, &V::interpreter_used, Kind::kFlag, "R18: whether an interpreter was used"},
      {"interpreter_language", nullptr, &V::interpreter_language, Kind::kOptionalText,
       "which language, when an interpreter was used (then required)"},
      {"child_seen", nullptr, &V::child_seen, Kind::kFlag, "R18: whether the child was seen"},
      {"child_not_seen_reason", nullptr, &V::child_not_seen_reason, Kind::kOptionalText,
       "why not, when the child was not seen (then required)"},
      {"seen_alone", nullptr, &V::seen_alone, Kind::kFlag,
       "R18: whether the child was seen on their own (required when the child was seen)"},
      {"seen_alone_reason", nullptr, &V::seen_alone_reason, Kind::kOptionalText,
       "why not, when the child was seen but not on their own (then required)"},
  };
  return description;
}

namespace {
constexpr char kWhoWasThere[] = "R21: who was there: [{person_id}] for people on the record, [{name, role}] for others";
constexpr char kDecisions[] = "R21: the decisions made: [{decision, decided_by, reasons}], all three required in each";
constexpr char kActions[] = "R21: the actions agreed: who will do what, by when";
}  // namespace

const fields::Description<ContactDetails>& Describe(const ContactDetails*) {
  using fields::Kind;
  using V = ContactDetails;
  static const fields::Description<ContactDetails> description = {
      {"who_was_there", nullptr, &V::who_was_there, Kind::kJsonList, kWhoWasThere},
      {"discussed", nullptr, &V::discussed, Kind::kOptionalText,
       "R21: what was discussed (the entry's body when left out)"},
      {"actions", nullptr, &V::actions, Kind::kOptionalText, kActions},
      {"decisions", nullptr, &V::decisions, Kind::kJsonList, kDecisions},
  };
  return description;
}

const fields::Description<ContactAnswers>& Describe(const ContactAnswers*) {
  using fields::Kind;
  using V = ContactAnswers;
  static const fields::Description<ContactAnswers> description = {
      {"actions", nullptr, &V::actions, Kind::kOptionalText, kActions},
      {"decisions", nullptr, &V::decisions, Kind::kJsonList, kDecisions},
  };
  return description;
}

}  // namespace childrecord
