#pragma once

#include "record/read_models.h"
#include "store/database.h"

namespace childrecord {

// How links of people to a child's record are read (internal to src/store): the select list from
// `child_people l` joined with the person, ready for a WHERE clause; and the row's mapping.
inline constexpr char kLinkedPersonSelect[] =
    "SELECT l.id, p.id, p.full_name, l.relationship, p.phone, p.email, p.address, l.lives_in_home, "
    "l.parental_responsibility, l.child_id, l.parental_responsibility_basis, l.parental_responsibility_since, "
    "l.important_to, l.home_periods, l.version FROM child_people l JOIN people p ON p.tenant_id = l.tenant_id AND "
    "p.id = l.person_id ";

inline LinkedPerson LinkedPersonFromRow(const SqlRow& r) {
  return LinkedPerson{AsText(r[0]),  AsText(r[1]),  AsText(r[2]),     AsText(r[3]),     AsText(r[4]),
                      AsText(r[5]),  AsText(r[6]),  AsInt(r[7]) != 0, AsInt(r[8]) != 0, AsText(r[9]),
                      AsText(r[10]), AsText(r[11]), AsText(r[12]),    AsText(r[13]),    AsInt(r[14])};
}

}  // namespace childrecord
