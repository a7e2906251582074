#pragma once

#include <string>
#include <vector>

namespace childrecord::demo {

// A minimal valid one-page PDF (PDF 1.4, A4, Helvetica) showing `lines` of text, about 1 KB,
// for the demo's documents. Characters outside printable ASCII are shown as '?' (the standard
// Helvetica font has no Unicode mapping without embedding). Pure.
std::string MinimalPdf(const std::string& title, const std::vector<std::string>& lines);

}  // namespace childrecord::demo
