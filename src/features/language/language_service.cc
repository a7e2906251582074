#include "features/language/language_service.h"

#include <algorithm>
#include <map>

#include "core/canonical_json.h"
#include "features/language/language_events.h"
#include "features/language/language_repository.h"
#include "language/language_entry.h"

namespace childrecord {
namespace {

// How many of the newest entries the team view reads: enough to show habits, small enough to
// check in well under a second (the checker takes about 0.15 ms for 2,000 words).
constexpr int kTeamViewEntries = 500;

// A visit's details (R18) as JSON: {"child_seen": true, "childs_words": "…", …}; {} otherwise.
Json VisitDetails(const EntryView& entry) {
  if (entry.kind != "visit" || entry.details.empty()) return Json::object();
  auto parsed = ParseJson(entry.details);
  if (!parsed.ok() || !parsed->is_object()) return Json::object();
  if (auto v = parsed->find("visit"); v != parsed->end() && v->is_object()) return *v;
  return *parsed;
}

bool VisitChildSeen(const EntryView& entry) {
  Json v = VisitDetails(entry);
  auto seen = v.find("child_seen");
  return seen != v.end() && seen->is_boolean() && seen->get<bool>();
}

// R33 "the family's own words": the visit's answer about the child's words quotes them.
bool VisitHasChildsWords(const EntryView& entry) {
  Json v = VisitDetails(entry);
  auto words = v.find("childs_words");
  if (words == v.end() || !words->is_string()) return false;
  const std::string& text = words->get_ref<const std::string&>();
  return text.find('"') != std::string::npos || text.find("\u201C") != std::string::npos;
}

}  // namespace

LanguageCheckOptions LanguageService::OptionsFor(const std::vector<WordWeUse>& words) const {
  LanguageCheckOptions options;
  for (const auto& w : words) options.preferred_words.push_back({w.term, w.preferred});
  return options;
}

Result<LanguageReport> LanguageService::Check(const Principal& who, const std::string& text,
                                              const std::string& child_id, const AccessContext& access,
                                              bool child_seen) {
  std::vector<WordWeUse> words;
  if (!child_id.empty()) {
    CR_ASSIGN_OR_RETURN(words, GetWordsWeUse(who, child_id, access));
  }
  return CheckWith(text, words, child_seen);
}

LanguageReport LanguageService::CheckWith(const std::string& text, const std::vector<WordWeUse>& words,
                                          bool child_seen) const {
  LanguageCheckOptions options = OptionsFor(words);
  options.child_seen = child_seen;
  return checker_.Check(text, options);
}

Result<std::vector<WordWeUse>> LanguageService::GetWordsWeUse(const Principal& who, const std::string& child_id,
                                                              const AccessContext& access) {
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kReadOverview, access, "words we use"));
  return LanguageRepository(store_).WordsWeUse(tenant_id_, child_id);
}

Status LanguageService::SetWordsWeUse(const Principal& who, const std::string& child_id,
                                      const std::vector<WordWeUse>& words, const AccessContext& access) {
  CR_ASSIGN_OR_RETURN(Json payload, BuildWordsWeUseSet(words, child_id));
  CR_RETURN_IF_ERROR(record_access_.Authorize(who, child_id, AccessAction::kRecordEntry, access, "words we use"));
  CR_RETURN_IF_ERROR(store_.Append(tenant_id_, who.user.id, {{events::kWordsWeUseSet, std::move(payload)}}));
  return Status::Ok();
}

Result<Json> LanguageService::ReviewEntryLanguage(const Principal& who, const std::string& title,
                                                  const std::string& body, bool confirmed) const {
  std::vector<std::string> serious;
  for (const std::string* text : {&title, &body}) {
    LanguageReport report = checker_.Check(*text, {});
    if (!NeedsConfirmation(report)) continue;
    for (const auto& f : report.findings) {
      if (f.severity == LanguageSeverity::kSerious) serious.push_back(f.text);
    }
  }
  if (serious.empty()) return Json(nullptr);
  if (!confirmed) {
    std::string list;
    for (const auto& s : serious) list += (list.empty() ? "'" : ", '") + s + "'";
    return Error::Validation("body", "The entry uses words that may offend (" + list +
                                         "). Change them, put someone's own words in quotation marks, or confirm "
                                         "that the words must be recorded as written");
  }
  return Json{{"confirmed_by", who.user.id}, {"expressions", serious}};
}

Result<TeamLanguageSummary> LanguageService::TeamSummary(const Principal& who, const std::string& team_id) {
  if (who.user.role != "team_manager" && who.user.role != "senior_manager") {
    return Error::Forbidden("The team's language view is for team managers and senior managers");
  }
  CR_ASSIGN_OR_RETURN(std::vector<EntryView> entries,
                      LanguageRepository(store_).RecentTeamEntries(tenant_id_, team_id, kTeamViewEntries));
  TeamLanguageSummary summary;
  std::map<std::string, LanguageRuleCount> rules;
  std::map<std::string, PractitionerLanguageCount> people;
  for (const EntryView& entry : entries) {
    LanguageCheckOptions options;
    options.child_seen = VisitChildSeen(entry);
    LanguageReport report = checker_.Check(entry.title + ".\n" + entry.body, options);
    ++summary.entries_checked;
    if (report.balance.worries && !report.balance.strengths) ++summary.worries_without_strengths;
    if (options.child_seen) {
      ++summary.visits_child_seen;
      // The visit's own "child's words" answer counts as well as a quotation in the text.
      if (!report.balance.child_words && !VisitHasChildsWords(entry)) ++summary.visits_without_child_words;
    }
    auto& person = people[entry.recorded_by_name];
    person.name = entry.recorded_by_name;
    ++person.entries;
    for (const auto& f : report.findings) {
      if (f.in_quotation) continue;  // someone's own words are not a habit to coach
      ++person.findings;
      auto& rule = rules[std::string(LanguageCategoryName(f.category)) + "/" + f.rule];
      if (rule.count == 0) {
        rule.rule = f.rule;
        rule.category = std::string(LanguageCategoryName(f.category));
        rule.example = f.text;
        rule.suggestion = f.suggestions.empty() ? std::string() : f.suggestions.front();
      }
      ++rule.count;
    }
  }
  for (auto& [key, rule] : rules) summary.rules.push_back(std::move(rule));
  std::sort(summary.rules.begin(), summary.rules.end(),
            [](const auto& a, const auto& b) { return a.count != b.count ? a.count > b.count : a.rule < b.rule; });
  for (auto& [name, person] : people) summary.practitioners.push_back(std::move(person));
  std::sort(summary.practitioners.begin(), summary.practitioners.end(),
            [](const auto& a, const auto& b) { return a.findings * b.entries > b.findings * a.entries; });
  return summary;
}

}  // namespace childrecord
