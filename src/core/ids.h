#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace childrecord {

// A new random identifier in UUID version 4 form ("3f2b...-4...-..."); 122 random bits from
// libsodium, so ids never reveal order or count. Thread safe.
std::string NewId();

// True when `text` has the form NewId() produces (lower-case hex, hyphens in place).
bool IsWellFormedId(std::string_view text);

// Ids come from URLs: a malformed one is simply not found (kNotFound "There is no <what> with that
// id"), and never reaches SQL as anything but a bound parameter.
Status CheckId(const std::string& id, const char* what);

// `bytes` random bytes from libsodium, hex-encoded (2 * bytes characters). For tokens.
std::string RandomHex(size_t bytes);

}  // namespace childrecord
