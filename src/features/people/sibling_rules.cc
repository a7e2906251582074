#include "features/people/sibling_rules.h"

#include <map>

#include "features/people/household_rules.h"

namespace childrecord {

std::set<std::string> SiblingRecordsOf(const std::string& child_id, const std::vector<ChildPersonLink>& links) {
  std::set<std::string> parents;
  for (const auto& link : links) {
    if (link.child_id == child_id && IsParentRelationship(link.relationship)) parents.insert(link.person_id);
  }
  std::set<std::string> siblings;
  for (const auto& link : links) {
    if (link.child_id != child_id && IsParentRelationship(link.relationship) && parents.count(link.person_id)) {
      siblings.insert(link.child_id);
    }
  }
  return siblings;
}

Status CheckSharedWithSiblings(const std::string& child_id, const std::vector<std::string>& chosen,
                               const std::set<std::string>& actual_siblings, const std::string& path) {
  std::set<std::string> seen;
  for (size_t i = 0; i < chosen.size(); ++i) {
    const std::string field = path + "[" + std::to_string(i) + "]";
    const std::string& id = chosen[i];
    if (id.empty()) return Error::Validation(field, "Choose a brother's or sister's record");
    if (id == child_id) {
      return Error::Validation(field,
                               "This is the child's own record; choose only their brothers' and sisters' records");
    }
    if (!seen.insert(id).second) return Error::Validation(field, "The record " + id + " is chosen twice");
    if (!actual_siblings.count(id)) {
      return Error::Validation(field, "The record " + id +
                                          " is not a brother's or sister's record for this child, so the entry "
                                          "cannot be shared with it");
    }
  }
  return Status::Ok();
}

}  // namespace childrecord
