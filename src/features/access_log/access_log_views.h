#pragma once

#include <string>

#include "audit/access_log_entry.h"
#include "record/read_models.h"

namespace childrecord {

// Which rows of the access log to list (all fields optional: empty means no filter).
struct AccessLogFilter {
  std::string user_id;
  std::string child_id;
  std::string from;      // RFC 3339 UTC (stored spelling): rows at or after
  std::string before;    // RFC 3339 UTC: rows strictly before
  std::string team_id;   // only rows about children of this team
  bool with_reason_only = false;
  // Whose eyes: names of restricted records are shown only to people named on them.
  std::string viewer_id;
};

// A row as the audit views show it: the entry plus names to read.
struct AccessLogView {
  AccessLogEntry entry;
  std::string user_name;   // empty if the user is unknown
  std::string username;
  std::string child_name;  // empty when no child or unknown child
};

}  // namespace childrecord
