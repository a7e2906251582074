#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "core/result.h"

namespace childrecord {

using Json = nlohmann::json;

// The one serialisation that hashes are computed over (docs/journal-format.md):
// UTF-8, object keys sorted by their bytes, no insignificant whitespace, integers only
// (no floating point: it has more than one spelling), strings escaped as JSON requires with
// control characters as \u00xx, everything else written as is.
// Fails with a validation error when the value holds a floating-point number or invalid UTF-8.
Result<std::string> CanonicalJson(const Json& value);

// Parses text that must be a JSON value; the error names what is wrong for a person.
Result<Json> ParseJson(std::string_view text);

}  // namespace childrecord
