// R20: the person's details and the adults' relationships, described once.
#include "features/people/person_details_views.h"

#include "features/people/person_details_rules.h"

namespace childrecord {
namespace {

std::vector<std::string> CodesOf(const std::vector<LabelledCode>& list) {
  std::vector<std::string> codes;
  for (const auto& c : list) codes.push_back(c.code);
  return codes;
}

}  // namespace

const fields::Description<PersonDetailsView>& Describe(const PersonDetailsView*) {
  using fields::Kind;
  using V = PersonDetailsView;
  static const fields::Description<PersonDetailsView> description = {
      {"sex", "d.sex", &V::sex, Kind::kOptionalText, "null when not recorded", CodesOf(PersonSexes())},
      {"born_on", "d.born_on", &V::born_on, Kind::kOptionalDate, "the date of birth"},
      {"birth_order", "d.birth_order", &V::birth_order, Kind::kInteger,
       "place among brothers and sisters when the date of birth is not known: 1 the oldest; 0 not recorded"},
      {"died", "d.died", &V::died, Kind::kFlag},
      {"died_on", "d.died_on", &V::died_on, Kind::kOptionalDate, "null when alive or the date is not known"},
      {"version", "d.version", &V::version, Kind::kInteger, "0 when nothing has been recorded yet"},
      {"recorded_at", "d.recorded_at", &V::recorded_at, Kind::kOptionalInstant},
  };
  return description;
}

const fields::Description<PartnershipView>& Describe(const PartnershipView*) {
  using fields::Kind;
  using V = PartnershipView;
  static const fields::Description<PartnershipView> description = {
      {"id", "r.id", &V::id},
      {"child_id", "r.child_id", &V::child_id},
      {"first_person_id", "r.first_person_id", &V::first_person_id, Kind::kText, "a person on this record (Person.id)"},
      {"second_person_id", "r.second_person_id", &V::second_person_id, Kind::kText,
       "a person on this record (Person.id)"},
      {"kind", "r.kind", &V::kind, Kind::kText, "", CodesOf(PartnershipKinds())},
      {"starts_on", "r.starts_on", &V::starts_on, Kind::kDate},
      {"ends_on", "r.ends_on", &V::ends_on, Kind::kOptionalDate},
      {"recorded_at", "r.recorded_at", &V::recorded_at, Kind::kInstant},
      {"recorded_by", "u.full_name", &V::recorded_by_name},
  };
  return description;
}

}  // namespace childrecord
