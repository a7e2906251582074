#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "core/fields.h"
#include "features/chronology/chronology_rules.h"

namespace childrecord {

// R20: what the chronology reads (chronology_repository.h, chronology_sources.h). Plain data.

// One item of the chronology, generated from the record or added by a practitioner.
struct ChronologyItem {
  std::string ref = {};             // its stable reference: "entry:<id>", "item:<id>", "living:<id>", …
  std::string kind = {};            // one of ChronologyKinds()
  std::string date_precision = {};  // one of DatePrecisions()
  std::string date = {};            // "YYYY", "YYYY-MM" or "YYYY-MM-DD"
  std::string date_words = {};      // "March 2019", "About 2017" (ChronologyDateWords)
  std::string sort_key = {};        // its place in the order (chronology_rules.h ComesBefore); not shown
  std::string what_happened = {};
  std::string source = {};           // who or which document said so
  std::string impact = {};           // the practitioner's note of the impact on the child; empty: none yet
  std::string impact_noted_by = {};  // who wrote it (name)
  std::string entry_id = {};         // the entry it comes from (significant or promoted); empty: none
  std::string document_id = {};      // the document it comes from (an order's copy); empty: none
  bool generated = false;            // true: computed from the record; false: added by a practitioner
};
const fields::Description<ChronologyItem>& Describe(const ChronologyItem*);

// What a page of the chronology asks for. Dates are "YYYY-MM-DD" or empty (no bound); `to` is
// inclusive. An empty `kinds` is every kind.
struct ChronologyFilter {
  std::set<std::string> kinds = {};
  std::string from = {};
  std::string to = {};
  bool newest_first = false;
};

// The item's position in the order, for paging.
inline ChronologyPosition PositionOf(const ChronologyItem& item) { return {item.sort_key, item.ref}; }

// Whether `item` passes `filter`'s kinds and dates (the sources' SQL applies the same bounds; this
// is the one place small sources are filtered).
bool PassesFilter(const ChronologyItem& item, const ChronologyFilter& filter);

// `iso` + one day ("2019-03-31" -> "2019-04-01"), for an inclusive `to`; "" for an unreadable date.
std::string DayAfter(const std::string& iso);

}  // namespace childrecord
