#pragma once

#include <string>
#include <utility>
#include <vector>

#include "features/entries/entry_service.h"
#include "features/feature_module.h"
#include "features/language/language_service.h"

namespace childrecord {

// The forms for the kinds of entry with their own required fields:
// visit (R18), unsuccessful visit (R19), management decision (R6, R27) and the contacts of R21
// (phone call, conversation, meeting, letter, email), at /children/{id}/entries/new/{slug}. Each also asks when
// it happened, who was involved (R26), whether it is a significant event, R31 marks on its main
// text fields and which brothers' and sisters' records it also belongs to (R32). The form's fields
// are mapped to the same JSON input the API takes, so BuildEntryDetails is the one set of rules;
// every refused save lists every problem, keeps everything typed and writes nothing.
// Handlers borrow `context`, `entries` and `language`, which outlive them.
std::vector<FeatureEndpoint> EntryKindPageEndpoints(AppContext& context, EntryService& entries,
                                                    LanguageService& language);

// The kinds with their own form, and the path of that form ("" for other kinds).
std::string EntryKindFormPath(const std::string& child_id, const std::string& kind);

// The kinds with their own form and the words of the link to it ("Record a phone call"), in order.
std::vector<std::pair<std::string, std::string>> EntryKindFormLinks();

}  // namespace childrecord
