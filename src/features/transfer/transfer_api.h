#pragma once

#include <vector>

#include "core/canonical_json.h"
#include "features/feature_module.h"
#include "features/transfer/transfer_service.h"
#include "features/transfer/transfer_views.h"

namespace childrecord {

// R17, transfer of a copy of the record to an adoption agency, in the JSON API:
//   GET/POST /api/v1/children/{id}/transfers   the written records of transfers (newest first)
//   GET      /api/v1/transfers/{id}/copy       the copy that was sent (every view is logged)
// The handlers borrow `context` and `transfers`, which outlive them.
std::vector<FeatureEndpoint> TransferApiEndpoints(AppContext& context, TransferService& transfers);
// The schemas the operations refer to (NewTransfer, Transfer, TransferCopy).
Json TransferOpenApiSchemas();

// The JSON of a transfer and of its copy (also what the pages read).
Json TransferJson(const TransferView& transfer);
Json TransferCopyJson(const TransferCopy& copy);

}  // namespace childrecord
