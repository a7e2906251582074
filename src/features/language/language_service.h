#pragma once

#include <string>
#include <vector>

#include "auth/principal.h"
#include "core/canonical_json.h"
#include "core/result.h"
#include "features/language/words_we_use_rules.h"
#include "language/language_checker.h"
#include "service/record_access.h"
#include "store/store.h"

namespace childrecord {

// One row of the team's language view: how often a rule was found in the team's recent entries.
struct LanguageRuleCount {
  std::string rule;
  std::string category;
  std::string example;     // the words as one practitioner wrote them
  std::string suggestion;  // the checker's first suggestion
  int count = 0;
};

struct PractitionerLanguageCount {
  std::string name;
  int entries = 0;
  int findings = 0;
};

struct TeamLanguageSummary {
  int entries_checked = 0;
  // R33 balance, counted over the same entries: entries about worries that say nothing going
  // well, and visits where the child was seen without the child's own words in the text.
  int worries_without_strengths = 0;
  int visits_child_seen = 0;
  int visits_without_child_words = 0;
  std::vector<LanguageRuleCount> rules;                  // most frequent first
  std::vector<PractitionerLanguageCount> practitioners;  // most findings per entry first
};

// Language that cares (R33-R35) as the record uses it: checking text with the record's own
// "words we use", the confirmation offensive words need before an entry is saved, and the
// team's most frequent findings for coaching. Access to a child's record goes through
// RecordAccess. Thread safe.
class LanguageService {
 public:
  LanguageService(Store& store, std::string tenant_id, RecordAccess& record_access, const LanguageChecker& checker)
      : store_(store), tenant_id_(std::move(tenant_id)), record_access_(record_access), checker_(checker) {}

  // Checks `text`; with a child id, that record's words we use lead the suggestions (reading
  // them is a read of the record: access is decided and logged as for its overview).
  Result<LanguageReport> Check(const Principal& who, const std::string& text, const std::string& child_id,
                               const AccessContext& access, bool child_seen = false);
  // Checks `text` with words we use the caller already has (the entry form sends the ones it
  // was shown), touching no record.
  // `child_seen`: a visit where the child was seen, so R33's balance looks for their own words.
  LanguageReport CheckWith(const std::string& text, const std::vector<WordWeUse>& words, bool child_seen = false) const;

  // The record's words we use (a read of the record, logged as one).
  Result<std::vector<WordWeUse>> GetWordsWeUse(const Principal& who, const std::string& child_id,
                                               const AccessContext& access);
  // Replaces the record's words we use (journaled): a change to the record, allowed to those who
  // may record entries on it.
  Status SetWordsWeUse(const Principal& who, const std::string& child_id, const std::vector<WordWeUse>& words,
                       const AccessContext& access);

  // R34, before an entry is saved: checks the title and body. An offensive expression outside a
  // quotation needs `confirmed`; without it the answer is a validation error on "body" naming
  // the words. With it (or when there is none), returns what the entry's payload keeps as
  // "language_confirmation" (null when nothing needed confirming). Reads nothing of the record
  // (what is serious does not depend on a family's words), so RecordEntry alone decides access.
  Result<Json> ReviewEntryLanguage(const Principal& who, const std::string& title, const std::string& body,
                                   bool confirmed) const;

  // The most frequent findings in the newest entries on the team's records (managers only).
  Result<TeamLanguageSummary> TeamSummary(const Principal& who, const std::string& team_id);

 private:
  LanguageCheckOptions OptionsFor(const std::vector<WordWeUse>& words) const;

  Store& store_;
  std::string tenant_id_;
  RecordAccess& record_access_;
  const LanguageChecker& checker_;
};

}  // namespace childrecord
