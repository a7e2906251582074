// R20: a person's details and the adults' relationships, as the genogram needs them.
#include "features/people/person_details_rules.h"

#include <algorithm>

#include "core/field_errors.h"
#include "record/field_rules.h"

namespace childrecord {

using namespace record_fields;

namespace {

std::vector<std::string> CodesOf(const std::vector<LabelledCode>& list) {
  std::vector<std::string> codes;
  for (const auto& c : list) codes.push_back(c.code);
  return codes;
}

bool Before(Date a, Date b) { return std::chrono::sys_days(a) < std::chrono::sys_days(b); }

Json OptDate(const std::optional<Date>& d) { return d ? Json(FormatIsoDate(*d)) : Json(nullptr); }

const PartnerFacts* FindPartner(const std::vector<PartnerFacts>& people, const std::string& id) {
  for (const auto& p : people) {
    if (p.person_id == id) return &p;
  }
  return nullptr;
}

// One of the pair: a person on this record, by id.
const PartnerFacts* Partner(const Json& input, const char* field, const std::vector<PartnerFacts>& people,
                            FieldErrors& errors) {
  const auto it = input.find(field);
  if (it == input.end() || !it->is_string() || it->get<std::string>().empty()) {
    errors.Add(Error::Validation(field, "Choose who the relationship is between"));
    return nullptr;
  }
  const PartnerFacts* found = FindPartner(people, it->get<std::string>());
  if (found == nullptr) errors.Add(Error::Validation(field, "Choose someone who is on this child's record"));
  return found;
}

}  // namespace

const std::vector<LabelledCode>& PersonSexes() {
  static const auto* list = new std::vector<LabelledCode>{
      {"male", "Male", ""}, {"female", "Female", ""}, {"other", "Other", ""}, {"not_known", "Not known", ""}};
  return *list;
}

std::string SexLabel(const std::string& code) {
  const LabelledCode* sex = FindCode(PersonSexes(), code);
  return sex ? sex->label : "";
}

const std::vector<LabelledCode>& PartnershipKinds() {
  static const auto* list = new std::vector<LabelledCode>{
      {"married", "Married", ""},
      {"civil_partners", "Civil partners", "A legal partnership registered between two people."},
      {"living_together", "Living together", "A couple living together who are not married or civil partners."},
      {"separated", "Separated", "A couple who no longer live together but are not divorced."},
      {"divorced", "Divorced", "A marriage or civil partnership ended by a court."}};
  return *list;
}

Result<Json> BuildPersonDetails(const Json& input, const std::string& person_id, const std::string& child_id,
                                int64_t version, TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  const Date today = Today(now);
  FieldErrors errors;
  auto sex = Choice(input, "sex", "sex", CodesOf(PersonSexes()), "Choose male, female, other or not known");
  auto born = OptionalDate(input, "born_on", "born_on", "the date of birth", today,
                           "The date of birth cannot be in the future");
  errors.Check(sex);
  errors.Check(born);
  std::optional<int64_t> birth_order;
  if (!Missing(input, "birth_order")) {
    const Json& order = input.at("birth_order");
    if (!order.is_number_integer() || order.get<int64_t>() < 1 || order.get<int64_t>() > 20) {
      errors.Add(Error::Validation("birth_order", "Enter the birth order as a number from 1 (the oldest) to 20"));
    } else if (born.ok() && *born) {
      errors.Add(Error::Validation(
          "birth_order", "Leave the birth order blank when the date of birth is known: the date orders them"));
    } else {
      birth_order = order.get<int64_t>();
    }
  }
  auto died = OptionalBool(input, "died", "died");
  auto died_on = OptionalDate(input, "died_on", "died_on", "the date they died", today,
                              "The date they died cannot be in the future");
  errors.Check(died);
  errors.Check(died_on);
  const bool has_died = died.ok() && died->value_or(false);
  if (died_on.ok() && *died_on) {
    if (died.ok() && !has_died) {
      errors.Add(Error::Validation("died_on", "Say that they have died, or leave the date they died blank"));
    } else if (born.ok() && *born && Before(**died_on, **born)) {
      errors.Add(Error::Validation("died_on", "The date they died must be on or after their date of birth"));
    }
  }
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return Json{{"person_id", person_id},    {"child_id", child_id},
              {"version", version},        {"sex", *sex},
              {"born_on", OptDate(*born)}, {"birth_order", birth_order ? Json(*birth_order) : Json(nullptr)},
              {"died", has_died},          {"died_on", has_died ? OptDate(*died_on) : Json(nullptr)}};
}

Result<Json> BuildPartnership(const Json& input, const std::string& child_id, const std::vector<PartnerFacts>& people,
                              TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  const Date today = Today(now);
  FieldErrors errors;
  const PartnerFacts* first = Partner(input, "first_person_id", people, errors);
  const PartnerFacts* second = Partner(input, "second_person_id", people, errors);
  if (first != nullptr && second != nullptr && first->person_id == second->person_id) {
    errors.Add(Error::Validation("second_person_id", "Choose two different people"));
  }
  auto kind = Choice(input, "kind", "kind", CodesOf(PartnershipKinds()),
                     "Choose married, civil partners, living together, separated or divorced");
  auto starts = RequiredDate(input, "starts_on", "starts_on", "the date it started", today,
                             "The date it started cannot be in the future");
  auto ends = OptionalDate(input, "ends_on", "ends_on", "the date it ended", today,
                           "The date it ended cannot be in the future");
  errors.Check(kind);
  errors.Check(starts);
  errors.Check(ends);
  if (starts.ok()) {
    for (const PartnerFacts* p : {first, second}) {
      if (p == nullptr || p->born_on.empty()) continue;
      auto born = ParseIsoDate(p->born_on);
      if (born && Before(*starts, *born)) {
        errors.Add(Error::Validation("starts_on", "The date it started is before " + p->full_name + " was born"));
      }
    }
    if (ends.ok() && *ends && Before(**ends, *starts)) {
      errors.Add(Error::Validation("ends_on", "The date it ended must be on or after the date it started"));
    }
  }
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return Json{{"child_id", child_id}, {"first_person_id", first->person_id}, {"second_person_id", second->person_id},
              {"kind", *kind},        {"starts_on", FormatIsoDate(*starts)}, {"ends_on", OptDate(*ends)}};
}

}  // namespace childrecord
