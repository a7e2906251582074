#pragma once

#include <cstdint>
#include <string>

#include "core/fields.h"

namespace childrecord {

// Entries as the entries feature reads them (entry_repository.h, entry_share_repository.h).
// Plain data, no behaviour; instants are RFC 3339 UTC text as stored.

struct EntryView {
  std::string id;
  std::string child_id;
  std::string kind;
  std::string occurred_at;
  std::string recorded_at;
  std::string recorded_by_name;
  std::string practitioner_name;
  std::string title;
  std::string body;
  bool late = false;
  bool significant = false;
  std::string details;  // the kind's own details (R18 visit, R19, R27 decision, R31 sections) as JSON text, or ""
  int64_t version = 1;  // R29/R30: amendments make new versions
  bool amended = false;
  // R32: set when the entry is listed on (or opened from) a brother's or sister's record it was
  // shared with: the record it was written on, and that child's name. Empty on its own record.
  std::string shared_from_child_id;
  std::string shared_from_name;
  // R32 with a restricted record (SPEC §4): the record it was written on is restricted and the
  // reader is not named on it, so its identity is not shown ("Shared from another record"):
  // shared_from_name and child_id are then empty, and shared_from_child_id is only a marker.
  bool shared_from_hidden = false;
};

// EntryView's one description (core/fields.h): the entries' SQL columns (entry_rows.h), the
// API's JSON of an entry and the OpenAPI schema "Entry" (entry_views.cc, entry_openapi.cc). R32's
// shared_from is worked out after the read, so it is described where the API spells it.
const fields::Description<EntryView>& Describe(const EntryView*);

// An entry's current text, as a column expression over `entries e`: the "body" of the journal
// event its current version names (`e.seq`), read by the journal's key. The text is kept once, in
// the journal, and read from there (storage: docs/performance.md).
inline constexpr char kEntryBodySql[] =
    "(SELECT json_extract(jb.payload, '$.body') FROM journal_payloads jb WHERE jb.tenant_id = e.tenant_id AND "
    "jb.seq = e.seq)";

// One version of an entry (R29/R30): the first as recorded, later ones with the reason.
struct EntryVersionView {
  int64_t version = 1;
  std::string title;
  std::string body;
  std::string reason;  // empty for the first version
  std::string recorded_at;
  std::string recorded_by_name;
  std::string details;  // the kind's details when this version set them (the first; a visit's answers amended), or ""
};

// R32: a child's record as named in sharing choices (a brother's or sister's record).
struct SharedRecord {
  std::string child_id;
  std::string full_name;
};

// R18 with R29/R30: a visit's answers as an amendment sends them (`visit` of POST
// /entries/{id}/versions; visit_rules.h AmendVisitAnswers). Described once for the OpenAPI
// schema "VisitAnswers".
struct VisitAnswers {
  bool interpreter_used = false;
  std::string interpreter_language;
  bool child_seen = false;
  bool seen_alone = false;
  std::string child_not_seen_reason;
  std::string seen_alone_reason;
};
const fields::Description<VisitAnswers>& Describe(const VisitAnswers*);

// R21: a contact's details (a phone call, conversation, meeting, letter or email; contact_rules.h)
// as a new entry sends them, and, for an amendment, its actions and decisions. Described once for
// the OpenAPI schemas "Contact" and "ContactAnswers".
struct ContactDetails {
  std::string who_was_there;  // JSON list
  std::string discussed;
  std::string actions;
  std::string decisions;  // JSON list
};
const fields::Description<ContactDetails>& Describe(const ContactDetails*);

struct ContactAnswers {
  std::string actions;
  std::string decisions;  // JSON list
};
const fields::Description<ContactAnswers>& Describe(const ContactAnswers*);

}  // namespace childrecord
