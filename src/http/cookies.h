#pragma once

#include <string>

#include "http/request.h"

namespace childrecord {

// The value of cookie `name` in the request's Cookie header, or "".
std::string CookieValue(const Request& request, const std::string& name);

// Set-Cookie values for the session: HttpOnly, SameSite=Strict, Path=/, Secure over TLS.
// A session cookie (no Max-Age): closing the browser ends it; the server enforces timeouts.
std::string SessionCookie(const std::string& name, const std::string& value, bool secure);
std::string ExpiredCookie(const std::string& name, bool secure);

}  // namespace childrecord
