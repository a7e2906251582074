#include "record/commands.h"

#include <algorithm>
#include <chrono>

#include "core/field_errors.h"
#include "core/time_format.h"

namespace childrecord {
namespace {

// Clocks on phones and laptops drift; an event a few minutes "in the future" is not an error.
constexpr std::chrono::minutes kClockSkew{5};
constexpr size_t kMaxNameLength = 200;
constexpr size_t kMaxTitleLength = 300;
constexpr size_t kMaxBodyLength = 200000;

std::string Trim(const std::string& text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

// A required or optional text field, trimmed. Missing/blank required fields and wrong types are
// validation errors phrased for the person filling the form.
Result<std::string> TextField(const Json& input, const std::string& field, const std::string& path,
                              const std::string& missing_message, size_t max_length, bool required = true) {
  auto it = input.find(field);
  if (it == input.end() || it->is_null()) {
    if (required) return Error::Validation(path, missing_message);
    return std::string();
  }
  if (!it->is_string()) return Error::Validation(path, "'" + path + "' must be text");
  std::string value = Trim(it->get<std::string>());
  if (value.empty() && required) return Error::Validation(path, missing_message);
  if (value.size() > max_length) {
    return Error::Validation(path, "'" + path + "' must be at most " + std::to_string(max_length) + " characters");
  }
  return value;
}

}  // namespace

Result<Json> BuildRecordOpened(const Json& input, const std::string& child_id, TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  CR_ASSIGN_OR_RETURN(std::string full_name,
                      TextField(input, "full_name", "full_name", "Enter the child's full name", kMaxNameLength));
  CR_ASSIGN_OR_RETURN(std::string dob, TextField(input, "date_of_birth", "date_of_birth", "", 10, false));
  if (!dob.empty()) {
    auto date = ParseIsoDate(dob);
    if (!date) return Error::Validation("date_of_birth", "The date of birth must be a real date, like 2015-03-27");
    if (std::chrono::sys_days(*date) > now + kClockSkew) {
      return Error::Validation("date_of_birth", "The date of birth must be today or in the past");
    }
  }
  CR_ASSIGN_OR_RETURN(std::string team_id, TextField(input, "team_id", "team_id", "Choose the team", 64));
  CR_ASSIGN_OR_RETURN(std::string worker_id,
                      TextField(input, "allocated_worker_id", "allocated_worker_id", "", 64, false));
  auto referral = input.find("referral");
  if (referral == input.end() || !referral->is_object()) {
    return Error::Validation("referral", "Give the referral: when it was received, from whom and why");
  }
  CR_ASSIGN_OR_RETURN(std::string received_on, TextField(*referral, "received_on", "referral.received_on",
                                                         "Enter the date the referral was received", 10));
  auto received = ParseIsoDate(received_on);
  if (!received) {
    return Error::Validation("referral.received_on", "The referral date must be a real date, like 2026-11-24");
  }
  if (std::chrono::sys_days(*received) > now + kClockSkew) {
    return Error::Validation("referral.received_on", "The referral date must be today or in the past");
  }
  CR_ASSIGN_OR_RETURN(std::string source,
                      TextField(*referral, "source", "referral.source", "Say who made the referral", kMaxNameLength));
  CR_ASSIGN_OR_RETURN(std::string reason, TextField(*referral, "reason", "referral.reason",
                                                    "Say why the referral was made", kMaxBodyLength));
  Json payload{{"child_id", child_id},
               {"full_name", full_name},
               {"team_id", team_id},
               {"referral", {{"received_on", received_on}, {"source", source}, {"reason", reason}}}};
  payload["date_of_birth"] = dob.empty() ? Json(nullptr) : Json(dob);
  payload["allocated_worker_id"] = worker_id.empty() ? Json(nullptr) : Json(worker_id);
  return payload;
}

const std::vector<std::string>& EntryKinds() {
  static const auto* kinds = new std::vector<std::string>{"visit",
                                                          "unsuccessful_visit",
                                                          "phone_call",
                                                          "conversation",
                                                          "meeting",
                                                          "letter",
                                                          "email",
                                                          "assessment",
                                                          "report",
                                                          "management_decision",
                                                          "direct_work",
                                                          "childs_contribution",
                                                          "information_from_another_record",
                                                          "case_note"};
  return *kinds;
}

std::string EntryKindLabel(const std::string& kind) {
  if (kind == "childs_contribution") return "Child's contribution";
  std::string label = kind;
  std::replace(label.begin(), label.end(), '_', ' ');
  if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
  return label;
}

Result<Json> BuildEntryRecorded(const Json& input, const std::string& child_id, const std::string& entry_id,
                                const std::string& practitioner_id, TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  CR_ASSIGN_OR_RETURN(std::string kind, TextField(input, "kind", "kind", "Choose what kind of entry this is", 64));
  const auto& kinds = EntryKinds();
  if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
    return Error::Validation("kind", "'" + kind + "' is not a kind of entry this record knows");
  }
  CR_ASSIGN_OR_RETURN(std::string occurred_text,
                      TextField(input, "occurred_at", "occurred_at", "Enter when it happened", 64));
  auto occurred = ParseRfc3339(occurred_text);
  if (!occurred) {
    return Error::Validation("occurred_at", "When it happened must be a date and time like 2026-11-24T10:30:00Z");
  }
  if (*occurred > now + kClockSkew) {
    return Error::Validation("occurred_at", "When it happened cannot be in the future");
  }
  CR_ASSIGN_OR_RETURN(std::string title, TextField(input, "title", "title", "Give the entry a title", kMaxTitleLength));
  CR_ASSIGN_OR_RETURN(std::string body, TextField(input, "body", "body", "Write what happened", kMaxBodyLength));
  bool significant = false;
  if (auto it = input.find("significant"); it != input.end() && !it->is_null()) {
    if (!it->is_boolean()) return Error::Validation("significant", "'significant' must be true or false");
    significant = it->get<bool>();
  }
  Json payload{{"entry_id", entry_id},
               {"child_id", child_id},
               {"kind", kind},
               {"occurred_at", FormatUtc(*occurred)},
               {"practitioner_id", practitioner_id},
               {"title", title},
               {"body", body},
               {"significant", significant}};
  // R34: set by the caller once it has checked the entry's language; kept in the journal with the entry.
  if (auto it = input.find("language_confirmation"); it != input.end() && it->is_object()) {
    payload["language_confirmation"] = *it;
  }
  return payload;
}

Result<Json> BuildEntryAmended(const Json& input, const EntryAsItStands& current) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  // Every problem of the amendment at once: the reason, the title and the text.
  FieldErrors errors;
  auto reason = TextField(input, "reason", "reason", "Say why the entry is being changed", kMaxBodyLength);
  errors.Check(reason);
  if (auto expected = input.find("expected_version"); expected != input.end() && !expected->is_null()) {
    if (!expected->is_number_integer()) {
      errors.Add(Error::Validation("expected_version", "'expected_version' must be a whole number"));
    } else if (expected->get<int64_t>() != current.version) {
      return Error::Conflict("Someone changed this entry (it is now version " + std::to_string(current.version) +
                             ") since you opened it. Nothing was saved: look at the new version and amend again.");
    }
  }
  auto title_typed = TextField(input, "title", "title", "Give the entry a title", kMaxTitleLength, false);
  auto body_typed = TextField(input, "body", "body", "Write what happened", kMaxBodyLength, false);
  errors.Check(title_typed);
  errors.Check(body_typed);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  std::string title = *title_typed, body = *body_typed;
  if (title.empty()) title = current.title;
  if (body.empty()) body = current.body;
  // The kind's details as amended (already checked by the kind's rules, e.g. a visit's answers):
  // kept whole in the new version when they changed, so every version's answers stay (R29/R30).
  const Json details = input.contains("details") && input["details"].is_object() ? input["details"] : Json(nullptr);
  const bool details_changed = !details.is_null() && details != current.details;
  if (title == current.title && body == current.body && !details_changed) {
    return Error::Validation("body", "Nothing was changed: change the title, the text or an answer, or cancel");
  }
  Json payload{
      {"entry_id", current.id}, {"version", current.version + 1}, {"title", title}, {"body", body}, {"reason", *reason}};
  if (details_changed) payload["details"] = details;
  return payload;
}

}  // namespace childrecord
