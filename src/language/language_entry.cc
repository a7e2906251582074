#include "language/language_entry.h"

#include <array>

namespace childrecord {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Expands the brace groups of one alternative.
Status ExpandOne(std::string_view alt, std::vector<std::string>& out) {
  std::vector<std::string> partial{std::string()};
  size_t i = 0;
  while (i < alt.size()) {
    char c = alt[i];
    if (c == '}') return Error::Validation("forms", "'}' without a matching '{' in \"" + std::string(alt) + "\"");
    if (c != '{') {
      for (auto& p : partial) p.push_back(c);
      ++i;
      continue;
    }
    size_t close = alt.find('}', i + 1);
    if (close == std::string_view::npos) {
      return Error::Validation("forms", "'{' without a matching '}' in \"" + std::string(alt) + "\"");
    }
    std::string_view group = alt.substr(i + 1, close - i - 1);
    if (group.find('{') != std::string_view::npos) {
      return Error::Validation("forms", "braces cannot be nested in \"" + std::string(alt) + "\"");
    }
    std::vector<std::string_view> options;
    size_t start = 0;
    while (true) {
      size_t comma = group.find(',', start);
      options.push_back(group.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
    std::vector<std::string> next;
    next.reserve(partial.size() * options.size());
    for (const auto& p : partial) {
      for (auto o : options) next.push_back(p + std::string(o));
    }
    partial = std::move(next);
    i = close + 1;
  }
  for (auto& p : partial) {
    std::string_view t = Trim(p);
    if (t.empty()) return Error::Validation("forms", "a spelling is empty in \"" + std::string(alt) + "\"");
    out.emplace_back(t);
  }
  return Status::Ok();
}

}  // namespace

std::string_view LanguageCategoryName(LanguageCategory category) {
  switch (category) {
    case LanguageCategory::kAcronym: return "acronym";
    case LanguageCategory::kLegalTerm: return "legal_term";
    case LanguageCategory::kUncaring: return "uncaring";
    case LanguageCategory::kOffensive: return "offensive";
    case LanguageCategory::kReadability: return "readability";
  }
  return "uncaring";
}

std::string_view LanguageSeverityName(LanguageSeverity severity) {
  return severity == LanguageSeverity::kSerious ? "serious" : "advice";
}

Result<std::vector<std::string>> ExpandForms(std::string_view pattern) {
  std::vector<std::string> out;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i <= pattern.size(); ++i) {
    if (i < pattern.size()) {
      if (pattern[i] == '{') ++depth;
      if (pattern[i] == '}') --depth;
      if (pattern[i] != '|' || depth > 0) continue;
    }
    std::string_view alt = Trim(pattern.substr(start, i - start));
    if (alt.empty()) return Error::Validation("forms", "a spelling is empty in \"" + std::string(pattern) + "\"");
    CR_RETURN_IF_ERROR(ExpandOne(alt, out));
    start = i + 1;
  }
  return out;
}

bool IsOffensiveArea(std::string_view area) {
  static constexpr std::array<std::string_view, 8> kAreas = {
      "race", "culture", "class", "religion", "age", "disability", "sexual orientation", "gender identity"};
  for (auto a : kAreas) {
    if (a == area) return true;
  }
  return false;
}

}  // namespace childrecord
