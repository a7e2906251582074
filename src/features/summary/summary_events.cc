#include "features/summary/summary_events.h"

#include <string>

#include "core/time_format.h"
#include "record/projector_support.h"

namespace childrecord::features::summary {

using namespace projector;

Result<std::vector<Mutation>> ProjectSummaryEvent(const JournalEvent& event) {
  const Json& p = event.payload;
  if (!p.is_object()) return BadPayload(event, "payload");
  CR_ASSIGN_OR_RETURN(std::string child_id, IdOf(event, "child_id"));
  auto version = p.find("version");
  if (version == p.end() || !version->is_number_integer() || version->get<int64_t>() < 1) {
    return BadPayload(event, "version");
  }
  auto people = p.find("key_people");
  if (people == p.end() || !people->is_array()) return BadPayload(event, "key_people");
  CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                            {{"pen_picture", "pen_picture", Column::kRequiredText},
                                             {"worries", "worries", Column::kRequiredText},
                                             {"what_helps", "what_helps", Column::kRequiredText},
                                             {"safety_plan", "safety_plan", Column::kRequiredText},
                                             {"contingency_plan", "contingency_plan", Column::kOptionalText}}));
  const int64_t n = version->get<int64_t>();
  f["child_id"] = child_id;
  f["version"] = n;
  auto people_text = CanonicalJson(*people);
  if (!people_text.ok()) return BadPayload(event, "key_people");
  f["key_people"] = *people_text;
  f["recorded_by"] = event.actor;
  f["recorded_at"] = FormatUtc(event.recorded_at);
  std::vector<Mutation> out;
  out.push_back(Insert(kSummariesTable, child_id + "/" + std::to_string(n), std::move(f)));
  return out;
}

// The feature's part of the journal (record/projection.h FeatureEvents).
FeatureEvents Events() {
  return FeatureEvents{{events::kCaseNoteSummaryWritten},
                       &ProjectSummaryEvent,
                       {{kSummariesTable,
                         {"child_id", "version", "pen_picture", "worries", "what_helps", "safety_plan",
                          "contingency_plan", "key_people", "recorded_by", "recorded_at"}}}};
}

}  // namespace childrecord::features::summary
