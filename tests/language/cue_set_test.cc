// The cue lists the checker asks at every word (R33 balance, R35 explanations): a cue is found
// where all its words follow one another before the limit, whichever cue shares its first word.

#include "language/cue_set.h"

#include <gtest/gtest.h>

namespace childrecord {
namespace {

CueSet Cues(std::vector<std::vector<std::string>> cues) {
  CueSet set;
  for (auto& cue : cues) set.Add(std::move(cue));
  return set;
}

TEST(CueSet, FindsACueOfOneOrManyWordsAtTheWordItStartsAt) {
  const CueSet cues = Cues({{"told", "me"}, {"told", "us", "that"}, {"said"}, {}});
  EXPECT_EQ(cues.size(), 3u);  // the empty cue is not kept
  TokenizedText t = TokenizeText("Amy told us, that she said no.");
  const size_t n = t.tokens.size();
  EXPECT_FALSE(cues.StartsAt(t, 0, n));
  EXPECT_TRUE(cues.StartsAt(t, 1, n));  // the second cue of "told": punctuation between words is no matter
  EXPECT_TRUE(cues.StartsAt(t, 5, n));
  EXPECT_FALSE(cues.StartsAt(t, 6, n));
}

TEST(CueSet, ACueMustEndBeforeTheLimitAndTheText) {
  const CueSet cues = Cues({{"this", "means"}});
  TokenizedText t = TokenizeText("A care order. This means the council shares it. This");
  EXPECT_TRUE(cues.StartsAt(t, 3, 5));
  EXPECT_FALSE(cues.StartsAt(t, 3, 4));                // "means" lies past the limit
  EXPECT_FALSE(cues.StartsAt(t, 9, t.tokens.size()));  // the text ends after "this"
  EXPECT_FALSE(cues.StartsAt(t, 9, t.tokens.size() + 5));
  EXPECT_FALSE(cues.StartsAt(t, 40, 50));  // past the text altogether
}

}  // namespace
}  // namespace childrecord
