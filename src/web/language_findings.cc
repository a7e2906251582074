#include "web/language_findings.h"

namespace childrecord {

std::string CategoryLabel(LanguageCategory category) {
  switch (category) {
    case LanguageCategory::kAcronym: return "Acronym or abbreviation";
    case LanguageCategory::kLegalTerm: return "Professional term to explain";
    case LanguageCategory::kUncaring: return "Kinder words";
    case LanguageCategory::kOffensive: return "May offend";
    case LanguageCategory::kReadability: return "Hard to read";
  }
  return "";
}

Json BalancePromptsForPage(const LanguageReport& report) {
  Json list = Json::array();
  for (const auto& p : report.balance.prompts) list.push_back({{"text", p}});
  return list;
}

Json FindingsForPage(const LanguageReport& report) {
  Json list = Json::array();
  for (const auto& f : report.findings) {
    std::string suggestions;
    for (const auto& s : f.suggestions) suggestions += (suggestions.empty() ? "" : "; ") + s;
    list.push_back({{"text", f.text},
                    {"category_label", CategoryLabel(f.category)},
                    {"message", f.message},
                    {"suggestions", suggestions},
                    {"has_suggestions", !suggestions.empty()},
                    {"serious", f.severity == LanguageSeverity::kSerious},
                    {"in_quotation", f.in_quotation}});
  }
  return list;
}

}  // namespace childrecord
