#pragma once

#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "core/result.h"

namespace childrecord {

// R31: "Records must be clear about the difference between facts, opinions, assessments,
// judgements and decisions. Records must also be clear about what is first-hand information and
// information obtained from third parties."
//
// Every section of an entry carries two marks:
//   kind:   fact | opinion | assessment | judgement | decision
//   source: first_hand | third_party; a third-party source names who (`source_name`, required)
//           and optionally how they know the family (`source_relationship`, "the school nurse").
// Third-party marks are what a later subject access request looks at for redaction (R36).

// The kinds, in the order forms list them, and "fact" -> "Fact".
const std::vector<std::string>& InformationKinds();
const std::vector<std::string>& InformationSources();
std::string InformationKindLabel(const std::string& kind);
// One sentence a practitioner (or the child reading later) can understand (R35).
std::string InformationKindExplanation(const std::string& kind);

// Validates one mark object {kind, source, source_name?, source_relationship?}; errors name
// `path` + ".kind" etc. Returns the cleaned marks.
Result<Json> BuildInformationMarks(const Json& marks, const std::string& path);

// An entry's sections: a non-empty array of {heading?, text, kind, source, source_name?,
// source_relationship?}. Errors name "sections[2].source_name" (with `path` = "sections").
// Returns the cleaned array.
Result<Json> BuildSections(const Json& sections, const std::string& path = "sections");

}  // namespace childrecord
