#pragma once

#include <string>
#include <string_view>

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

// What the audit pages show for a row's stored codes, in words: the action ("child.read": "Read
// the record"), its detail ("management_decision form": "the Management decision form") and its
// outcome ("reason_required": "Asked for a reason"). A code with no words of its own is shown
// with its punctuation as spaces. The CSV export and the API keep the codes.
std::string AccessLogActionWords(std::string_view action);
std::string AccessLogDetailWords(std::string_view detail);
std::string AccessLogOutcomeWords(std::string_view outcome);

}  // namespace childrecord
