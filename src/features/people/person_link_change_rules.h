#pragma once

#include <optional>
#include <string>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/result.h"
#include "features/people/household_rules.h"
#include "features/people/people_views.h"

namespace childrecord {

// Changing how a person is linked to a child's record (R3, R5, R18 key changes).
// A change is never an overwrite: each is a child.person_link_changed event carrying the link as it
// became, its new version and what changed, and the dated home periods keep every move. Pure.

struct LinkChangeOptions {
  // Links recorded before home periods were kept say only "lives in the home": a move applied to
  // one takes them as living there since this date (the service gives the referral date).
  std::optional<Date> legacy_home_since;
  std::string entry_id;  // the visit the change came from (R18), or ""
  // The field a home move's errors name: "home_move" for the change form, "visit.key_changes[2]"
  // for a visit's key change.
  std::string home_move_path = "home_move";
};

// `input` (every member optional, at least one change):
//   relationship             one of RelationshipTypes()
//   important_to             "child", "parents" or "both" (R5)
//   parental_responsibility  {holds, basis (when holds), since?} — checked as BuildPersonLink does
//   home_move                {change: "moved_in"|"moved_out", on: date not in the future} (ApplyHomeMove)
//   reason                   optional text: why (shown in the link's history)
// Payload (child.person_link_changed): {link_id, child_id, person_id, version (current + 1),
// relationship, lives_in_home, parental_responsibility, parental_responsibility_basis|null,
// parental_responsibility_since|null, important_to|null, home_periods|null, changed: [names of what
// changed, from "relationship", "important_to", "parental_responsibility", "home_periods"],
// reason|null, entry_id|null}. `changed` may be empty (the caller decides whether that is an error:
// a change of contact details alone is a person.contact_changed, not a link change).
// Errors name the input field ("parental_responsibility.basis", "home_move.on", or
// options.home_move_path when the move contradicts the home history).
Result<Json> BuildPersonLinkChange(const LinkedPerson& current, const Json& input, const LinkChangeOptions& options,
                                   TimePoint now);

// The link as a change payload leaves it, so several changes to one link (two key changes in one
// visit) build on each other.
void ApplyLinkChange(LinkedPerson& link, const Json& payload);

// The home periods a link has, taking a legacy "lives in the home" without dates as an open period
// from `legacy_home_since` (see LinkChangeOptions).
std::vector<HomePeriod> HomePeriodsOf(const LinkedPerson& link, std::optional<Date> legacy_home_since);

// Checks contact details ({phone, email, address}) as a new link's are checked (BuildPersonLink):
// returns {phone|null, email|null, address|null}; errors name "contact.phone" etc.
Result<Json> CheckContact(const Json& contact, TimePoint now);

// The relationship code for a relationship as stored: a code as is; the label or a free-text
// relationship of an old journal ("half-sister", "Foster carer") as its code; otherwise "other".
std::string RelationshipCodeOf(const std::string& stored);

}  // namespace childrecord
