#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "core/result.h"
#include "features/access_log/access_log_views.h"

namespace childrecord {

// The access log's audit views (R40; SPEC §4, §5): what people type into them and what they get out.

// The audit views' filters as people give them (query parameters of /audit and /api/v1/audit):
//   user   a username or user id        child  a child's record id
//   from   a date, "2026-11-24" (from the start of that day, Europe/London)
//   to     a date (to the end of that day, Europe/London)
// Errors are kValidation naming the parameter ("from", "to", "child").
Result<AccessLogFilter> ParseAuditFilter(const std::multimap<std::string, std::string>& query);

// The rows as CSV (RFC 4180, CRLF line ends, a header row); times RFC 3339 Europe/London.
// Cells that a spreadsheet would run as a formula (starting = + - @) are prefixed with '.
std::string AccessLogCsv(const std::vector<AccessLogView>& rows);

// One row as the API shows it.
Json AccessLogJson(const AccessLogView& row);

}  // namespace childrecord
