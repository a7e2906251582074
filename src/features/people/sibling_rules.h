#pragma once

#include <set>
#include <string>
#include <vector>

#include "core/result.h"

namespace childrecord {

// R32: "information should only be recorded for the sibling(s) involved or where it is relevant
// to them." When recording, the practitioner chooses which brothers' and sisters' records an entry
// also belongs to; it then appears on those records and on no other.

// A person linked to a child's record with a relationship code (household_rules.h).
struct ChildPersonLink {
  std::string child_id;
  std::string person_id;
  std::string relationship;
};

// The children whose records are brothers' or sisters' records of `child_id`: children who share
// a person linked to both as a parent (mother, father, step-parent, adoptive parent — so full,
// half and step brothers and sisters). `child_id` itself is never in the set. Pure.
std::set<std::string> SiblingRecordsOf(const std::string& child_id, const std::vector<ChildPersonLink>& links);

// Validates the chosen records: each must be a record in `actual_siblings`, not the child's own
// and not chosen twice. Errors name "shared_with[i]" (with `path` = "shared_with") and say which.
// An empty choice is fine (the entry stays on this child's record only).
Status CheckSharedWithSiblings(const std::string& child_id, const std::vector<std::string>& chosen,
                               const std::set<std::string>& actual_siblings, const std::string& path = "shared_with");

}  // namespace childrecord
