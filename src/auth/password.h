#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace childrecord {

// Argon2id (libsodium crypto_pwhash_str, interactive limits) in its self-describing
// "$argon2id$v=19$m=...,t=...,p=...$salt$hash" form. Thread safe. Slow by design (~50 ms).
Result<std::string> HashPassword(std::string_view password);

// Constant-time check of `password` against a stored hash; false for any malformed hash.
bool VerifyPassword(std::string_view password, const std::string& stored_hash);

// SPEC §4 rules: at least 12 characters, at most 256 bytes, not on the shipped list of common
// passwords. No composition rules (NCSC guidance). The error names the field "password".
Status CheckPasswordRules(std::string_view password);

}  // namespace childrecord
