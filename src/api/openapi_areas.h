#pragma once

#include "core/canonical_json.h"

namespace childrecord {

// The parts of the OpenAPI document (api/openapi.cc OpenApiDocument) for the routes that still live
// in api/ rather than in a feature module; each file moves into its feature's *_api.cc when the
// feature moves to src/features/. Each adds its schemas and paths to `doc`. Pure JSON builders.

}  // namespace childrecord
