#pragma once

#include <cstddef>
#include <string_view>

#include "core/result.h"
#include "http/request.h"

namespace childrecord {

// What one request may carry, checked once as it arrives (CheckRequestText). Anything longer is
// refused before a handler sees it.
inline constexpr size_t kMaxQueryValueBytes = 4096;   // a search, a cursor, a `next` link
inline constexpr size_t kMaxHeaderValueBytes = 8192;  // a cookie, a token, an access reason
// The longest text any form takes is 200,000 characters (record/field_rules.h kMaxLongText),
// which is at most 800,000 bytes of UTF-8.
inline constexpr size_t kMaxFormFieldBytes = 800000;

// The edge of the application: makes every piece of text in `request` trustworthy once, so
// nothing below ever sees invalid text. Checks the decoded path, every query parameter (name and
// value), every header value, and, for an application/x-www-form-urlencoded body, every field
// (which it decodes into request.form). Text must be valid UTF-8 without control characters;
// form fields may hold tabs and line breaks (a text area sends them). On failure returns
// kBadRequest (or kTooLarge for a value over the limits above) whose `field` names the parameter,
// header or form field, and leaves the request to be refused whole. Pure; thread compatible.
Status CheckRequestText(Request& request);

// Checks one value typed by a person or sent by a client: valid UTF-8, no control character
// except those in `allowed`, at most `max_bytes`. `what` describes it for the message
// ("The query parameter “user”"). Used by CheckRequestText and multipart text fields.
Status CheckText(std::string_view value, std::string_view allowed, size_t max_bytes, std::string_view what,
                 std::string_view field);

}  // namespace childrecord
