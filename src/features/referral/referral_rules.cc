#include "features/referral/referral_rules.h"

#include <algorithm>
#include <chrono>

#include "core/field_errors.h"
#include "core/time_format.h"
#include "features/identity/nhs_number_rules.h"
#include "features/search/search_rules.h"

namespace childrecord {
namespace {

constexpr size_t kMaxNameLength = 100;

std::string Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// The one word standing for a typed name: its first word (a first name) or its last (a surname).
std::string FirstPart(std::string_view name) {
  auto parts = NameParts(name);
  return parts.empty() ? std::string() : parts.front();
}
std::string LastPart(std::string_view name) {
  auto parts = NameParts(name);
  return parts.empty() ? std::string() : parts.back();
}

// A date the rules check: not in the future (a clock a few minutes fast is not an error).
void CheckPastDate(const std::string& iso, const std::string& field, const std::string& what, bool required,
                   TimePoint now, FieldErrors& errors) {
  if (iso.empty()) {
    if (required) errors.Add(Error::Validation(field, "Enter " + what));
    return;
  }
  auto date = ParseIsoDate(iso);
  if (!date) {
    errors.Add(Error::Validation(field, "The " + what.substr(4) + " must be a real date"));
    return;
  }
  if (std::chrono::sys_days(*date) > now + std::chrono::minutes(5)) {
    errors.Add(Error::Validation(field, "The " + what.substr(4) + " must be today or in the past"));
  }
}

}  // namespace

std::string ReferralInput::FullName() const {
  const std::string first = Trim(first_name), last = Trim(last_name);
  return first.empty() ? last : last.empty() ? first : first + " " + last;
}

Json RecordOpenedInput(const ReferralInput& referral) {
  Json input{
      {"full_name", referral.FullName()},
      {"team_id", referral.team_id},
      {"referral",
       {{"received_on", referral.received_on}, {"source", Trim(referral.source)}, {"reason", Trim(referral.reason)}}}};
  if (!referral.date_of_birth.empty()) input["date_of_birth"] = referral.date_of_birth;
  return input;
}

Status CheckReferral(const ReferralInput& referral, const std::vector<Error>& date_errors, TimePoint now) {
  FieldErrors errors;
  auto in_error = [&](const std::string& field) {
    return std::any_of(date_errors.begin(), date_errors.end(), [&](const Error& e) { return e.field == field; });
  };
  for (auto [field, value, missing] : {std::tuple<const char*, const std::string*, const char*>{
                                           "first_name", &referral.first_name, "Enter the child’s first name"},
                                       {"last_name", &referral.last_name, "Enter the child’s last name"}}) {
    const std::string trimmed = Trim(*value);
    if (trimmed.empty()) {
      errors.Add(Error::Validation(field, missing));
    } else if (trimmed.size() > kMaxNameLength) {
      errors.Add(Error::Validation(field, "A name must be " + std::to_string(kMaxNameLength) + " characters or fewer"));
    }
  }
  for (const Error& e : date_errors) {
    if (e.field == "date_of_birth") errors.Add(e);
  }
  if (!in_error("date_of_birth")) {
    CheckPastDate(referral.date_of_birth, "date_of_birth", "the date of birth", false, now, errors);
  }
  if (!Trim(referral.nhs_number).empty()) errors.Check(ParseNhsNumber(referral.nhs_number, "nhs_number"));
  for (const Error& e : date_errors) {
    if (e.field == "received_on") errors.Add(e);
  }
  if (!in_error("received_on")) {
    CheckPastDate(referral.received_on, "received_on", "the date the referral was received", true, now, errors);
  }
  if (Trim(referral.source).empty()) errors.Add(Error::Validation("source", "Say who made the referral"));
  if (Trim(referral.reason).empty()) errors.Add(Error::Validation("reason", "Say why the referral was made"));
  if (referral.team_id.empty()) errors.Add(Error::Validation("team_id", "Choose the team the record belongs to"));
  return errors.ToStatus();
}

std::string_view MatchReasonWords(MatchReason reason) {
  switch (reason) {
    case MatchReason::kSameNhsNumber:
      return "same NHS number";
    case MatchReason::kSameName:
      return "same name";
    case MatchReason::kSimilarName:
      return "similar name";
    case MatchReason::kSwappedName:
      return "first and last names swapped";
    case MatchReason::kSameDateOfBirth:
      return "same date of birth";
  }
  return "";
}

std::vector<std::string> NameParts(std::string_view name) {
  std::vector<std::string> parts;
  std::string word;
  for (char c : FoldForSearch(name)) {
    const auto u = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80) {
      word.push_back(c);
    } else if (!word.empty()) {
      parts.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) parts.push_back(std::move(word));
  return parts;
}

std::string NameSoundKey(std::string_view name) {
  std::string folded;
  for (const std::string& part : NameParts(name)) folded += part;
  if (folded.empty()) return {};
  auto sound = [](char c, char next) -> char {
    if (c == 'c' || c == 'k' || c == 'q') return 'k';
    if (c == 'z') return 's';
    if (c == 'p' && next == 'h') return 'f';
    return c;
  };
  std::string key(1, sound(folded[0], folded.size() > 1 ? folded[1] : '\0'));
  char last = key[0];
  for (size_t i = 1; i < folded.size(); ++i) {
    const char c = sound(folded[i], i + 1 < folded.size() ? folded[i + 1] : '\0');
    if (IsVowel(c) || c == 'h' || c == 'w') continue;
    if (c != last) key.push_back(c);
    last = c;
  }
  return key;
}

bool SimilarNames(std::string_view a, std::string_view b) {
  std::string fa, fb;
  for (const std::string& p : NameParts(a)) fa += p;
  for (const std::string& p : NameParts(b)) fb += p;
  if (fa.empty() || fb.empty()) return false;
  if (fa == fb) return true;
  const size_t shorter = std::min(fa.size(), fb.size());
  // A sound key of one letter ("Eve"/"Ava") says too little.
  if (shorter >= 3 && NameSoundKey(fa).size() >= 2 && NameSoundKey(fa) == NameSoundKey(fb)) return true;
  const size_t distance = EditDistance(fa, fb);
  return (shorter >= 3 && distance <= 1) || (shorter >= 7 && distance <= 2);
}

std::vector<PossibleMatch> PossibleMatches(const ReferralInput& referral, const std::vector<MatchCandidate>& candidates,
                                           size_t limit) {
  const std::string first = FirstPart(referral.first_name), last = LastPart(referral.last_name);
  std::vector<PossibleMatch> out;
  for (const MatchCandidate& c : candidates) {
    PossibleMatch m{c, {}, 0};
    if (!referral.nhs_number.empty() && referral.nhs_number == c.nhs_number) {
      m.reasons.push_back(MatchReason::kSameNhsNumber);
      m.score += 100;
    }
    const std::string their_first = FirstPart(c.full_name), their_last = LastPart(c.full_name);
    const bool first_similar = SimilarNames(first, their_first), last_similar = SimilarNames(last, their_last);
    const bool in_order = first_similar && last_similar;
    const bool swapped = !in_order && SimilarNames(first, their_last) && SimilarNames(last, their_first);
    if (in_order && first == their_first && last == their_last) {
      m.reasons.push_back(MatchReason::kSameName);
      m.score += 50;
    } else if (in_order) {
      m.reasons.push_back(MatchReason::kSimilarName);
      m.score += 40;
    } else if (swapped) {
      m.reasons.push_back(MatchReason::kSwappedName);
      m.score += 35;
    }
    const bool same_birthday = !referral.date_of_birth.empty() && referral.date_of_birth == c.date_of_birth;
    // The same birthday counts with a name that is partly the same (a surname changed).
    const bool one_name =
        first_similar || last_similar || SimilarNames(first, their_last) || SimilarNames(last, their_first);
    if (same_birthday && (!m.reasons.empty() || one_name)) {
      m.reasons.push_back(MatchReason::kSameDateOfBirth);
      m.score += 30 + (one_name && !in_order && !swapped ? 5 : 0);
    }
    // Both dates known and different: less likely, though a date typed wrong is still shown.
    if (!referral.date_of_birth.empty() && !c.date_of_birth.empty() && !same_birthday) m.score -= 20;
    if (m.reasons.empty()) continue;
    out.push_back(std::move(m));
  }
  std::stable_sort(out.begin(), out.end(), [](const PossibleMatch& a, const PossibleMatch& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.child.full_name < b.child.full_name;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::vector<std::vector<std::string>> NameLookupPrefixes(const ReferralInput& referral) {
  std::vector<std::vector<std::string>> groups;
  for (const std::string& name : {FirstPart(referral.first_name), LastPart(referral.last_name)}) {
    if (name.size() < 2 || static_cast<unsigned char>(name[0]) >= 0x80 || static_cast<unsigned char>(name[1]) >= 0x80) {
      continue;
    }
    std::vector<std::string> firsts{std::string(1, name[0])};
    if (name[0] == 'c') firsts.push_back("k");
    if (name[0] == 'k') firsts.push_back("c");
    std::vector<std::string> group;
    for (const std::string& f : firsts) {
      if (IsVowel(name[1])) {
        for (char v : std::string("aeiouy")) group.push_back(f + v);
      } else {
        group.push_back(f + name[1]);
      }
    }
    groups.push_back(std::move(group));
  }
  if (groups.size() < 2) groups.clear();
  return groups;
}

}  // namespace childrecord
