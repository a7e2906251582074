#pragma once

#include "service/app_context.h"
#include "core/canonical_json.h"
#include "http/router.h"
#include "record/read_models.h"

namespace childrecord {

// The people around the child in the JSON API (issue 4 item 3; R3, R5, R7, R13):
//   POST /api/v1/children/{id}/people               add a new person or link an existing one
//   POST /api/v1/children/{id}/people/{link_id}     change a link (moved in/out, parental responsibility, ...)
//   GET  /api/v1/children/{id}/people/changes       the history of the links
//   GET  /api/v1/children/{id}/people/from-siblings people on brothers' and sisters' records
//   GET/POST /api/v1/children/{id}/family-time      R7
//   GET/POST /api/v1/children/{id}/private-providers R13
// (GET /api/v1/children/{id}/people stays in api_routes.cc and answers LinkedPersonJson items.)
void AddPeopleApiRoutes(Router& router, AppContext& context);

// A person on a child's record as the API shows them: relationship with its label, contact
// details, whether they live in the home now and their home periods (R3), parental
// responsibility with its basis in words (R3), important to (R5).
Json LinkedPersonJson(const LinkedPerson& p);
Json PersonLinkChangeJson(const PersonLinkChangeView& c);
Json FamilyTimeJson(const FamilyTimeView& f);
Json PrivateProviderJson(const PrivateProviderView& v);

}  // namespace childrecord
