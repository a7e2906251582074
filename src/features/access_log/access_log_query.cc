#include "features/access_log/access_log_query.h"

#include <date/date.h>
#include <date/tz.h>

#include "core/ids.h"
#include "core/time_format.h"

namespace childrecord {
namespace {

std::string First(const std::multimap<std::string, std::string>& query, const std::string& name) {
  auto it = query.find(name);
  return it == query.end() ? std::string() : it->second;
}

// The instant a Europe/London day starts, in the stored spelling.
std::string LondonMidnightUtc(Date day) {
  static const date::time_zone* london = date::locate_zone("Europe/London");
  auto local = date::local_days{std::chrono::sys_days{day}.time_since_epoch()};
  auto instant = london->to_sys(local, date::choose::earliest);
  return FormatUtc(std::chrono::time_point_cast<std::chrono::microseconds>(instant));
}

std::string CsvCell(std::string text) {
  if (!text.empty() && (text[0] == '=' || text[0] == '+' || text[0] == '-' || text[0] == '@')) text = "'" + text;
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

Result<AccessLogFilter> ParseAuditFilter(const std::multimap<std::string, std::string>& query) {
  AccessLogFilter filter;
  filter.user_id = First(query, "user");
  filter.child_id = First(query, "child");
  if (!filter.child_id.empty() && !IsWellFormedId(filter.child_id)) {
    return Error::Validation("child", "Enter a child's record id (as in the record's web address)");
  }
  std::optional<Date> from, to;
  if (std::string text = First(query, "from"); !text.empty()) {
    from = ParseIsoDate(text);
    if (!from) return Error::Validation("from", "Enter the 'from' date as a real date, for example 2026-11-24");
    filter.from = LondonMidnightUtc(*from);
  }
  if (std::string text = First(query, "to"); !text.empty()) {
    to = ParseIsoDate(text);
    if (!to) return Error::Validation("to", "Enter the 'to' date as a real date, for example 2026-11-24");
    filter.before = LondonMidnightUtc(Date{std::chrono::sys_days{*to} + std::chrono::days{1}});
  }
  if (from && to && *to < *from) {
    return Error::Validation("to", "The 'to' date must be the same as or after the 'from' date");
  }
  return filter;
}

std::string AccessLogCsv(const std::vector<AccessLogView>& rows) {
  std::string out = "seq,recorded_at,username,user_name,user_id,child_id,child_name,action,detail,address,reason,"
                    "outcome,hash\r\n";
  for (const AccessLogView& r : rows) {
    const AccessLogEntry& e = r.entry;
    for (const std::string& cell :
         {std::to_string(e.seq), FormatLondonRfc3339(e.recorded_at), r.username, r.user_name, e.user_id, e.child_id,
          r.child_name, e.action, e.detail, e.address, e.reason, e.outcome}) {
      out += CsvCell(cell) + ",";
    }
    out += e.hash + "\r\n";
  }
  return out;
}

Json AccessLogJson(const AccessLogView& r) {
  const AccessLogEntry& e = r.entry;
  auto null_if_empty = [](const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); };
  return Json{{"seq", e.seq},
              {"recorded_at", FormatLondonRfc3339(e.recorded_at)},
              {"user", {{"id", e.user_id}, {"username", r.username}, {"full_name", r.user_name}}},
              {"child", e.child_id.empty() ? Json(nullptr) : Json{{"id", e.child_id}, {"full_name", r.child_name}}},
              {"action", e.action},
              {"detail", null_if_empty(e.detail)},
              {"address", e.address},
              {"reason", null_if_empty(e.reason)},
              {"outcome", e.outcome},
              {"hash", e.hash}};
}

}  // namespace childrecord
