#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/result.h"
#include "features/people/people_views.h"
#include "features/people/sibling_rules.h"
#include "store/store.h"

namespace childrecord {

// Reads of the people around the child (R3, R5, R7, R13): people, their links to children's records, family time and
// private providers. Written only by appending events (Store::Append). Thread safe: each call takes its own connection
// from the store's pool. Borrows `store`, which must outlive it; cheap to make.
class PeopleRepository {
 public:
  explicit PeopleRepository(Store& store) : store_(store) {}

  Result<PersonView> FindPerson(const std::string& tenant_id, const std::string& person_id);  // kNotFound
  // One link of a person to a child's record (ListChildPeople's shape). kNotFound if none.
  Result<LinkedPerson> GetPersonLink(const std::string& tenant_id, const std::string& link_id);
  // Every link (child, person, relationship) of the given people, for brothers and sisters (R32,
  // sibling_rules.h) and for which records a person is on.
  Result<std::vector<ChildPersonLink>> ListLinksOfPeople(const std::string& tenant_id,
                                                         const std::vector<std::string>& person_ids);
  // The changes of the links on a child's record, newest first.
  Result<std::vector<PersonLinkChangeView>> ListPersonLinkChanges(const std::string& tenant_id,
                                                                  const std::string& child_id);
  // R7 and R13 on a child's record, latest start first.
  Result<std::vector<FamilyTimeView>> ListFamilyTime(const std::string& tenant_id, const std::string& child_id);
  Result<std::vector<PrivateProviderView>> ListPrivateProviders(const std::string& tenant_id,
                                                                const std::string& child_id);
  Result<std::vector<LinkedPerson>> ListChildPeople(const std::string& tenant_id, const std::string& child_id);
  // R20: the relationships between adults recorded on a child's record, oldest start first (every
  // one recorded: a pair married, then separated, then divorced has three).
  Result<std::vector<PartnershipView>> ListPartnerships(const std::string& tenant_id, const std::string& child_id);

 private:
  Store& store_;
};

}  // namespace childrecord
