#include "features/chronology/chronology_views.h"

#include <chrono>

#include "core/time_format.h"

namespace childrecord {

const fields::Description<ChronologyItem>& Describe(const ChronologyItem*) {
  using fields::Kind;
  using V = ChronologyItem;
  static const fields::Description<ChronologyItem> description = {
      {"ref", nullptr, &V::ref, Kind::kText,
       "the item's stable reference: entry:<id>, item:<id>, household:<id>, living:<id>, order:<id>, opened:<id>, "
       "closure:<id>, transfer:<id>"},
      {"kind", nullptr, &V::kind, Kind::kText, "what kind of event it is", ChronologyKinds()},
      {"date_precision", nullptr, &V::date_precision, Kind::kText, "how precisely the date is known", DatePrecisions()},
      {"date", nullptr, &V::date, Kind::kText, "YYYY, YYYY-MM or YYYY-MM-DD, as precisely as it is known"},
      {"date_words", nullptr, &V::date_words, Kind::kText, "the date as people read it: March 2019, About 2017"},
      {"what_happened", nullptr, &V::what_happened, Kind::kText},
      {"source", nullptr, &V::source, Kind::kText, "who or which document or record event said so"},
      {"impact", nullptr, &V::impact, Kind::kOptionalText,
       "the impact on the child, good or bad, as a practitioner wrote it; null: not written yet"},
      {"impact_noted_by", nullptr, &V::impact_noted_by, Kind::kOptionalText},
      {"entry_id", nullptr, &V::entry_id, Kind::kOptionalText, "the entry it comes from"},
      {"document_id", nullptr, &V::document_id, Kind::kOptionalText, "the document it comes from"},
      {"generated", nullptr, &V::generated, Kind::kFlag, "true: computed from the record; false: added by hand"},
      {"sort_key", nullptr, &V::sort_key, Kind::kText, "", {}, true},
  };
  return description;
}

bool PassesFilter(const ChronologyItem& item, const ChronologyFilter& filter) {
  if (!filter.kinds.empty() && !filter.kinds.count(item.kind)) return false;
  if (!filter.from.empty() && item.sort_key < filter.from) return false;
  if (!filter.to.empty() && item.sort_key >= DayAfter(filter.to)) return false;
  return true;
}

std::string DayAfter(const std::string& iso) {
  auto d = ParseIsoDate(iso);
  if (!d) return "";
  return FormatIsoDate(Date{std::chrono::sys_days{*d} + std::chrono::days{1}});
}

}  // namespace childrecord
