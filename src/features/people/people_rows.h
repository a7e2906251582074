#pragma once

#include "features/people/people_views.h"
#include "features/people/person_details_views.h"
#include "store/database.h"
#include "store/described_rows.h"

namespace childrecord {

// How links of people to a child's record are read: LinkedPerson's columns from `child_people l`
// joined with the person `p`, each read by the name its description gives it (the description
// gives only the column: the API spells a linked person's JSON itself).
inline const fields::Description<LinkedPerson>& Describe(const LinkedPerson*) {
  using fields::Kind;
  using V = LinkedPerson;
  static const fields::Description<LinkedPerson> description = {
      {"link_id", "l.id", &V::link_id},
      {"person_id", "p.id", &V::person_id},
      {"full_name", "p.full_name", &V::full_name},
      {"relationship", "l.relationship", &V::relationship},
      {"phone", "p.phone", &V::phone},
      {"email", "p.email", &V::email},
      {"address", "p.address", &V::address},
      {"lives_in_home", "l.lives_in_home", &V::lives_in_home, Kind::kFlag},
      {"parental_responsibility", "l.parental_responsibility", &V::parental_responsibility, Kind::kFlag},
      {"child_id", "l.child_id", &V::child_id},
      {"parental_responsibility_basis", "l.parental_responsibility_basis", &V::parental_responsibility_basis},
      {"parental_responsibility_since", "l.parental_responsibility_since", &V::parental_responsibility_since},
      {"important_to", "l.important_to", &V::important_to},
      {"home_periods", "l.home_periods", &V::home_periods},
      {"version", "l.version", &V::version, Kind::kInteger},
  };
  return description;
}

// The select of LinkedPerson's columns, then the person's details (R20, NULL until recorded),
// ready for a WHERE clause.
inline const std::string& LinkedPersonSelect() {
  static const std::string select = "SELECT " + fields::SelectList<LinkedPerson>() + ", " +
                                    fields::SelectList<PersonDetailsView>() +
                                    " FROM child_people l JOIN people p ON p.tenant_id = l.tenant_id AND "
                                    "p.id = l.person_id LEFT JOIN person_details d ON d.tenant_id = p.tenant_id "
                                    "AND d.id = p.id ";
  return select;
}

inline LinkedPerson LinkedPersonFromRow(const SqlRow& r) {
  LinkedPerson person = ReadRow<LinkedPerson>(r);
  person.details = ReadRow<PersonDetailsView>(r, fields::ColumnCount<LinkedPerson>());
  return person;
}

}  // namespace childrecord
