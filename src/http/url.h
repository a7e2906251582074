#pragma once

#include <map>
#include <string>
#include <string_view>

namespace childrecord {

// Decodes %XX escapes (and '+' as space when `plus_is_space`, as in forms and query strings).
// Returns false for a malformed escape or an encoded NUL.
bool PercentDecode(std::string_view in, std::string& out, bool plus_is_space);

// Percent-encodes everything but unreserved characters (RFC 3986), for building links.
std::string PercentEncode(std::string_view in);

// Splits "a=1&b=two" (application/x-www-form-urlencoded) into decoded pairs.
bool ParseFormEncoded(std::string_view text, std::multimap<std::string, std::string>& out);

// Splits a request target into its decoded path and query parameters. Rejects targets that are
// not origin-form ("/..."), malformed escapes, and paths with ".." segments.
bool SplitTarget(std::string_view target, std::string& path, std::multimap<std::string, std::string>& query);

}  // namespace childrecord
