#pragma once

#include "service/app_context.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "http/request.h"
#include "http/router.h"

namespace childrecord {

// R17, transfer of a copy of the record to an adoption agency, in the browser:
//   /children/{id}/transfers/new   the written record of a transfer (team manager, senior manager,
//                                   records officer)
//   /transfers/{id}/copy           the copy that was sent, printable; ?download=1 as an attachment.
//                                   Every view or download is logged (RecordService::GetTransferCopy).
void AddTransferPageRoutes(Router& router, AppContext& context);

// For the record's Overview: data["transfers"] (the written records, newest first) and, for those who
// may record one, data["transfer_new_href"]. Read through RecordService (kReadOverview, logged).
Status AddTransferSummary(AppContext& context, const Request& request, const std::string& child_id, Json& data);

}  // namespace childrecord
