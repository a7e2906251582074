// verify reads a payload's text once to see that it is canonical (store/verify_canonical.h)
// instead of spelling its parse again. SPEC §2 principle 2 ("Provably unaltered") and
// docs/journal-format.md ("verify refuses a payload whose text is not the canonical spelling of
// its own parse") depend on the two agreeing on every text that parses: these tests hold
// IsCanonicalJsonText to CanonicalJson on hand-picked texts and on many altered ones.
#include "store/verify_canonical.h"

#include <gtest/gtest.h>

#include <random>

#include "core/canonical_json.h"

namespace childrecord::testing {
namespace {

using verify::IsCanonicalJsonText;

// What verify checked before: the text is the canonical spelling of its own parse.
bool CanonicalBySpelling(const std::string& text) {
  Json parsed = Json::parse(text, nullptr, false);
  if (parsed.is_discarded()) return false;
  auto canonical = CanonicalJson(parsed);
  return canonical.ok() && *canonical == text;
}

bool Parses(const std::string& text) { return !Json::parse(text, nullptr, false).is_discarded(); }

TEST(VerifyCanonicalTest, CanonicalSpellingsAreAccepted_Principle2) {
  const std::vector<std::string> texts = {
      R"({})",
      R"([])",
      R"("")",
      R"(0)",
      R"(-1)",
      R"(18446744073709551615)",
      R"(-9223372036854775808)",
      R"(true)",
      R"(null)",
      R"({"a":1,"b":[true,null,false],"c":{"":"x","d":"e"}})",
      R"({"body":"Café, naïve, 日本, 😀, \"quoted\", back\\slash, tab\t, nl\n, cr\r, \b\f","k":-42})",
      std::string("{\"ctl\":\"\\u0000\\u001f\\u000b\\u0001\",\"del\":\"\x7f\",\"slash\":\"/\"}"),
      R"({"A":1,"B":2,"a":3,"b":4,"é":5})",
      R"({"a":{"a":{"a":{"b":1},"b":[{"x":1,"y":2},{"x":3}]},"b":2},"b":[[],[{}]]})",
      R"({"\"":1,"\\":2,"a":3})",
  };
  for (const std::string& text : texts) {
    EXPECT_TRUE(CanonicalBySpelling(text)) << "the test's own text is not canonical: " << text;
    EXPECT_TRUE(IsCanonicalJsonText(text)) << text;
  }
}

TEST(VerifyCanonicalTest, OtherSpellingsOfTheSameValueAreRefused_Principle2) {
  const std::vector<std::string> texts = {
      R"({ })",
      R"({"a": 1})",
      R"({"b":1,"a":2})",
      R"({"a":1,"a":2})",
      R"([1 ,2])",
      R"(-0)",
      R"(1.0)",
      R"(1e2)",
      R"(1E2)",
      R"(18446744073709551616)",
      R"(-9223372036854775809)",
      R"("\/")",
      R"("\u0041")",
      R"("\u00e9")",
      R"("\u001F")",
      R"("\u0008")",
      R"("\u000a")",
      R"("\ud83d\ude00")",
      " {}",
      "{}\n",
      R"({"a":{"c":1,"b":2}})",
      R"({"\\":1,"\"":2})",
  };
  for (const std::string& text : texts) {
    ASSERT_TRUE(Parses(text)) << "the test's text should parse: " << text;
    EXPECT_FALSE(CanonicalBySpelling(text)) << "the test's own text is canonical: " << text;
    EXPECT_FALSE(IsCanonicalJsonText(text)) << text;
  }
}

// Payload-like values, spelt canonically, then altered a byte at a time: whenever the altered text
// still parses, the quick reading must say what the spelling says.
TEST(VerifyCanonicalTest, AgreesWithTheSpellingOnAlteredPayloads_Principle2) {
  std::mt19937 random(20261204);
  const std::string alphabet = "{}[]\":,\\/ -+.eE0123456789abcdefuntrlsAFZ\t\n\x01\x7f\xc3\xa9";
  const std::vector<Json> values = {
      Json::parse(R"({"child_id":"c1","entry_id":"e1","kind":"visit","occurred_at":"2026-11-24T09:00:00Z",)"
                  R"("practitioner_id":"u1","significant":false,"title":"Home visit","body":"Saw A.\n\"Fine\"",)"
                  R"("shared_with":["c2","c3"],"details":{"seen_alone":true,"people":[{"name":"B","n":-3}]}})"),
      Json::parse(R"({"a":[1,[2,[3,{"b":"\u0001\u001f\\"}]]],"big":18446744073709551615,"neg":-9223372036854775808})"),
      Json::parse(R"({"é":"naïve","z":"日本","":""})"),
  };
  int agreed_parsing = 0;
  for (const Json& value : values) {
    const std::string canonical = *CanonicalJson(value);
    ASSERT_TRUE(IsCanonicalJsonText(canonical)) << canonical;
    for (int round = 0; round < 4000; ++round) {
      std::string text = canonical;
      const int edits = 1 + static_cast<int>(random() % 2);
      for (int e = 0; e < edits; ++e) {
        const size_t at = random() % text.size();
        const char c = alphabet[random() % alphabet.size()];
        switch (random() % 3) {
          case 0:
            text[at] = c;
            break;
          case 1:
            text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), c);
            break;
          default:
            text.erase(at, 1);
        }
        if (text.empty()) text = "0";
      }
      if (!Parses(text)) continue;
      ++agreed_parsing;
      EXPECT_EQ(IsCanonicalJsonText(text), CanonicalBySpelling(text)) << text;
    }
  }
  EXPECT_GT(agreed_parsing, 500) << "too few altered texts parsed to prove anything";
}

}  // namespace
}  // namespace childrecord::testing
