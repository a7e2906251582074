#pragma once

#include <vector>

#include "features/feature_module.h"
#include "features/genogram/genogram_service.h"

namespace childrecord {

// R20: the record's "Family tree" tab (/children/{id}/genogram, ?as_at=YYYY-MM-DD) and its SVG and
// PDF downloads for a signed-in reader.
std::vector<FeatureEndpoint> GenogramPageEndpoints(AppContext& context, GenogramService& genograms);

}  // namespace childrecord
