#pragma once

#include "service/app_context.h"
#include "core/result.h"
#include "http/request.h"
#include "http/router.h"

namespace childrecord {

// The child's identity (R2) and where they live (R4, R8) in the browser:
//   /children/{id}/identity          the identity as at today or a past date, with its history
//   /children/{id}/identity/change   a dated change, each detail with how it was evidenced
//   /children/{id}/living            where the child lives now, the legal status, the history
//   /children/{id}/living/new        a new living arrangement from a date
void AddIdentityPageRoutes(Router& router, AppContext& context);

// For the record's Overview tab: sets data["living"] to where the child lives now and their
// legal status explained ({where, with_whom, legal_status, legal_status_explanation, has_order,
// order_made_on, order_court, effective_from, href}), or data["living"]["none"] when nothing is
// recorded. Read through RecordService (kReadOverview, logged).
Status AddLivingSummary(AppContext& context, const Request& request, const std::string& child_id, Json& data);

}  // namespace childrecord
