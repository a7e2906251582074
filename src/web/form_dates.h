#pragma once

#include <map>
#include <string>

#include "core/canonical_json.h"
#include "core/field_errors.h"
#include "core/result.h"

namespace childrecord {

// Dates and times as people type them into GOV.UK date inputs (day, month, year boxes) and time
// boxes ("14:30", London time): the one place every form reads them. Pure.

// A form's day, month and year as "YYYY-MM-DD", or Error::Validation(`field`, "Enter <what>, for
// example 24 11 2026") / "The <what> must be a real date". All three empty is "" (no date given),
// for optional dates: the domain rules say whether one is required. `what` starts with "the".
Result<std::string> IsoDateFromForm(const std::string& day, const std::string& month, const std::string& year,
                                    const std::string& field, const std::string& what);

// The form's date and "14:30" (London time) as an RFC 3339 UTC instant. Errors name
// "occurred_at" (the date) or "occurred_time".
Result<std::string> OccurredAtFromForm(const std::string& day, const std::string& month, const std::string& year,
                                       const std::string& time);

using Form = std::multimap<std::string, std::string>;

// A GOV.UK date input named `name` (web/form_fields.h DateField: the fields <name>-day,
// <name>-month and <name>-year) read with IsoDateFromForm; the error names `name`.
Result<std::string> DateFromForm(const Form& form, const std::string& name, const std::string& what);

// DateFromForm into target[name] ("YYYY-MM-DD"; left out when all three boxes are blank). An
// unreadable date's error goes to `errors`, so the rules can still check the rest of the form.
void ReadDateInto(const Form& form, const std::string& name, const std::string& what, Json& target,
                  FieldErrors& errors);

}  // namespace childrecord
