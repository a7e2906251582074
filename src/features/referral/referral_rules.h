#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/result.h"

namespace childrecord {

// R1: "One record per child, created when a referral is accepted (First Contact Team)". Before a
// new record is opened the system looks for the same child, so that a second record is not opened
// by mistake: a misspelt name ("Jon"/"John", "Mohammed"/"Muhammad", "Smith"/"Smyth"), first and
// last names swapped, the same date of birth, the same NHS number. Pure: the candidates come from
// the repository (by date of birth, NHS number and the names' beginnings, all through indexes);
// these rules decide which of them are possible matches and say why.

// A referral as typed on the page (every value as typed; dates "YYYY-MM-DD" once read).
struct ReferralInput {
  std::string first_name = {}, last_name = {};
  std::string date_of_birth = {};  // "YYYY-MM-DD" or "" when not known
  std::string nhs_number = {};     // ten digits or ""
  std::string received_on = {};    // "YYYY-MM-DD"
  std::string source = {}, reason = {}, team_id = {};
  std::string FullName() const;
};

// The child.record_opened input (record/commands.h BuildRecordOpened) of a checked referral.
Json RecordOpenedInput(const ReferralInput& referral);

// The checks a referral's page makes before looking for matches, every one at once, each naming
// its field: "first_name", "last_name", "date_of_birth" (not in the future), "nhs_number"
// (nhs_number_rules.h), "received_on" (required, not in the future), "source", "reason", "team_id".
// `date_errors` are the date boxes' own errors (an impossible date), already named by field: a
// field in error there is not checked again.
Status CheckReferral(const ReferralInput& referral, const std::vector<Error>& date_errors, TimePoint now);

// A record the lookup found, as the match rules need it.
struct MatchCandidate {
  std::string id;
  std::string full_name;
  std::string date_of_birth;  // "" when not known
  std::string nhs_number;     // ten digits or ""
  std::string status;         // "open" or "closed"
  std::string team_name;
};

// Why a candidate may be the same child, strongest first.
enum class MatchReason { kSameNhsNumber, kSameName, kSimilarName, kSwappedName, kSameDateOfBirth };
// "same NHS number", "same name", "similar name", "first and last names swapped", "same date of birth".
std::string_view MatchReasonWords(MatchReason reason);

struct PossibleMatch {
  MatchCandidate child;
  std::vector<MatchReason> reasons;
  int score = 0;  // higher: more likely the same child
};

// The candidates that may be the same child as `referral`, most likely first (then by name), at
// most `limit`. A candidate is a possible match when it has the same NHS number, or a similar
// name (both names, in either order), or the same date of birth and one of the names similar (a
// surname changed, a first name spelt another way). The same date of birth alone is not one: many
// children share a birthday.
std::vector<PossibleMatch> PossibleMatches(const ReferralInput& referral, const std::vector<MatchCandidate>& candidates,
                                           size_t limit = 10);

// Two name parts are similar: the same letters once folded ("Zoë"/"zoe"), the same sound key
// (NameSoundKey), or one letter apart (both at least three letters), or two apart (both at least
// seven).
bool SimilarNames(std::string_view a, std::string_view b);
// A name's sound key: folded, its first letter kept (so "Ava" and "Eve" stay apart), then its
// consonants with c/k/q, s/z and ph/f made one, h, w, y and vowels left out and letters sounding
// twice made single: "Mohammed" and "Muhammad" -> "md"; "Smith" and "Smyth" -> "smt"; "Jon" and
// "John" -> "jn".
std::string NameSoundKey(std::string_view name);
// The folded words of a name ("Mary-Jane O'Brien" -> mary, jane, o, brien).
std::vector<std::string> NameParts(std::string_view name);

// What the names' full-text lookup asks for, one group per name (first, then last): beginnings of
// two letters, any one of a group matching; every group must match a word of the child's name, in
// any order (so swapped names are found). A beginning's second letter, when a vowel, is tried as
// every vowel ("mo" -> ma me mi mo mu my: Mohammed/Muhammad); c and k begin alike (Catherine/
// Katherine). A name shorter than two letters gives no group; with fewer than two groups there is
// no name lookup (one name alone finds too many children).
std::vector<std::vector<std::string>> NameLookupPrefixes(const ReferralInput& referral);

}  // namespace childrecord
