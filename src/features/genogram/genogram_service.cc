#include "features/genogram/genogram_service.h"

#include "features/children/child_repository.h"
#include "features/people/people_words.h"

namespace childrecord {

Result<ChildGenogram> GenogramService::Read(const Principal& who, const std::string& child_id,
                                            std::optional<Date> as_at, const AccessContext& access) {
  CR_ASSIGN_OR_RETURN(std::vector<LinkedPerson> linked, people_.ListPeople(who, child_id, access));
  CR_ASSIGN_OR_RETURN(ChildRecord child, ChildRepository(store_).GetChild(tenant_id_, child_id));
  const Date on = as_at ? *as_at : LondonDate(store_.clock().Now());
  std::vector<GenogramPerson> people;
  bool anyone_home = false;
  for (const auto& p : linked) {
    const bool lives = features::people::LivesNow(p, on);
    anyone_home = anyone_home || lives;
    people.push_back({p.person_id, p.full_name, p.relationship, lives, p.parental_responsibility});
  }
  return ChildGenogram{child.summary.full_name,
                       BuildGenogram(child_id, child.summary.full_name, anyone_home, people)};
}

}  // namespace childrecord
