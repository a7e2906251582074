#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"

namespace childrecord {

// Calendar dates as people enter them ("2026-11-24").
using Date = std::chrono::year_month_day;

// The stored spelling of an instant: RFC 3339 in UTC with microseconds,
// "2026-11-24T19:34:50.123456Z". Fixed width, so text order is time order.
std::string FormatUtc(TimePoint t);

// Parses RFC 3339 with any offset ("2026-11-24T19:34:50Z", "2026-11-24T19:34:50.5+01:00").
std::optional<TimePoint> ParseRfc3339(std::string_view text);

// "2026-11-24" <-> Date. Parsing rejects impossible dates (31 February).
std::string FormatIsoDate(Date d);
std::optional<Date> ParseIsoDate(std::string_view text);

// How dates are shown to people: "24 November 2026" (Europe/London).
std::string FormatUkDate(Date d);
std::string FormatUkDate(TimePoint t);
// "24 November 2026 at 7:34pm", in Europe/London local time.
std::string FormatUkDateTime(TimePoint t);
// RFC 3339 with the Europe/London offset of that instant ("2026-06-01T10:00:00+01:00").
std::string FormatLondonRfc3339(TimePoint t);

// The instant of a Europe/London wall-clock time (in the autumn's repeated hour, the earlier;
// in the spring's missing hour, the time an hour later). nullopt for an impossible time.
std::optional<TimePoint> LondonLocalToUtc(Date date, int hour, int minute);

// The Europe/London calendar date of an instant.
Date LondonDate(TimePoint t);

}  // namespace childrecord
