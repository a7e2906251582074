#include "features/genogram/genogram_service.h"

#include "features/children/child_repository.h"
#include "features/identity/identity_repository.h"
#include "features/identity/identity_service.h"
#include "features/people/people_repository.h"
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
    people.push_back({p.person_id, p.full_name, p.relationship, lives, p.parental_responsibility, p.details.sex,
                      p.details.born_on, p.details.birth_order, p.details.died, p.details.died_on});
  }
  // R20: the adults' relationships (the read above decided access to the record's people, and
  // logged it).
  CR_ASSIGN_OR_RETURN(std::vector<PartnershipView> recorded,
                      PeopleRepository(store_).ListPartnerships(tenant_id_, child_id));
  std::vector<GenogramPartnership> partnerships;
  for (const auto& r : recorded) {
    partnerships.push_back({r.first_person_id, r.second_person_id, r.kind, r.starts_on, r.ends_on});
  }
  // R20, R2: the child's own sex as recorded on the identity on the date shown (not recorded:
  // the rules draw the child as not known).
  CR_ASSIGN_OR_RETURN(ChildIdentityRow identity_row, IdentityRepository(store_).ChildIdentity(tenant_id_, child_id));
  CR_ASSIGN_OR_RETURN(auto identity_history, IdentityRepository(store_).IdentityHistory(tenant_id_, child_id));
  const Identity identity = IdentityOn(identity_history, identity_row, on);
  std::string child_sex;
  if (auto it = identity.details.find("sex"); it != identity.details.end() && it->second.value.is_string()) {
    child_sex = it->second.value.get<std::string>();
  }
  GenogramOptions options{
      .child_born_on = child.summary.date_of_birth, .child_sex = child_sex, .as_at = FormatIsoDate(on)};
  return ChildGenogram{child.summary.full_name,
                       BuildGenogram(child_id, child.summary.full_name, anyone_home, people, partnerships, options)};
}

}  // namespace childrecord
