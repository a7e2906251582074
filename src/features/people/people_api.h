#pragma once

#include <vector>

#include "core/canonical_json.h"
#include "features/feature_module.h"
#include "features/people/people_service.h"
#include "features/people/people_views.h"

namespace childrecord {

// The people around the child in the JSON API (R3, R5, R7, R13):
//   GET  /api/v1/children/{id}/people               the people on the record (LinkedPersonJson items)
//   POST /api/v1/children/{id}/people               add a new person or link an existing one
//   POST /api/v1/children/{id}/people/{link_id}     change a link (moved in/out, parental responsibility, ...)
//   GET  /api/v1/children/{id}/people/changes       the history of the links
//   GET  /api/v1/children/{id}/people/from-siblings people on brothers' and sisters' records
//   GET/POST /api/v1/children/{id}/family-time      R7
//   GET/POST /api/v1/children/{id}/private-providers R13
//   POST /api/v1/children/{id}/people/{link_id}/details R20: sex, date of birth or birth order, died
//   GET/POST /api/v1/children/{id}/partnerships     R20: relationships between adults on the record
// Handlers borrow `context` and `service`, which outlive them.
std::vector<FeatureEndpoint> PeopleApiEndpoints(AppContext& context, PeopleService& service);
// The OpenAPI fragment of these routes: their paths and schemas (people_openapi.cc).
Json PeopleOpenApi();

// A person on a child's record as the API shows them: relationship with its label, contact
// details, whether they live in the home now and their home periods (R3), parental
// responsibility with its basis in words (R3), important to (R5).
Json LinkedPersonJson(const LinkedPerson& p);
Json PersonLinkChangeJson(const PersonLinkChangeView& c);
Json FamilyTimeJson(const FamilyTimeView& f);
Json PrivateProviderJson(const PrivateProviderView& v);
// R20: a relationship between two adults (its description's JSON, with the kind in words).
Json PartnershipJson(const PartnershipView& r);

}  // namespace childrecord
