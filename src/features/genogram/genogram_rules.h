#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace childrecord {

// R20: the genogram is drawn from the people and relationships already on the record (never a
// separate drawing to keep up to date). Pure: no I/O, nothing of HTTP or SQL.

// One person linked to the child's record, as the genogram needs them.
struct GenogramPerson {
  std::string id;
  std::string full_name;
  std::string relationship;  // a RelationshipTypes() code (household_rules.h)
  bool lives_with_child = false;
  bool parental_responsibility = false;
  // What the people feature records of them (person_details_rules.h); "" / 0 when not recorded.
  std::string sex = {};      // "male", "female", "other", "not_known"
  std::string born_on = {};  // "YYYY-MM-DD"
  int64_t birth_order = 0;   // 1 the oldest, when the date of birth is not known
  bool died = false;
  std::string died_on = {};  // "" when alive or the date is not known
};

// A relationship between two adults as recorded (every one is kept: a pair married, then
// separated, then divorced has three).
struct GenogramPartnership {
  std::string first;
  std::string second;
  std::string kind;  // "married", "civil_partners", "living_together", "separated", "divorced"
  std::string starts_on;
  std::string ends_on = {};
};

// What else BuildGenogram needs: the child's own date of birth (to order them among brothers and
// sisters) and sex, and the date the family is shown as at ("YYYY-MM-DD"; "" for no limit).
struct GenogramOptions {
  std::string child_born_on = {};
  std::string child_sex = {};
  std::string as_at = {};
};

enum class GenogramSex { kMale, kFemale, kOther, kUnknown };

// How a child hangs from its parents (docs/genogram.md): born to them (solid), adopted (dashed),
// fostered (dotted).
enum class GenogramLine { kBirth, kAdopted, kFostered };

// How two adults are drawn: parents whose relationship is not recorded (solid), married or civil
// partners (solid), living together (dashed), separated (solid, one slash), divorced (solid, two).
enum class GenogramCoupleStyle { kParents, kLivingTogether, kMarried, kCivilPartners, kSeparated, kDivorced };

struct GenogramNode {
  std::string id;
  std::string full_name;
  std::string relationship;  // the code, for the text alternative's words
  GenogramSex sex = GenogramSex::kUnknown;
  int generation = 0;  // 0 great-grandparents, 1 grandparents, 2 parents, 3 the child's own
  bool is_child = false;
  bool household = false;
  bool parental_responsibility = false;
  std::string born_on = {};  // as recorded, for the label ("Born 2010")
  bool died = false;         // died on or before the date shown (or on a date not known)
  std::string died_on = {};
};

struct GenogramChildLine {
  std::string id;
  GenogramLine line = GenogramLine::kBirth;
  // Twins (or more) of one birth: children of the couple with the same recorded date of birth share
  // a group number (1, 2, ...) and are drawn from one point; 0 for a single birth.
  int multiple_birth = 0;
};

// A couple (or one parent whose partner is not on the record: `second` empty) and their children
// in birth order, oldest first.
struct GenogramCouple {
  std::string first;
  std::string second;
  GenogramCoupleStyle style = GenogramCoupleStyle::kParents;
  std::vector<GenogramChildLine> children = {};
  std::string since = {};  // the recorded relationship in force on the date shown: when it started
};

struct GenogramModel {
  std::vector<GenogramNode> people;  // the child first, then in the record's order
  std::vector<GenogramCouple> couples;
};

// The sex a relationship implies (mother: female); kUnknown when it does not say.
GenogramSex SexOfRelationship(const std::string& relationship);
// The generation a relationship puts a person in; -1 for people outside the family tree (friends,
// workers).
int GenerationOfRelationship(const std::string& relationship);

// The style of the pair's relationship as it stood on `as_at` ("" for today) from what is recorded
// of them, or nullopt when nothing recorded had started by then: the latest one started on or
// before that date; married, civil partners or living together that had ended by then (ends_on
// before it) with nothing recorded after is drawn as separated. `since` is when it started.
struct PairStatus {
  GenogramCoupleStyle style = GenogramCoupleStyle::kParents;
  std::string since;
};
std::optional<PairStatus> StatusOfPair(const std::vector<GenogramPartnership>& recorded, const std::string& a,
                                       const std::string& b, const std::string& as_at);

// R20: the family model of the child `child_id` called `child_name` from the people on the record
// and the relationships between the adults, as the family stood on `options.as_at`:
//   - people born after that date are left out; a death after it is not shown;
//   - sex as recorded, falling back to the relationship's (SexOfRelationship) when not recorded
//     or recorded as not known;
//   - the couples come from the relationships to the child (mother and father; a step-parent with
//     a parent; grandparents as the first parent's parents); a recorded relationship between two
//     adults sets their couple's style (StatusOfPair) or adds the couple;
//   - each couple's children in birth order, oldest first: by date of birth; a child with only a
//     birth order takes that place among them; the rest keep the record's order after them;
//   - children of a couple with the same date of birth are a multiple birth (twins), drawn from one
//     point (there is no separate field: the date of birth says it).
GenogramModel BuildGenogram(const std::string& child_id, const std::string& child_name, bool child_at_home,
                            const std::vector<GenogramPerson>& people,
                            const std::vector<GenogramPartnership>& partnerships = {},
                            const GenogramOptions& options = {});

}  // namespace childrecord
