#pragma once

// The demo's working days: its staff work Monday to Friday, and its notes give dates the way
// the pages do ("14 March 2026").

#include <chrono>
#include <string>

#include "core/clock.h"
#include "core/time_format.h"

namespace childrecord::demo {

// `minutes_after_midnight` into `day` (UTC).
inline TimePoint AtTime(std::chrono::sys_days day, int minutes_after_midnight) {
  return TimePoint(day) + std::chrono::minutes(minutes_after_midnight);
}

inline std::chrono::sys_days Day(TimePoint t) { return std::chrono::floor<std::chrono::days>(t); }

// The same day or the next working day (Monday to Friday).
inline std::chrono::sys_days WorkingDay(std::chrono::sys_days d) {
  std::chrono::weekday w{d};
  if (w == std::chrono::Saturday) return d + std::chrono::days(2);
  if (w == std::chrono::Sunday) return d + std::chrono::days(1);
  return d;
}

inline std::string Ukday(TimePoint t) { return FormatUkDate(t); }

}  // namespace childrecord::demo
