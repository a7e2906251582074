#pragma once

#include <string>
#include <vector>

#include "core/clock.h"
#include "core/time_format.h"
#include "demo/demo_random.h"
#include "store/store.h"

namespace childrecord::demo {

// The demo's identity histories (R2) and living arrangements (R4, R8), written with the record
// opening so every date is on or before the day the record opened.

// What the generator knows about one child when it opens the record.
struct ChildFacts {
  std::string child_id;
  std::string first, surname;  // full_name is "first surname"
  Date date_of_birth;
  int age = 0;
  bool in_care = false;
  std::string carers;      // who the child lives with when in care ("Sue and Dev Patel")
  std::string checked_by;  // who saw the evidence (the First Contact worker)
  TimePoint opened;        // when the record opens (the events' recorded_at)
  std::string sex = {};    // R20, R2: "male", "female", "not_known" (PersonSexes()); "" for none
};

// A valid NHS number in the 999 range the NHS keeps for testing (mod-11 check digit).
std::string TestNhsNumber(Rng& rng);
// A valid Unique Pupil Number (DfE check letter) issued by a school in the demo's authority.
std::string DemoUpn(Rng& rng, int year_issued);

// child.identity_changed and child.living_arrangement_recorded events for one child, built with
// the pure builders (so they are exactly what the API would write). Most children have their
// birth certificate seen; most have an NHS number; school-age children a UPN; a few changed
// name (adoption, deed poll) or had a spelling corrected. Most live at home; children in care
// are accommodated under section 20 or live with foster carers under an interim care order or
// care order made by a named Family Court. The child's sex (when given) is recorded with the first
// identity change, evidenced as its full name is (R2, R20: the genogram draws the child with it);
// it draws nothing from `rng`, so a seed's other details stay as they were.
std::vector<NewEvent> IdentityAndLivingEvents(Rng& rng, const ChildFacts& child);

}  // namespace childrecord::demo
