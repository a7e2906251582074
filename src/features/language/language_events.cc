// The record's words we use in the journal: child.words_we_use_set and the table it keeps (R33).
#include "features/language/language_events.h"

#include "core/canonical_json.h"
#include "core/time_format.h"
#include "record/projector_support.h"

namespace childrecord::features::language {

using namespace projector;

Result<std::vector<Mutation>> ProjectWordsWeUseSet(const JournalEvent& event) {
  const Json& p = event.payload;
  if (!p.is_object()) return BadPayload(event, "payload");
  CR_ASSIGN_OR_RETURN(std::string id, IdOf(event, "child_id"));
  auto words = p.find("words");
  if (words == p.end() || !words->is_array()) return BadPayload(event, "words");
  // The list is kept as its canonical JSON text: one spelling, so verify can compare it.
  CR_ASSIGN_OR_RETURN(std::string text, CanonicalJson(*words));
  return std::vector<Mutation>{Mutation{Mutation::Kind::kUpsert, "words_we_use", id,
                                        Fields{{"words", text},
                                               {"updated_at", FormatUtc(event.recorded_at)},
                                               {"updated_by", event.actor}}}};
}

// The feature's part of the journal (record/projection.h FeatureEvents).
FeatureEvents Events() {
  return FeatureEvents{{events::kWordsWeUseSet}, &ProjectWordsWeUseSet, {{"words_we_use", {"words", "updated_at", "updated_by"}}}};
}

}  // namespace childrecord::features::language
