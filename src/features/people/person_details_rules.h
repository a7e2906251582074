#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/result.h"
#include "features/people/household_rules.h"

namespace childrecord {

// R20: what a genogram needs of each person and of the adults' relationships, recorded in the
// people feature (journaled, dated, shown on the People tab) so that the genogram is derived from
// the record, never drawn by hand. Pure: no I/O.

// A person's sex as recorded: "male", "female", "other", "not_known".
const std::vector<LabelledCode>& PersonSexes();
// A sex code in the reader's words ("not_known" -> "Not known"); "" for a code not in PersonSexes().
// The one place a sex becomes words, for the people around the child and the child (R2, R20).
std::string SexLabel(const std::string& code);
// A relationship between two adults: "married", "civil_partners", "living_together", "separated",
// "divorced". Each is dated; a later change (married, then separated, then divorced) is a new
// record of the pair, so the history is kept and the genogram can show it as it stood on a date.
const std::vector<LabelledCode>& PartnershipKinds();

// person.details_recorded from `input` {sex, born_on?, birth_order?, died?, died_on?} for the
// person `person_id`, recorded on the record of `child_id`, replacing what was recorded before
// (`version`: 1 for the first time, then one more than the stored version). Rules, every error at
// once, each naming its field:
//   sex is one of PersonSexes();
//   born_on is a real day, not in the future;
//   birth_order (1-20, the place among brothers and sisters, oldest 1) only when the date of birth
//   is not known — a date of birth already orders them;
//   died true with died_on (not in the future, not before born_on) or with died_on absent: "date
//   not known"; died_on without died true is refused.
Result<Json> BuildPersonDetails(const Json& input, const std::string& person_id, const std::string& child_id,
                                int64_t version, TimePoint now);

// One adult on the record as the partnership rules need them: their person id, name and date of
// birth and death as recorded ("" when not known).
struct PartnerFacts {
  std::string person_id;
  std::string full_name;
  std::string born_on;
  std::string died_on;
};

// person.partnership_recorded from `input` {first_person_id, second_person_id, kind, starts_on,
// ends_on?} on the record of `child_id`, whose people are `people`. Every error at once: both
// people must be on this record ("first_person_id"/"second_person_id"), two different people
// ("second_person_id"), kind one of PartnershipKinds(), starts_on a real day not in the future
// and not before either was born, ends_on optional, not in the future, not before starts_on.
Result<Json> BuildPartnership(const Json& input, const std::string& child_id, const std::vector<PartnerFacts>& people,
                              TimePoint now);

}  // namespace childrecord
