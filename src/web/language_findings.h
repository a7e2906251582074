#pragma once

#include <string>

#include "core/canonical_json.h"
#include "language/language_checker.h"

namespace childrecord {

// The language checker's findings (R33-R35) as the entry forms show them: the same list the live
// check draws with JavaScript. Pure.
Json FindingsForPage(const LanguageReport& report);

// R33's gentle prompts about balance (strengths as well as worries; the child's own words), as
// the entry forms show them beside the findings: [{"text": …}]. Never errors. Pure.
Json BalancePromptsForPage(const LanguageReport& report);

// A finding's category in the reader's words ("Kinder words", "May offend", ...).
std::string CategoryLabel(LanguageCategory category);

}  // namespace childrecord
