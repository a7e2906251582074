#include "language/language_json.h"

namespace childrecord {

Json LanguageFindingsToJson(const LanguageReport& report) {
  Json findings = Json::array();
  for (const auto& f : report.findings) {
    Json item = {
        {"text", f.text},
        {"category", std::string(LanguageCategoryName(f.category))},
        {"message", f.message},
        {"suggestions", f.suggestions},
        {"start", f.start},
        {"end", f.end},
        {"byte_start", f.byte_start},
        {"byte_end", f.byte_end},
        {"severity", std::string(LanguageSeverityName(f.severity))},
        {"in_quotation", f.in_quotation},
        {"preferred", f.preferred},
        {"rule", f.rule},
    };
    if (!f.area.empty()) item["area"] = f.area;
    findings.push_back(std::move(item));
  }
  const LanguageBalance& b = report.balance;
  Json balance = {{"strengths", b.strengths},
                  {"worries", b.worries},
                  {"child_seen", b.child_seen},
                  {"child_words", b.child_words},
                  {"prompts", b.prompts}};
  return Json{{"findings", std::move(findings)}, {"reading_age", report.reading_age}, {"balance", std::move(balance)}};
}

}  // namespace childrecord
