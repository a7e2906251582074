// One count of characters (core/text.h CountCharacters) for password lengths and the search's
// limits: code points, not bytes, and a stray byte is one character of its own.
#include "core/text.h"

#include <gtest/gtest.h>

namespace childrecord {
namespace {

TEST(CountCharacters, CountsCodePointsNotBytes) {
  EXPECT_EQ(CountCharacters(""), 0u);
  EXPECT_EQ(CountCharacters("abc"), 3u);
  EXPECT_EQ(CountCharacters("Zoë"), 3u);                        // 2-byte ë
  EXPECT_EQ(CountCharacters("Łódź"), 4u);                       // Polish letters
  EXPECT_EQ(CountCharacters("日本"), 2u);                        // 3-byte characters
  EXPECT_EQ(CountCharacters("\xF0\x9F\x98\x80!"), 2u);          // an emoji (4 bytes) and '!'
  EXPECT_EQ(CountCharacters("passwordpassword"), 16u);
}

TEST(CountCharacters, AStrayByteIsOneCharacter) {
  EXPECT_EQ(CountCharacters("\x80"), 1u);          // a lone continuation byte
  EXPECT_EQ(CountCharacters("a\xC3"), 2u);         // a sequence cut short at the end
  EXPECT_EQ(CountCharacters("\xE6\x97z"), 3u);     // a 3-byte start with too few continuations
  EXPECT_EQ(CountCharacters("\xFF\xFE"), 2u);      // bytes that start nothing
}

}  // namespace
}  // namespace childrecord
