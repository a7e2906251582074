#include "features/chronology/chronology_events.h"

#include <string>

#include "core/time_format.h"
#include "features/chronology/chronology_rules.h"
#include "record/projector_support.h"

namespace childrecord::features::chronology {

using namespace projector;

namespace {

// The impact note of `ref` as `event` writes it (R20: the practitioner's judgement, with who and when).
Mutation ImpactRow(const JournalEvent& event, const std::string& child_id, const std::string& ref,
                   const std::string& impact) {
  return Mutation{Mutation::Kind::kUpsert, kImpactsTable, child_id + "/" + ref,
                  Fields{{"child_id", child_id},
                         {"source_ref", ref},
                         {"impact", impact},
                         {"noted_by", event.actor},
                         {"noted_at", FormatUtc(event.recorded_at)}}};
}

}  // namespace

Result<std::vector<Mutation>> ProjectChronologyEvent(const JournalEvent& event) {
  const Json& p = event.payload;
  if (!p.is_object()) return BadPayload(event, "payload");
  CR_ASSIGN_OR_RETURN(std::string child_id, IdOf(event, "child_id"));
  std::vector<Mutation> out;
  if (event.type == events::kChronologyImpactNoted) {
    CR_ASSIGN_OR_RETURN(std::string ref, IdOf(event, "source_ref"));
    auto impact = p.find("impact");
    if (impact == p.end() || !impact->is_string()) return BadPayload(event, "impact");
    out.push_back(ImpactRow(event, child_id, ref, impact->get<std::string>()));
    return out;
  }
  CR_ASSIGN_OR_RETURN(std::string item_id, IdOf(event, "item_id"));
  auto date = p.find("date");
  if (date == p.end() || !date->is_object() || !date->contains("precision") || !(*date)["precision"].is_string() ||
      !date->contains("value") || !(*date)["value"].is_string()) {
    return BadPayload(event, "date");
  }
  const ChronologyDate when{(*date)["precision"].get<std::string>(), (*date)["value"].get<std::string>()};
  CR_ASSIGN_OR_RETURN(Fields f, ReadColumns(event, p,
                                            {{"what_happened", "what_happened", Column::kRequiredText},
                                             {"source", "source", Column::kOptionalText},
                                             {"entry_id", "entry_id", Column::kOptionalText}}));
  f["child_id"] = child_id;
  f["date_precision"] = when.precision;
  f["date_value"] = when.value;
  f["sort_key"] = ChronologyDateStart(when);
  f["recorded_by"] = event.actor;
  f["recorded_at"] = FormatUtc(event.recorded_at);
  out.push_back(Insert(kItemsTable, item_id, std::move(f)));
  if (auto impact = p.find("impact"); impact != p.end() && impact->is_string() && !impact->get<std::string>().empty()) {
    out.push_back(ImpactRow(event, child_id, "item:" + item_id, impact->get<std::string>()));
  }
  return out;
}

// The feature's part of the journal (record/projection.h FeatureEvents).
FeatureEvents Events() {
  return FeatureEvents{{events::kChronologyItemAdded, events::kChronologyImpactNoted},
                       &ProjectChronologyEvent,
                       {{kItemsTable,
                         {"child_id", "date_precision", "date_value", "sort_key", "what_happened", "source", "entry_id",
                          "recorded_by", "recorded_at"}},
                        {kImpactsTable, {"child_id", "source_ref", "impact", "noted_by", "noted_at"}}}};
}

}  // namespace childrecord::features::chronology
