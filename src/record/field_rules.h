#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/field_errors.h"
#include "core/result.h"
#include "core/time_format.h"

namespace childrecord::record_fields {

// Small shared readers for the domain rules (identity, household, visit, information
// marks). Each reads one member of a JSON object and, when it breaks a rule, returns
// Error::Validation naming `path` (the full field path the page shows, e.g.
// "visit.seen_alone_reason") with a plain message for a practitioner. Pure.

// Clocks on phones and laptops drift; a date or time a few minutes "in the future" is not an error
// (the same allowance as record/commands.cc).
inline constexpr std::chrono::minutes kClockSkew{5};
inline constexpr size_t kMaxShortText = 300;
inline constexpr size_t kMaxLongText = 200000;

// "a.b" or "b" when prefix is empty; "a[2]" for Index("a", 2).
std::string Join(const std::string& prefix, const std::string& name);
std::string Index(const std::string& prefix, size_t i);

std::string Trim(const std::string& text);

// True when the member is absent or null.
bool Missing(const Json& object, const std::string& name);

// Text, trimmed. A required field that is missing or blank gives `missing_message`; an
// optional one gives "". Non-text and over-long values are errors.
Result<std::string> Text(const Json& object, const std::string& name, const std::string& path,
                         const std::string& missing_message, size_t max_length = kMaxShortText,
                         bool required = true);
inline Result<std::string> OptionalText(const Json& object, const std::string& name, const std::string& path,
                                        size_t max_length = kMaxShortText) {
  return Text(object, name, path, "", max_length, false);
}

// true/false. Required: missing gives `missing_message`. Optional: missing gives nullopt.
Result<bool> Bool(const Json& object, const std::string& name, const std::string& path,
                  const std::string& missing_message);
Result<std::optional<bool>> OptionalBool(const Json& object, const std::string& name, const std::string& path);

// "YYYY-MM-DD", a real date. `what` names it in messages ("the date they moved in").
// With `not_after` set, a later date is refused ("cannot be in the future" when `not_after` is
// today); `not_after_message` overrides that message.
Result<Date> RequiredDate(const Json& object, const std::string& name, const std::string& path,
                          const std::string& what, std::optional<Date> not_after = std::nullopt,
                          const std::string& not_after_message = "");
Result<std::optional<Date>> OptionalDate(const Json& object, const std::string& name, const std::string& path,
                                         const std::string& what, std::optional<Date> not_after = std::nullopt,
                                         const std::string& not_after_message = "");

// One of `codes`; missing gives `missing_message`, anything else says it is not one we know.
Result<std::string> Choice(const Json& object, const std::string& name, const std::string& path,
                           const std::vector<std::string>& codes, const std::string& missing_message,
                           bool required = true);

// Optional text as stored: null when empty, so "not given" reads the same in every payload.
Json OptText(const std::string& s);

// A list of people, each chosen from the record ({person_id}) or named ({name}, and an optional
// {role} when `with_role`): who was there (R18, R21), whom a child spends family time with (R7).
// `object[name]` missing, not a list or empty: `missing_message` at `path`. Every problem goes into
// `errors` (naming "path[i].field"); returns the items that had none, cleaned.
Json PeopleChosenOrNamed(const Json& object, const std::string& name, const std::string& path,
                         const std::string& missing_message, bool with_role, FieldErrors& errors);

// Today's date in Europe/London (the date people would write), allowing for clock skew.
Date Today(TimePoint now);

}  // namespace childrecord::record_fields
