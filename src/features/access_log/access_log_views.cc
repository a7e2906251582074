#include "features/access_log/access_log_views.h"

#include <array>
#include <utility>

#include "record/commands.h"

namespace childrecord {

std::string AccessLogActionWords(std::string_view action) {
  // The access log keeps the action's name as it was written (auth/access_policy.h
  // AccessActionName, and the few named where they are logged); people read what was done.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 17> kWords = {{
      {"public", "Used a public page"},
      {"signed_in", "Used the service"},
      {"children.search", "Listed or searched records"},
      {"records.search", "Searched the records"},
      {"child.open", "Opened a record"},
      {"child.read", "Read the record"},
      {"child.people", "Read the people in the child's life"},
      {"child.entries", "Read the entries"},
      {"entry.record", "Recorded on the record"},
      {"decision.record", "Recorded a manager's decision"},
      {"child.restrict", "Restricted the record"},
      {"audit.read", "Read the access log"},
      {"audit.reasons", "Reviewed access with a reason"},
      {"accounts.manage", "Managed accounts"},
      {"access.reason_given", "Gave a reason to open the record"},
      {"document.download", "Downloaded a document"},
      {"document.read", "Read a document"},
  }};
  for (const auto& [name, words] : kWords) {
    if (name == action) return std::string(words);
  }
  std::string words(action);
  for (char& c : words) {
    if (c == '_' || c == '.') c = ' ';
  }
  if (!words.empty() && words[0] >= 'a' && words[0] <= 'z') words[0] = static_cast<char>(words[0] - 'a' + 'A');
  return words;
}

std::string AccessLogDetailWords(std::string_view detail) {
  // "management_decision form": a record form names the kind of entry it records.
  constexpr std::string_view kForm = " form";
  if (detail.size() > kForm.size() && detail.substr(detail.size() - kForm.size()) == kForm) {
    const std::string what(detail.substr(0, detail.size() - kForm.size()));
    if (what.find_first_of(" ;") == std::string::npos && what.find('_') != std::string::npos) {
      return "the " + EntryKindLabel(what) + " form";
    }
  }
  return std::string(detail);
}

std::string AccessLogOutcomeWords(std::string_view outcome) {
  if (outcome == "allowed") return "Allowed";
  if (outcome == "refused") return "Refused";
  if (outcome == "reason_required") return "Asked for a reason";
  return std::string(outcome);
}

}  // namespace childrecord
