#pragma once

#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "features/feature_module.h"
#include "features/genogram/genogram_service.h"
#include "http/request.h"

namespace childrecord {

// R20: the genogram drawn as "svg" or "pdf" for `request`'s child, as an attachment (or the error
// response). Shared by the API and the pages' downloads.
Response GenogramDownload(GenogramService& genograms, Request& request, const Principal& who, const std::string& format,
                          bool api);

// GET /api/v1/children/{id}/genogram.svg and .pdf (R20).
std::vector<FeatureEndpoint> GenogramApiEndpoints(AppContext& context, GenogramService& genograms);

}  // namespace childrecord
