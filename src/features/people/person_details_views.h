#pragma once

#include "core/fields.h"
#include "features/people/people_views.h"

namespace childrecord {

// R20: how a person's details and the adults' relationships are spelled outside the program,
// described once (core/fields.h): the JSON of the API, the SQL columns the repository reads and
// the OpenAPI schemas "PersonDetails" and "Partnership". Pure.
//   PersonDetailsView's columns are `d.` (person_details, joined to a linked person);
//   PartnershipView's are `r.` (partnerships) with the recorder's name from `u` (users).
const fields::Description<PersonDetailsView>& Describe(const PersonDetailsView*);
const fields::Description<PartnershipView>& Describe(const PartnershipView*);

}  // namespace childrecord
