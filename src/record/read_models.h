#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/fields.h"

namespace childrecord {

// What the store returns when asked about the record. Plain data, no behaviour; instants are
// RFC 3339 UTC text as stored.

struct Tenant {
  std::string id;
  std::string name;
};

struct Team {
  std::string id;
  std::string name;
};

struct UserAccount {
  std::string tenant_id;
  std::string id;
  std::string username;
  std::string full_name;
  std::string role;
  std::string team_id;  // empty when not in a team
  bool active = true;
  std::string training_completed_on;  // R53 data-protection training, "YYYY-MM-DD"; empty if never
};

struct ChildListItem {
  std::string id;
  std::string full_name;
  std::string date_of_birth;  // "YYYY-MM-DD" or empty
  std::string local_child_id;
  std::string status;
  std::string team_name;
  std::string allocated_worker_name;
  std::string opened_at;
  std::string last_entry_at;  // empty when nothing recorded yet
  std::string team_id;
  std::string allocated_worker_id;  // empty when unallocated
  std::string name_key;             // the folded name the list is ordered by (its page cursor)
  // Set by ChildrenService::SearchChildren for a list item the reader may not open without a stated reason: such
  // an item carries only id and full_name, every other field empty.
  bool reason_required = false;
};

// ChildListItem's one description (read_models.cc): the children list's SQL columns
// (store/child_repository.cc), the API's JSON of a listed child and the OpenAPI schema
// "ChildListItem".
const fields::Description<ChildListItem>& Describe(const ChildListItem*);

struct ChildRecord {
  ChildListItem summary;
  std::string team_id;
  std::string allocated_worker_id;
  std::string referral_received_on;
  std::string referral_source;
  std::string referral_reason;
};

// The record's own fields beyond its summary (read_models.cc), read after ChildListItem's columns;
// the API spells the referral as one object, so those fields are described as internal.
const fields::Description<ChildRecord>& Describe(const ChildRecord*);

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

// EntryView's one description (core/fields.h): the entries' SQL columns (store/entry_rows.h), the
// API's JSON of an entry and the OpenAPI schema "Entry" (read_models.cc). R32's shared_from is
// worked out after the read, so it is described where the API spells it.
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
};

// R32: a child's record as named in sharing choices (a brother's or sister's record).
struct SharedRecord {
  std::string child_id;
  std::string full_name;
};

// A page of a collection; `next` is an opaque cursor for the following page, or empty.
template <typename T>
struct Page {
  std::vector<T> items;
  std::string next;
};

// What the record says about who may see it (auth/access_policy.h decides with it).
struct ChildAccessFacts {
  std::string child_id;
  std::string team_id;
  std::string allocated_worker_id;
  bool restricted = false;
  std::vector<std::string> named_user_ids;  // who may see a restricted record
};

}  // namespace childrecord
