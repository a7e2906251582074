#pragma once

#include <string_view>

namespace childrecord::verify {

// Whether `text`, which must already have parsed as JSON, is in canonical form: whether
// CanonicalJson(Json::parse(text)) would give back exactly `text` (docs/journal-format.md:
// no whitespace, object keys in byte order and not repeated, whole numbers within 64 bits written
// without a sign on zero or leading zeros, strings escaped only where they must be, in
// nlohmann::json's way). Reads the text once without building anything, which is what lets verify
// check a large journal at the speed of reading it; tests/store/verify_canonical_test.cc holds it
// to CanonicalJson. Thread safe (pure).
bool IsCanonicalJsonText(std::string_view text);

}  // namespace childrecord::verify
