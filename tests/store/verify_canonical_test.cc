// verify parses a canonical payload in one reading that also proves it canonical
// (store/verify_canonical.h) instead of parsing it and spelling the parse again. SPEC §2
// principle 2 ("Provably unaltered") and docs/journal-format.md ("verify refuses a payload whose
// text is not the canonical spelling of its own parse") depend on the two agreeing on every text,
// and projections on the value being the one Json::parse gives: these tests hold ParseCanonicalJson
// to Json::parse and CanonicalJson on hand-picked texts and on many altered ones.
#include "store/verify_canonical.h"

#include <gtest/gtest.h>

#include <random>

#include "core/canonical_json.h"

namespace childrecord::testing {
namespace {

// Whether the quick parse accepts `text`, and if so gives exactly Json::parse's value, each number
// of the same type (signed or unsigned).
bool SameAsParse(const Json& a, const Json& b) {
  if (a.type() != b.type()) return false;
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j) {
      if (i.key() != j.key() || !SameAsParse(*i, *j)) return false;
    }
    return true;
  }
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
      if (!SameAsParse(a[i], b[i])) return false;
    }
    return true;
  }
  return a == b;
}

bool IsCanonicalJsonText(const std::string& text) {
  auto quick = verify::ParseCanonicalJson(text);
  if (!quick) return false;
  Json parsed = Json::parse(text, nullptr, false);
  EXPECT_FALSE(parsed.is_discarded()) << "the quick parse accepted what Json::parse refuses: " << text;
  EXPECT_TRUE(SameAsParse(*quick, parsed)) << "the quick parse gave another value for " << text;
  return true;
}

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

TEST(VerifyCanonicalTest, TextsThatAreNotJsonAreRefused_Principle2) {
  for (const std::string& text : {std::string("\"\xff\""), std::string("\"\xed\xa0\x80\""), std::string("\"\xc0\xaf\""),
                                  std::string("\"\xf4\x90\x80\x80\""), std::string("\"\x01\""),
                                  std::string("\"\xe6\x97\""), std::string("\"\xe6\x97"), std::string("{\"a\":}"),
                                  std::string("[1,]"), std::string("tru"), std::string("\"\\"), std::string("")}) {
    EXPECT_FALSE(Parses(text)) << "the test's text should not parse: " << text;
    EXPECT_FALSE(verify::ParseCanonicalJson(text)) << text;
  }
  for (const std::string& text : {std::string("\"\xf4\x8f\xbf\xbf\""), std::string("\"\xef\xbf\xbf\""),
                                  std::string("\"\xe0\xa0\x80\""), std::string("\"\xc2\x80\"")}) {
    EXPECT_TRUE(CanonicalBySpelling(text)) << text;
    EXPECT_TRUE(IsCanonicalJsonText(text)) << text;
  }
}

// Payload-like values, spelt canonically, then altered a byte at a time: the quick parse must accept
// exactly what the spelling accepts, with the same value.
TEST(VerifyCanonicalTest, AgreesWithTheSpellingOnAlteredPayloads_Principle2) {
  std::mt19937 random(20261204);
  const std::string alphabet = "{}[]\":,\\/ -+.eE0123456789abcdefuntrlsAFZ\t\n\x01\x7f\xc3\xa9\xff\xed\x80\xf0";
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
      EXPECT_EQ(IsCanonicalJsonText(text), CanonicalBySpelling(text)) << text;
      if (Parses(text)) ++agreed_parsing;
    }
  }
  EXPECT_GT(agreed_parsing, 500) << "too few altered texts parsed to prove anything";
}

}  // namespace
}  // namespace childrecord::testing
