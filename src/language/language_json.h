#pragma once

#include "core/canonical_json.h"
#include "language/language_checker.h"

namespace childrecord {

// The answer of POST /api/v1/language/check (SPEC §6):
//   {"findings":[{"text","category","message","suggestions","start","end","byte_start","byte_end",
//                 "severity","in_quotation","preferred","rule"[,"area"]}], "reading_age": n}
// The first eight fields are SPEC §6's; the others are additions: "severity" ("advice" or
// "serious": serious needs a recorded confirmation before saving), "in_quotation" (someone's
// own words, noted only), "preferred" (the first suggestion is the record's words we use),
// "rule" (a stable name for counting findings) and, for offensive findings, "area".
// Pure; thread-safe.
Json LanguageFindingsToJson(const LanguageReport& report);

}  // namespace childrecord
