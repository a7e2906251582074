#include "features/closure/closure_rules.h"

#include "core/field_errors.h"
#include "core/time_format.h"
#include "record/field_rules.h"

namespace childrecord {

using namespace record_fields;

Result<Json> BuildRecordClosed(const Json& input, const std::string& child_id, const RecordState& state,
                               TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  if (state.status == "closed") {
    auto closed = ParseIsoDate(state.closed_on);
    return Error::Conflict("This record was already closed" + (closed ? " on " + FormatUkDate(*closed) : "") +
                           ": nothing was changed");
  }
  // Every field is checked, so the person sees every problem at once.
  FieldErrors errors;
  auto closed_on = RequiredDate(input, "closed_on", "closed_on", "the date involvement ended", Today(now),
                                "The date involvement ended must be today or earlier");
  if (errors.Check(closed_on)) {
    if (auto referral = ParseIsoDate(state.referral_received_on); referral && *closed_on < *referral) {
      errors.Add(Error::Validation("closed_on",
                                   "The date involvement ended must be on or after the referral was "
                                   "received (" +
                                       FormatUkDate(*referral) + ")"));
    }
  }
  auto reason = Text(input, "reason", "reason", "Say why involvement has ended", kMaxLongText);
  errors.Check(reason);
  // R20: the closing summary is what a reader later (a new worker, a court, the child grown up)
  // needs to know of how involvement ended, so a closure without one is refused.
  auto summary = Text(input, "closing_summary", "closing_summary",
                      "Write the closing summary: what was worked on, what changed for the child, and what support "
                      "carries on",
                      kMaxLongText);
  errors.Check(summary);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return Json{{"child_id", child_id},
              {"closed_on", FormatIsoDate(*closed_on)},
              {"reason", *reason},
              {"closing_summary", *summary}};
}

Result<Json> BuildRecordReopened(const Json& input, const std::string& child_id, const RecordState& state,
                                 TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The request body must be a JSON object");
  if (state.status != "closed") {
    return Error::Conflict("This record is open: record the new referral as an entry on it. Nothing was changed");
  }
  auto referral = input.find("referral");
  if (referral == input.end() || !referral->is_object()) {
    return Error::Validation("referral", "Give the new referral: when it was received, from whom and why");
  }
  FieldErrors errors;
  auto received = RequiredDate(*referral, "received_on", "referral.received_on", "the date the referral was received",
                               Today(now), "The referral date must be today or in the past");
  if (errors.Check(received)) {
    if (auto closed = ParseIsoDate(state.closed_on); closed && *received < *closed) {
      errors.Add(Error::Validation(
          "referral.received_on",
          "A new referral must be on or after the record was closed (" + FormatUkDate(*closed) + ")"));
    }
  }
  auto source = Text(*referral, "source", "referral.source", "Say who made the referral");
  errors.Check(source);
  auto reason = Text(*referral, "reason", "referral.reason", "Say why the referral was made", kMaxLongText);
  errors.Check(reason);
  CR_RETURN_IF_ERROR(errors.ToStatus());
  return Json{{"child_id", child_id},
              {"referral", {{"received_on", FormatIsoDate(*received)}, {"source", *source}, {"reason", *reason}}}};
}

}  // namespace childrecord
