#pragma once

#include "service/app_context.h"
#include "http/router.h"

namespace childrecord {

// The People tab of a child's record and its forms (issue 4 item 3; R3, R5, R7, R13):
//   GET       /children/{id}/people                        household (parental responsibility
//                                                           highlighted), important people, family
//                                                           time, private providers, changes
//   GET/POST  /children/{id}/people/new                    add a new person or one already on a
//                                                           brother's or sister's record
//   GET/POST  /children/{id}/people/{link_id}/change       moved in/out, parental responsibility, ...
//   GET/POST  /children/{id}/family-time/new               R7
//   GET/POST  /children/{id}/private-providers/new         R13
// Refused saves show the GOV.UK error summary and keep what was typed; no JavaScript needed.
void AddPeoplePageRoutes(Router& router, AppContext& context);

}  // namespace childrecord
