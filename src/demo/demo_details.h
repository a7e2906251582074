#pragma once

#include <string>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "demo/demo_notes.h"

namespace childrecord::demo {

// The kind-specific parts of a demo entry, made by the same rules a practitioner's entry goes through
// (features/entries/visit_rules.h BuildEntryDetails): R18 visit details (seen alone, or why not), R19 unsuccessful
// visits with the next visit, R6/R27 management decisions with reasons, and R31 marked sections.
// `note` is the entry's text (its body becomes the kind's main text, as the forms do). Returns
// the entry.recorded payload's "details" object, or null for kinds without any.
Json EntryDetailsFor(Rng& rng, const std::string& kind, const NoteContext& c, const NoteText& note, TimePoint occurred,
                     const std::string& recorder_role);

// R29/R30: a correction made a day or two later: the new body and the reason for it.
struct Amendment {
  std::string body;
  std::string reason;
};
Amendment AmendmentFor(Rng& rng, const NoteContext& c, const std::string& body);

}  // namespace childrecord::demo
