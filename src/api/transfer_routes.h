#pragma once

#include "service/app_context.h"
#include "core/canonical_json.h"
#include "http/router.h"
#include "service/record_service.h"

namespace childrecord {

// R17, transfer of a copy of the record to an adoption agency, in the JSON API:
//   GET/POST /api/v1/children/{id}/transfers   the written records of transfers (newest first)
//   GET      /api/v1/transfers/{id}/copy       the copy that was sent (every view is logged)
void AddTransferApiRoutes(Router& router, AppContext& context);

// The JSON of a transfer and of its copy (also what openapi.cc documents and the pages read).
Json TransferJson(const TransferView& transfer);
Json TransferCopyJson(const TransferCopy& copy);

}  // namespace childrecord
