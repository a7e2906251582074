#pragma once

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
};

enum class GenogramSex { kMale, kFemale, kUnknown };

// How a child hangs from its parents (docs/genogram.md): born to them (solid), adopted (dashed),
// fostered (dotted).
enum class GenogramLine { kBirth, kAdopted, kFostered };

// How two adults are drawn: parents (solid), living together (dashed).
enum class GenogramCoupleStyle { kParents, kLivingTogether };

struct GenogramNode {
  std::string id;
  std::string full_name;
  std::string relationship;  // the code, for the text alternative's words
  GenogramSex sex = GenogramSex::kUnknown;
  int generation = 0;  // 0 great-grandparents, 1 grandparents, 2 parents, 3 the child's own
  bool is_child = false;
  bool household = false;
  bool parental_responsibility = false;
};

struct GenogramChildLine {
  std::string id;
  GenogramLine line = GenogramLine::kBirth;
};

// A couple (or one parent whose partner is not on the record: `second` empty) and their children
// in birth order, oldest first.
struct GenogramCouple {
  std::string first;
  std::string second;
  GenogramCoupleStyle style = GenogramCoupleStyle::kParents;
  std::vector<GenogramChildLine> children = {};
};

struct GenogramModel {
  std::vector<GenogramNode> people;    // the child first, then in the record's order
  std::vector<GenogramCouple> couples;
};

// The sex a relationship implies (mother: female); kUnknown when it does not say.
GenogramSex SexOfRelationship(const std::string& relationship);
// The generation a relationship puts a person in; -1 for people outside the family tree (friends,
// workers).
int GenerationOfRelationship(const std::string& relationship);

// R20: the family model of the child `child_id` called `child_name` from the people on the record.
GenogramModel BuildGenogram(const std::string& child_id, const std::string& child_name, bool child_at_home,
                            const std::vector<GenogramPerson>& people);

}  // namespace childrecord
