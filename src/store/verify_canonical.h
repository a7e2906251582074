#pragma once

#include <optional>
#include <string_view>

#include "core/canonical_json.h"

namespace childrecord::verify {

// The parse of `text` when `text` is JSON in canonical form, nullopt otherwise: when it is
// exactly what CanonicalJson(Json::parse(text)) would give back (docs/journal-format.md: UTF-8,
// no whitespace, object keys in byte order and not repeated, whole numbers within 64 bits written
// without a sign on zero or leading zeros, strings escaped only where they must be, in
// nlohmann::json's way), the value is the one Json::parse(text) gives (numbers of the same
// signed or unsigned type). Reads the text once, building the value as it goes, which is what
// lets verify check a large journal at the speed of reading it; tests/store/verify_canonical_test.cc
// holds it to Json::parse and CanonicalJson. nullopt says nothing more: a text it refuses (or
// nests deeper than 256) must be judged by those. Thread safe (pure).
std::optional<Json> ParseCanonicalJson(std::string_view text);

}  // namespace childrecord::verify
