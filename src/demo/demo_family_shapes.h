#pragma once

#include <string>
#include <vector>

#include "demo/demo_random.h"
#include "store/store.h"

namespace childrecord::demo {

// R20: what the genogram needs of a demo family, so that families of every shape are drawn: each
// person's sex and date of birth (or birth order), a grandparent who has died, parents married,
// living together, separated or divorced, a step-parent married to a parent, an adopted brother or
// sister and twins. Written as the same journal events the People tab writes
// (person.details_recorded, person.partnership_recorded, and person.added / child.person_linked
// for the people it adds), in the family's opening batch. Deterministic from `rng`, a stream of
// its own, so the rest of a seed's authority stays as it was.

struct ShapeAdult {
  std::string person_id;
  std::string relationship;  // "mother", "father", "step_father", "grandmother", "foster_carer", ...
  bool woman = true;
  bool home = false;
};

struct ShapeKid {
  std::string person_id;  // "" when the family has one child (no person row)
  std::string child_id;   // the record, when referred; else ""
  bool girl = false;
  std::string born_on;  // "YYYY-MM-DD": the record's date of birth for a referred child
};

struct FamilyShapeInput {
  std::string surname;
  std::string home_address;
  std::vector<ShapeAdult> adults;
  std::vector<ShapeKid> kids;
  std::string today;  // "YYYY-MM-DD": the day these are recorded; nothing is dated after it
};

// The events, in an order the journal accepts after the family's records were opened.
std::vector<NewEvent> FamilyShapeEvents(Rng& rng, const FamilyShapeInput& family);

}  // namespace childrecord::demo
