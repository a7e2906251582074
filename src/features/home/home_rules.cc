#include "features/home/home_rules.h"

#include <chrono>

#include "core/time_format.h"

namespace childrecord {

HomeWindows HomeWindowsAt(TimePoint now) {
  // "Today" is London's day (SPEC: dates are shown on London's clock), so a record opened at
  // 00:30 BST is today's although it is still yesterday in UTC.
  const auto midnight = LondonLocalToUtc(LondonDate(now), 0, 0);
  const TimePoint day_start = midnight && *midnight <= now ? *midnight : now - std::chrono::hours(24);
  return {FormatUtc(day_start), FormatUtc(now - std::chrono::days(7))};
}

std::string CountOf(int64_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

HomeKind HomeKindFor(const std::string& role) {
  if (role == "practitioner") return HomeKind::kPractitioner;
  if (role == "team_manager") return HomeKind::kTeamManager;
  if (role == "first_contact") return HomeKind::kFirstContact;
  if (role == "edt") return HomeKind::kEdt;
  if (role == "senior_manager") return HomeKind::kSeniorManager;
  if (role == "records_officer" || role == "data_protection" || role == "auditor") return HomeKind::kAudit;
  if (role == "admin") return HomeKind::kAdmin;
  return HomeKind::kOther;
}

}  // namespace childrecord
