#pragma once

#include <cstdint>
#include <string>

#include "core/clock.h"

namespace childrecord {

// R40 and SPEC §4: each role lands on a page of its own work ("My work"). Pure: the page's time
// windows and the words it counts in.

// At most this many rows on a home list; the page says how many there are and links to the full
// list where one exists.
inline constexpr int64_t kHomeListLimit = 20;

// The periods the home lists cover, as stored instants (RFC 3339 UTC, fixed width, so that text
// order is time order).
struct HomeWindows {
  std::string today_start;  // midnight at the start of today on London's clock
  std::string week_start;   // seven days before now: "late entries in the last 7 days"
};
HomeWindows HomeWindowsAt(TimePoint now);

// "1 child", "3 children"; "1 record", "No records"…: counts in the reader's words.
std::string CountOf(int64_t n, const std::string& one, const std::string& many);

// Which home page a role has (SPEC §4 roles). Unknown roles get kOther: links only.
enum class HomeKind { kPractitioner, kTeamManager, kFirstContact, kEdt, kSeniorManager, kAudit, kAdmin, kOther };
HomeKind HomeKindFor(const std::string& role);

}  // namespace childrecord
