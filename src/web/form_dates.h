#pragma once

#include <map>
#include <string>

#include "core/canonical_json.h"
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

// A GOV.UK date input named `name` (web/templates/date_input.mustache: the fields <name>-day,
// <name>-month and <name>-year) read with IsoDateFromForm; the error names `name`.
Result<std::string> DateFromForm(const Form& form, const std::string& name, const std::string& what);
// The parts of a date input for a template: {"day","month","year"} from the form, or from an
// ISO date when the form has none (the first time the page is shown).
Json DateParts(const Form& form, const std::string& name, const std::string& iso_date = "");

// The data of web/templates/date_input.mustache for the date input `name`: DateParts, the name,
// the legend, and the error MarkFieldErrors put in `data` as "<name>_error", if any.
Json DateInput(const Form& form, const std::string& name, const std::string& legend, const Json& data);

}  // namespace childrecord
