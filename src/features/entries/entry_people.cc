#include "features/entries/entry_details.h"
#include "features/entries/entry_service.h"

#include <set>

#include "features/people/household_rules.h"
#include "features/people/people_repository.h"

namespace childrecord {

Result<PeopleNames> EntryService::NamesOfPeoplePresent(const std::vector<EntryView>& entries) {
  const std::string& tenant_id = tenant_id_;
  PeopleNames names;
  std::set<std::string> wanted, records_read;
  PeopleRepository people(store_);
  for (const EntryView& e : entries) {
    const std::vector<std::string> chosen = PeopleChosenIn(e.details);
    if (chosen.empty()) continue;
    wanted.insert(chosen.begin(), chosen.end());
    // The relationship is the one on the record the visit was written on; a record restricted
    // to others (child_id hidden) gives only the names.
    if (e.child_id.empty() || !records_read.insert(e.child_id).second) continue;
    CR_ASSIGN_OR_RETURN(std::vector<LinkedPerson> linked, people.ListChildPeople(tenant_id, e.child_id));
    for (const LinkedPerson& p : linked) {
      const RelationshipType* type = FindRelationshipType(p.relationship);
      const std::string relationship = type ? type->label : p.relationship;
      names.emplace(p.person_id, p.full_name + (relationship.empty() ? "" : " (" + relationship + ")"));
    }
  }
  for (const std::string& id : wanted) {
    if (names.contains(id)) continue;
    auto person = people.FindPerson(tenant_id, id);
    if (person.ok()) {
      names.emplace(id, person->full_name);
    } else if (person.error().code != ErrorCode::kNotFound) {
      return person.error();
    }
  }
  return names;
}

}  // namespace childrecord
