#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

#include "core/result.h"

namespace childrecord {

// Argon2id (libsodium crypto_pwhash_str, interactive limits) in its self-describing
// "$argon2id$v=19$m=...,t=...,p=...$salt$hash" form. Thread safe. Slow by design (~50 ms).
Result<std::string> HashPassword(std::string_view password);

// Constant-time check of `password` against a stored hash; false for any malformed hash.
bool VerifyPassword(std::string_view password, const std::string& stored_hash);

// Passwords too common to allow, lower-case. The shipped list is data/passwords/common.txt
// (read by data/password_data.h at start); until one is installed a short built-in list is used.
using CommonPasswordList = std::unordered_set<std::string>;

// Makes `list` the one CheckPasswordRules uses, for every thread from now on. Thread safe.
void InstallCommonPasswords(std::shared_ptr<const CommonPasswordList> list);

// SPEC §4 rules: at least 12 characters, at most 256 bytes, not on the list of common
// passwords (compared lower-case). No composition rules (NCSC guidance). The error names the
// field "password".
Status CheckPasswordRules(std::string_view password);

}  // namespace childrecord
