#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/result.h"

namespace childrecord {

// R25: every record holds an up-to-date Case Note Summary, updated on any significant change or
// every 3 months, whichever comes first. Pure: no I/O.

// The soft rule's id (SPEC §2 principle 3): computed when the record is read, never stored.
inline constexpr char kSummaryDueRule[] = "summary.due";

// Something that happened on the record that makes its summary out of date (R25 "significant
// change"). `kind` is one of: "household" (someone moved in or out), "living" (a change of living
// arrangement), "legal_status", "order" (a new order), "plan" (a plan started or ended),
// "entry" (an entry marked significant). `at` is when it was recorded (UTC RFC 3339): the summary
// cannot be updated before the change is known.
struct SignificantChange {
  std::string kind = {};
  std::string at = {};
  std::string description = {};  // in the reader's words: "Dad moved back in"
};

struct SummaryDueInput {
  std::string last_version_at = {};             // UTC RFC 3339 of the latest summary; empty: none written yet
  std::string record_opened_at = {};            // UTC RFC 3339
  std::vector<SignificantChange> changes = {};  // any order; those before the last version are ignored
  TimePoint now = {};
};

struct SummaryDue {
  bool due = false;
  std::string reason = {};     // in words: "3 months have passed since the summary was last updated"
  std::string due_since = {};  // UTC RFC 3339: when it became due (empty when not due)
  std::string next_due = {};   // UTC RFC 3339: when it falls due by age alone (empty when none written)
  std::string trigger = {};    // "none_yet", "three_months", "significant_change" or ""
};

// The instant 3 calendar months after `at` (the last day of a shorter month when the day does not
// exist: 30 November + 3 months is 28 or 29 February).
TimePoint ThreeMonthsAfter(TimePoint at);

// R25's due rule (kSummaryDueRule): due when there is no summary (since the record opened), when 3
// months have passed since the last version, or when a significant change was recorded after it —
// whichever came first. An unreadable instant in the input counts as "now".
SummaryDue DecideSummaryDue(const SummaryDueInput& input);

// The safety marks of a key person on the summary (R25: who is safe and who is not, for the
// Emergency Duty Team). "" when the summary says nothing about it.
inline constexpr char kSafe[] = "safe";
inline constexpr char kNotSafe[] = "not_safe";

// R25: a new version of the Case Note Summary, checked. `input`:
//   pen_picture       required: who the child is, in a few lines
//   worries           required: what is worrying
//   what_helps        required: what is helping
//   safety_plan       required: who does what if a worry happens, and who to call
//   contingency_plan  optional: what happens if the plan does not work
//   key_people        [{person_id, safety: ""|"safe"|"not_safe", note}] (may be empty: a record may
//                     hold nobody yet)
//                     chosen from the people on the record (`people_on_record`, by id: a changed
//                     phone number shows everywhere); "not_safe" needs a note saying why.
// Every error at once, each naming its field ("key_people[1].person_id"). `version` is the new
// version's number (the last + 1). Payload: {child_id, version, pen_picture, worries, what_helps,
// safety_plan, contingency_plan|null, key_people:[{person_id, safety|null, note|null}]}.
Result<Json> BuildSummaryVersion(const Json& input, const std::string& child_id, int64_t version,
                                 const std::set<std::string>& people_on_record);

}  // namespace childrecord
