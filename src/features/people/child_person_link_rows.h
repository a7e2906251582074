#pragma once

#include "features/people/sibling_rules.h"
#include "store/described_rows.h"

namespace childrecord {

// How the links sibling_rules.h works from (R32) are read, by the people's repository and the
// entries' sharing: the columns of `child_people`, unqualified, so that a statement may select them
// from the table under an alias or none, each read by the name this description gives it.
inline const fields::Description<ChildPersonLink>& Describe(const ChildPersonLink*) {
  using V = ChildPersonLink;
  static const fields::Description<ChildPersonLink> description = {
      {"child_id", "child_id", &V::child_id},
      {"person_id", "person_id", &V::person_id},
      {"relationship", "relationship", &V::relationship},
  };
  return description;
}

}  // namespace childrecord
