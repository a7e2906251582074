// The response layer refuses any header that could split a response or set a header from input
// (R44: a person's session must stay theirs; the sign-in page's `next` once carried
// "\r\nSet-Cookie: ..." into a redirect). The server's own use of it: server_test.cc.
#include "http/response_headers.h"

#include <gtest/gtest.h>

namespace childrecord {
namespace {

TEST(ResponseHeaders, ValuesWithLineBreaksOrControlCharactersAreUnsafe) {
  EXPECT_TRUE(IsSafeHeaderValue("/children?q=Zo%C3%AB"));
  EXPECT_TRUE(IsSafeHeaderValue("attachment; filename*=UTF-8''Zo%C3%AB.pdf"));
  EXPECT_TRUE(IsSafeHeaderValue(""));
  EXPECT_FALSE(IsSafeHeaderValue("/\r\nSet-Cookie: childrecord=attacker"));
  EXPECT_FALSE(IsSafeHeaderValue("/\nSet-Cookie: x"));
  EXPECT_FALSE(IsSafeHeaderValue("/\t/evil"));
  EXPECT_FALSE(IsSafeHeaderValue(std::string("a\0b", 3)));
  EXPECT_FALSE(IsSafeHeaderValue("a\x7f"));
  EXPECT_FALSE(IsSafeHeaderValue("\xff"));
}

TEST(ResponseHeaders, NamesAreTokens) {
  EXPECT_TRUE(IsSafeHeaderName("Content-Security-Policy"));
  EXPECT_FALSE(IsSafeHeaderName(""));
  EXPECT_FALSE(IsSafeHeaderName("Set-Cookie: x"));
  EXPECT_FALSE(IsSafeHeaderName("X\r\nY"));
}

TEST(ResponseHeaders, TheFirstUnsafeHeaderIsNamedWithoutItsValue) {
  Response ok = Response::Redirect("/children");
  EXPECT_FALSE(FirstUnsafeHeader(ok).has_value());
  Response bad = Response::Redirect("/\r\nSet-Cookie: childrecord=attacker");
  auto named = FirstUnsafeHeader(bad);
  ASSERT_TRUE(named.has_value());
  EXPECT_EQ(*named, "Location");
}

}  // namespace
}  // namespace childrecord
