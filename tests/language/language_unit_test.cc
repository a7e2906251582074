// Unit tests of the language checker's parts (R33, R34, R35).

#include <gtest/gtest.h>

#include "language/language_checker.h"
#include "language/language_json.h"
#include "language/reading_age.h"
#include "language/text_tokens.h"
#include "language_test_support.h"

namespace childrecord {
namespace {

LanguageReport CheckText(std::string_view text, const LanguageCheckOptions& options = {}) {
  return LanguageChecker(testing::ShippedLanguageRules()).Check(text, options);
}

TEST(LanguageTokens, SplitsWordsSentencesAndKeepsInnerMarks) {
  TokenizedText t = TokenizeText("Amy's mum didn't come, e.g. at A&E. She s.20 LACs\nNext line");
  std::vector<std::string> keys;
  for (const auto& tok : t.tokens) keys.emplace_back(t.Key(tok));
  EXPECT_EQ(keys, (std::vector<std::string>{"amy", "mum", "didn't", "come", "e.g", "at", "a&e", "she", "s.20", "lac",
                                            "next", "line"}));
  ASSERT_EQ(t.sentences.size(), 3u);  // "e.g." does not end a sentence; the line break does
  EXPECT_TRUE(t.tokens[9].capitals_plural);
  EXPECT_TRUE(t.tokens[9].all_capitals);
}

TEST(LanguageTokens, HyphensAndSpacesJoinWordsPunctuationDoesNot) {
  TokenizedText t = TokenizeText("attention-seeking care, order");
  ASSERT_EQ(t.tokens.size(), 4u);
  EXPECT_TRUE(t.tokens[1].joined_to_previous);
  EXPECT_TRUE(t.tokens[2].joined_to_previous);
  EXPECT_FALSE(t.tokens[3].joined_to_previous);
}

TEST(LanguageTokens, QuotationsNeedBothMarks) {
  TokenizedText t = TokenizeText("Mum said 'leave it' and \u201Cno\u201D but the boys' room isn't \"open");
  ASSERT_EQ(t.quotations.size(), 2u);
  EXPECT_EQ(t.quotations[0].byte_start, 9u);
  EXPECT_EQ(t.quotations[0].byte_end, 19u);
  EXPECT_FALSE(t.InQuotation(40));
}

TEST(LanguageChecker, R33_OffsetsCountCharactersAndBytes) {
  // "é" and the curly quotes are several bytes but one character each.
  std::string text = "Chlo\u00E9 \u201Chappy\u201D at the placement.";
  LanguageReport r = CheckText(text);
  ASSERT_EQ(r.findings.size(), 1u);
  const auto& f = r.findings[0];
  EXPECT_EQ(f.text, "placement");
  EXPECT_EQ(f.byte_start, text.find("placement"));
  EXPECT_EQ(f.byte_end - f.byte_start, 9u);
  EXPECT_EQ(f.start, 21u);
  EXPECT_EQ(f.end, 30u);
}

TEST(LanguageChecker, R34_OffensiveNeedsConfirmationUnlessQuoted) {
  EXPECT_TRUE(NeedsConfirmation(CheckText("He called the boy a retard.")));
  EXPECT_FALSE(NeedsConfirmation(CheckText("He shouted \"retard\" at the boy.")));
  EXPECT_FALSE(NeedsConfirmation(CheckText("We contacted the school.")));
}

TEST(LanguageChecker, R35_LegalTermExplainedOnceIsExplainedForTheText) {
  LanguageReport r = CheckText(
      "The court made a care order, which means the council shares parental responsibility with Mum. "
      "The care order will be reviewed.");
  for (const auto& f : r.findings) EXPECT_NE(f.rule, "care order") << f.text;
}

TEST(LanguageChecker, R33_PreferredWordsLeadTheSuggestions) {
  LanguageCheckOptions options;
  options.preferred_words = {{"contact", "time with Mum"}};
  LanguageReport r = CheckText("Contact went well.", options);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].suggestions.front(), "time with Mum");
  EXPECT_TRUE(r.findings[0].preferred);
  EXPECT_NE(r.findings[0].message.find("time with Mum"), std::string::npos);
}

TEST(LanguageChecker, LongSentenceLimitIsAnOption) {
  LanguageCheckOptions options;
  options.long_sentence_words = 3;
  LanguageReport r = CheckText("Amy went to the park with Josh.", options);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].category, LanguageCategory::kReadability);
  EXPECT_EQ(r.findings[0].text, "Amy went to the park with Josh.");
}

TEST(LanguageChecker, EmptyAndOddTextDoNotBreakIt) {
  EXPECT_TRUE(CheckText("").findings.empty());
  EXPECT_EQ(CheckText("").reading_age, 0);
  EXPECT_TRUE(CheckText("   \n\n  ...  \"").findings.empty());
  LanguageReport r = CheckText(std::string("bad \xFF\xFE bytes LAC"));
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].start, 13u);  // each invalid byte counts as one character
  EXPECT_EQ(r.findings[0].byte_start, 13u);
}

TEST(LanguageReadingAge, FleschKincaidPlusFive) {
  EXPECT_EQ(CountSyllables("home"), 1);
  EXPECT_EQ(CountSyllables("table"), 2);
  EXPECT_EQ(CountSyllables("responsibility"), 6);
  EXPECT_EQ(CountSyllables("42"), 1);
  EXPECT_EQ(ReadingAge(0, 0, 0), 0);
  // 10 words, 1 sentence, 12 syllables: 0.39*10 + 11.8*1.2 - 15.59 = 2.47 -> 7.47 -> 7
  EXPECT_EQ(ReadingAge(10, 1, 12), 7);
  EXPECT_EQ(ReadingAge(1, 1, 1), 5);         // kept at 5 or more
  EXPECT_EQ(ReadingAge(200, 1, 800), 21);    // and at 21 or less
  LanguageReport easy = CheckText("I saw Amy. She was happy. We went to the park.");
  LanguageReport hard = CheckText(
      "Notwithstanding considerable organisational complexity, the multidisciplinary consultation "
      "necessitated comprehensive documentation regarding developmental vulnerabilities.");
  EXPECT_LT(easy.reading_age, 9);
  EXPECT_GT(hard.reading_age, 16);
}

TEST(LanguageJson, R33_R35_ShapeOfTheApiAnswer) {
  LanguageReport r = CheckText("The LAC said \"contact\" and the retard.");
  Json j = LanguageFindingsToJson(r);
  ASSERT_TRUE(j.contains("findings"));
  ASSERT_TRUE(j["reading_age"].is_number_integer());
  ASSERT_EQ(j["findings"].size(), 3u);
  const Json& f = j["findings"][0];
  for (const char* key : {"text", "category", "message", "suggestions", "start", "end", "byte_start", "byte_end",
                          "severity", "in_quotation", "preferred", "rule"}) {
    EXPECT_TRUE(f.contains(key)) << key;
  }
  EXPECT_EQ(f["text"], "LAC");
  EXPECT_EQ(f["category"], "acronym");
  EXPECT_EQ(f["start"], 4);
  EXPECT_EQ(f["end"], 7);
  EXPECT_EQ(f["byte_start"], 4);
  EXPECT_EQ(f["byte_end"], 7);
  EXPECT_EQ(f["suggestions"][0], "looked after child");
  EXPECT_EQ(j["findings"][1]["in_quotation"], true);
  EXPECT_EQ(j["findings"][2]["category"], "offensive");
  EXPECT_EQ(j["findings"][2]["severity"], "serious");
  EXPECT_EQ(j["findings"][2]["area"], "disability");
  EXPECT_FALSE(j["findings"][0].contains("area"));
}

}  // namespace
}  // namespace childrecord
