#pragma once

#include <string>
#include <vector>

#include "auth/principal.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "features/feature_module.h"
#include "features/transfer/transfer_service.h"

namespace childrecord {

// R17, transfer of a copy of the record to an adoption agency, in the browser:
//   /children/{id}/transfers/new   the written record of a transfer (team manager, senior manager,
//                                   records officer)
//   /transfers/{id}/copy           the copy that was sent, printable; ?download=1 as an attachment.
//                                   Every view or download is logged (TransferService::GetCopy).
// The handlers borrow `context` and `transfers`, which outlive them.
std::vector<FeatureEndpoint> TransferPageEndpoints(AppContext& context, TransferService& transfers);

// The record's Overview section (template transfer_overview): data["transfers"] (the written
// records, newest first) and, for those who may record one, data["transfer_new_href"]. Read
// through TransferService::List (kReadOverview, logged).
Status FillTransferOverview(TransferService& transfers, const Principal& who, const AccessContext& access,
                            const ChildRecord& child, Json& data);

}  // namespace childrecord
