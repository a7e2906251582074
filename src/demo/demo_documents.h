#pragma once

#include <string>
#include <vector>

#include "core/clock.h"
#include "demo/demo_notes.h"
#include "store/store.h"

namespace childrecord::demo {

// A document the demo adds to a child's record: its document.added event (built with the real
// rules, features/documents/document_rules.h), who adds it and when, and its bytes for the blob store.
struct PlannedDocument {
  TimePoint at;
  std::string actor;
  NewEvent event;
  std::string bytes;
};

// The documents of one child, all fictional one-page PDFs: for a child in care a care order
// (R8), often the social worker's court report (R9) and a Personal Education Plan (R10); for
// about one child in four old enough to write, a letter the child asked to be kept (R22).
// Nothing is dated or added after `end` or before the record opened.
std::vector<PlannedDocument> PlanChildDocuments(Rng& rng, const std::string& child_id, const NoteContext& ctx,
                                                const std::string& worker_id, TimePoint opened, TimePoint end);

}  // namespace childrecord::demo
