#pragma once

#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "core/result.h"
#include "core/time_format.h"

namespace childrecord {

// R20: "The child's record must also include a … chronology". A chronology lists the significant
// events of the child's life only — a list of every contact hides what matters — each with its
// date as precisely as it is known, what happened, who or which document said so, and the impact
// on the child as the practitioner judges it (written by a person, never generated). Pure: no I/O.

// How precisely a date is known (R20, R29 "accurate": a chronology never pretends to know a day
// it does not). Codes as stored and sent by the API:
//   day     "2019-03-14"                       shown "14 March 2019"
//   month   "2019-03"                          shown "March 2019"
//   year    "2019"                             shown "2019"
//   about   "2017", "2017-06" or "2017-06-01"  shown "About 2017", "About June 2017", …
//   before  "2019", "2019-03" or "2019-03-14"  shown "Before 2019", "Before March 2019", …
const std::vector<std::string>& DatePrecisions();
// What a person chooses between on the form: "A day", "A month", …
std::string DatePrecisionLabel(const std::string& precision);

// A date as the chronology holds it.
struct ChronologyDate {
  std::string precision = {};  // one of DatePrecisions()
  std::string value = {};      // "YYYY", "YYYY-MM" or "YYYY-MM-DD" as the precision allows
};

// Checks `value` against `precision` and `today` (London): every problem at once, each naming
// `field` ("date") or `field` + ".precision". A month precision with a day, a year precision with a
// month, a day precision without one, an impossible date and a date after today are refused.
Result<ChronologyDate> ParseChronologyDate(const std::string& precision, const std::string& value, Date today,
                                           const std::string& field = "date");

// How the date reads on the page and in the court's PDF: "14 March 2019", "March 2019", "2019",
// "About 2017", "Before March 2019". Never an ISO date.
std::string ChronologyDateWords(const ChronologyDate& date);

// The first day the date can be ("2019-03-01" for March 2019): the order of the chronology and
// what its date filters compare. The sort key of a generated item from an instant is the instant
// itself (RFC 3339 UTC text), which sorts after the start of its day.
std::string ChronologyDateStart(const ChronologyDate& date);

// The kinds of item, each a filter on the page and the API (R20: significant events only):
//   entry      an entry marked significant
//   added      added by hand, or promoted from an entry
//   household  someone moved into or out of the child's home (R3, R18 key changes)
//   living     where the child lives and their legal status (R4)
//   order      an order made about the child (R8)
//   record     the record opened, closed or copied to an adoption agency (R1, R17)
const std::vector<std::string>& ChronologyKinds();
std::string ChronologyKindLabel(const std::string& kind);

// R20: an item a practitioner adds by hand, or promotes from an entry. `input`:
//   date            {precision, value} (ParseChronologyDate)
//   what_happened   required, at most 2000 characters
//   source          who or which document said so: required unless the item is promoted from an
//                   entry (the entry is its source), at most 500 characters
//   impact          optional: the impact on the child, good or bad, at most 4000 characters
// `entry_id` is the entry it is promoted from, or "". Every error at once, each naming its field.
// Payload (chronology.item_added): {item_id, child_id, date: {precision, value}, what_happened,
// source|null, impact|null, entry_id|null}.
Result<Json> BuildChronologyItemAdded(const Json& input, const std::string& child_id, const std::string& item_id,
                                      const std::string& entry_id, Date today);

// R20: the impact on the child of an item (generated or added), written by a practitioner; a new
// note replaces the one shown, and every note stays in the journal. `input`: {impact} (required,
// at most 4000 characters). `source_ref` is the item's reference ("entry:<id>", "item:<id>", …),
// which must be one of the record's items (the service checks it exists). Payload
// (chronology.impact_noted): {child_id, source_ref, impact}.
Result<Json> BuildChronologyImpactNoted(const Json& input, const std::string& child_id, const std::string& source_ref);

// Whether `ref` has the shape of an item's reference: "<kind>:<id>" with a known prefix.
bool IsChronologyRef(const std::string& ref);

// The order of the chronology: by sort key, then by reference, so every item has one place and a
// page's cursor is stable under inserts. `newest_first` reverses it.
struct ChronologyPosition {
  std::string sort_key = {};
  std::string ref = {};
};
bool ComesBefore(const ChronologyPosition& a, const ChronologyPosition& b, bool newest_first);
// "<sort_key>|<ref>" and back; kBadRequest field "cursor" for text this server did not give out.
std::string EncodeChronologyCursor(const ChronologyPosition& position);
Result<ChronologyPosition> DecodeChronologyCursor(const std::string& cursor);

}  // namespace childrecord
