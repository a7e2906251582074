#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/result.h"
#include "core/time_format.h"

namespace childrecord {

// R2: "Every child's record must hold details of the child's full name, date of birth and any
// identification number. The spelling of names should be accurate and, where possible,
// evidenced e.g. birth certificate. In some instances, key information may change and it is
// important that the child's record reflects the child's circumstances at that time."
//
// An identity change is a dated event (`child.identity_changed`, identity_events.h
// events::kIdentityChanged): the details that changed, from which date, each with how it was
// evidenced. Nothing is overwritten: IdentityAsAt replays the history to show the identity in
// force on any past date.

// The identity details, in the order forms show them.
//   full_name       text, required whenever given (cannot be cleared)
//   other_names     list of text (names the child is or was known by); [] or null clears
//   date_of_birth   "YYYY-MM-DD", not in the future (cannot be cleared)
//   sex             one of the people feature's PersonSexes() codes (male, female, other,
//                   not_known), so the genogram draws the child as it draws everyone (R20); null clears
//   nhs_number      checked (nhs_number_rules.h), kept as 10 digits; null clears
//   upn             checked (upn_rules.h), kept upper case; null clears
//   local_child_id  the council's own child id, text; null clears
const std::vector<std::string>& IdentityFields();
// "nhs_number" -> "NHS number", "upn" -> "Unique Pupil Number".
std::string IdentityFieldLabel(const std::string& field);

// Validates an identity change and builds the child.identity_changed payload.
// `input`:
//   effective_from  "YYYY-MM-DD", required, not in the future: from when the change is true
//                   (a name changed by an adoption order is true from the order's date, not
//                   from the day it was typed in)
//   reason          optional text ("Adoption order made", "Spelling corrected: birth certificate seen")
//   changes         object, at least one of IdentityFields(), each
//                   {value, evidence?, evidenced_by?, evidenced_on?}:
//                   evidence is how it was checked ("birth certificate seen"); when any of the
//                   three evidence parts is given, all three are required and evidenced_on is not in
//                   the future. Evidence is optional because the policy asks for it "where possible".
// Errors name the field: "effective_from", "changes", "changes.nhs_number.value",
// "changes.full_name.evidenced_by", "changes.other_names.value[1]".
// Payload: {child_id, effective_from, reason|null,
//           changes: {field: {value, evidence: {how, by, on}|null}}}.
Result<Json> BuildIdentityChanged(const Json& input, const std::string& child_id, TimePoint now);

// One identity detail as in force on a date.
struct IdentityDetail {
  Json value;                  // as stored (text, 10 digits, list of names); null when cleared
  Json evidence;               // {how, by, on} or null when not evidenced
  std::string effective_from;  // the change it comes from
};

// The identity on a date: only the details known by then (a detail never given is absent).
struct Identity {
  std::map<std::string, IdentityDetail> details;
  // The detail's value as text ("" when absent or cleared; other names joined with ", "; the sex
  // in words).
  std::string Text(const std::string& field) const;
};

// The identity in force at the end of `as_at`. `history` is the child.identity_changed payloads
// in the order they were recorded. Changes apply in effective_from order; two changes with the
// same effective_from apply in recorded order (the later one wins), so a later correction to an
// earlier date takes effect from that date without hiding changes effective after it.
// Payloads without a readable effective_from or changes are skipped. Pure.
Identity IdentityAsAt(const std::vector<Json>& history, Date as_at);

}  // namespace childrecord
