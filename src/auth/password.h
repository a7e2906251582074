#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

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

// Words passwords are built from ("summer", "liverpool", "password"), lower-case letters only.
// The shipped list is data/passwords/words.txt; until one is installed a short built-in list is
// used. Installed like the common list. Thread safe.
using PasswordWordList = std::unordered_set<std::string>;
void InstallPasswordWords(std::shared_ptr<const PasswordWordList> words);

// What a password must not be built from besides common words: the council's name (the
// tenant's), the person's own name and username. The service's own names ("childrecord", "child's
// record") are always refused.
struct PasswordContext {
  std::vector<std::string> names;
};

// SPEC §4 and R44 rules, all pure (docs/security.md):
// - at least 12 characters, at most 256 bytes; at least 10 characters that are not white space
//   (twelve spaces are not a password);
// - at least 5 different characters ("aaaaaaaaaaaa", "abababababab");
// - not on the list of common passwords (compared lower-case, with and without its spaces);
// - not built from a common word, the service's name or a name in `context`: with white space
//   and the digits and symbols around the letters taken off, and look-alike characters read as
//   letters (0 o, 1 i, 3 e, 4 a, 5 s, 7 t, @ a, $ s, ! i), what is left must not be such a word,
//   a word repeated, or two such words together ("Summer2025!!", "p@ssw0rd!", "childrecord1").
// No composition rules (NCSC guidance). The error names the field "password" and never repeats
// the password or part of it (it is shown on a screen others may see, R45).
Status CheckPasswordRules(std::string_view password, const PasswordContext& context = {});

}  // namespace childrecord
