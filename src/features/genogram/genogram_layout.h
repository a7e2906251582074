#pragma once

#include <string>

#include "core/result.h"
#include "features/genogram/genogram_rules.h"

namespace childrecord {

// R20: the genogram's drawing in Graphviz's DOT language (docs/genogram.md: the symbols and line
// styles). Pure text; exposed for tests.
std::string GenogramDot(const GenogramModel& model);

// R20: the genogram laid out by Graphviz (dot) and drawn as "svg" or "pdf". Graphviz is not thread
// safe: every layout and render in the process takes one mutex (genogram_layout.cc), so concurrent
// requests draw one at a time. kInternal if Graphviz fails.
Result<std::string> RenderGenogram(const GenogramModel& model, const std::string& format);

}  // namespace childrecord
