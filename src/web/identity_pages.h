#pragma once

#include "app/application.h"
#include "http/router.h"

namespace childrecord {

// The child's identity (R2) and where they live (R4, R8) in the browser:
//   /children/{id}/identity          the identity as at today or a past date, with its history
//   /children/{id}/identity/change   a dated change, each detail with how it was evidenced
//   /children/{id}/living            where the child lives now, the legal status, the history
//   /children/{id}/living/new        a new living arrangement from a date
void AddIdentityPageRoutes(Router& router, AppContext& context);

}  // namespace childrecord
