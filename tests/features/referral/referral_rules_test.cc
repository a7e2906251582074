// R1: one record per child. The rules that find the records that may be the same child as a new
// referral (spelling variants, swapped names, the same date of birth, the same NHS number), what the
// names' lookup asks the index for, and the referral's checks. Cases: cases/matching.txt.
#include "features/referral/referral_rules.h"

#include <gtest/gtest.h>

#include "core/time_format.h"
#include "record/case_file.h"

namespace childrecord {
namespace {

using testing::At;
using testing::ReadCaseFile;
using testing::SplitFirst;

constexpr char kCases[] = "tests/features/referral/cases/";

std::string Trim(const std::string& text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// "a / b / c" -> {"a", "b", "c"}; "-" is "".
std::vector<std::string> Parts(const std::string& text, char sep = '/') {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const auto end = text.find(sep, start);
    std::string part = Trim(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    out.push_back(part == "-" ? "" : part);
    if (end == std::string::npos) return out;
    start = end + 1;
  }
}

std::pair<std::string, std::string> Bar(const std::string& text) {
  const auto bar = text.find(" | ");
  if (bar == std::string::npos) return {text, ""};
  return {text.substr(0, bar), text.substr(bar + 3)};
}

std::string Matched(const std::string& rest) {
  auto [typed, record] = Bar(rest);
  const auto t = Parts(typed), r = Parts(record);
  if (t.size() != 4 || r.size() != 3) return "malformed case";
  ReferralInput referral{.first_name = t[0], .last_name = t[1], .date_of_birth = t[2], .nhs_number = t[3]};
  auto matches = PossibleMatches(referral, {MatchCandidate{"c1", r[0], r[1], r[2], "open", "North"}});
  if (matches.empty()) return "no match";
  std::string out;
  for (MatchReason reason : matches[0].reasons)
    out += (out.empty() ? "" : ", ") + std::string(MatchReasonWords(reason));
  return out;
}

std::string Prefixes(const std::string& rest) {
  const auto names = Parts(rest);
  auto groups = NameLookupPrefixes(ReferralInput{.first_name = names.at(0), .last_name = names.at(1)});
  if (groups.empty()) return "none";
  std::string out;
  for (const auto& group : groups) {
    std::string any;
    for (const auto& p : group) any += (any.empty() ? "" : "|") + p;
    out += (out.empty() ? "" : " & ") + any;
  }
  return out;
}

std::string Checked(const std::string& rest) {
  ReferralInput r;
  for (const std::string& pair : Parts(rest, ';')) {
    const auto eq = pair.find('=');
    if (eq == std::string::npos) return "malformed case";
    const std::string key = Trim(pair.substr(0, eq)), value = Trim(pair.substr(eq + 1));
    std::string* target = key == "first"      ? &r.first_name
                          : key == "last"     ? &r.last_name
                          : key == "dob"      ? &r.date_of_birth
                          : key == "nhs"      ? &r.nhs_number
                          : key == "received" ? &r.received_on
                          : key == "source"   ? &r.source
                          : key == "reason"   ? &r.reason
                          : key == "team"     ? &r.team_id
                                              : nullptr;
    if (target == nullptr) return "malformed case";
    *target = value;
  }
  // The clock of every case: Tuesday 24 November 2026, 09:00 UTC.
  const TimePoint now = *ParseRfc3339("2026-11-24T09:00:00Z");
  Status checked = CheckReferral(r, {}, now);
  if (checked.ok()) return "ok";
  std::string out = "errors";
  for (const Error& e : checked.error().All()) out += " " + e.field;
  return out;
}

TEST(ReferralRulesTest, CasesFromMatchingTxt) {
  const std::string file = "matching.txt";
  auto lines = ReadCaseFile(file, kCases);
  int count = 0;
  for (size_t i = 0; i + 1 < lines.size(); i += 2) {
    const auto& line = lines[i];
    const auto& expect = lines[i + 1];
    ASSERT_TRUE(expect.indented && expect.text.rfind("= ", 0) == 0) << At(file, expect) << " (expected '= ...')";
    const std::string expected = expect.text.substr(2);
    auto [verb, rest] = SplitFirst(line.text);
    ++count;
    if (verb == "match") {
      EXPECT_EQ(Matched(rest), expected) << At(file, line);
    } else if (verb == "similar") {
      auto [a, b] = Bar(rest);
      EXPECT_EQ(SimilarNames(a, b) ? "yes" : "no", expected) << At(file, line);
      EXPECT_EQ(SimilarNames(a, b), SimilarNames(b, a)) << At(file, line) << " (either way round)";
    } else if (verb == "key") {
      EXPECT_EQ(NameSoundKey(rest), expected) << At(file, line);
    } else if (verb == "prefixes") {
      EXPECT_EQ(Prefixes(rest), expected) << At(file, line);
    } else if (verb == "referral") {
      EXPECT_EQ(Checked(rest), expected) << At(file, line);
    } else {
      ADD_FAILURE() << At(file, line) << " (unknown case)";
    }
  }
  EXPECT_GT(count, 30);
}

TEST(ReferralRulesTest, MostLikelyFirstAndAtMostTheLimit) {
  ReferralInput referral{
      .first_name = "Jon", .last_name = "Smith", .date_of_birth = "2015-03-14", .nhs_number = "9434765919"};
  std::vector<MatchCandidate> candidates = {
      {"a", "John Smith", "2016-01-01", "", "open", "North"},   // similar name, other birthday
      {"b", "Jon Smith", "2015-03-14", "", "closed", "South"},  // same name and birthday
      {"c", "Leo Harris", "", "9434765919", "open", "North"},   // the same NHS number
      {"d", "Noah Baker", "2015-03-14", "", "open", "North"},   // birthday only: not shown
  };
  auto matches = PossibleMatches(referral, candidates);
  ASSERT_EQ(matches.size(), 3u);
  EXPECT_EQ(matches[0].child.id, "c");
  EXPECT_EQ(matches[1].child.id, "b");
  EXPECT_EQ(matches[2].child.id, "a");
  EXPECT_EQ(PossibleMatches(referral, candidates, 1).size(), 1u);
}

}  // namespace
}  // namespace childrecord
