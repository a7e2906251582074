#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "http/request.h"

namespace childrecord {

// True when `name` is an HTTP token (RFC 9110 §5.6.2): letters, digits and !#$%&'*+-.^_`|~.
bool IsSafeHeaderName(std::string_view name);

// True when `value` may be written into a response header: valid UTF-8 with no control character
// at all (no CR or LF that would end the header and start another, no tab, no NUL, no DEL).
bool IsSafeHeaderValue(std::string_view value);

// The first header of `response` that must not be sent, as "Name" (its value is not repeated:
// it may hold what an attacker wrote), or nullopt when every header is safe. The server refuses
// such a response whole (http/server.cc), so no handler can ever split a response or set a
// header from input, whatever it forgets to check.
std::optional<std::string> FirstUnsafeHeader(const Response& response);

}  // namespace childrecord
