#include "http/url.h"

#include <gtest/gtest.h>

#include "http/cookies.h"

namespace childrecord {
namespace {

TEST(Url, SplitsAndDecodesTargets) {
  std::string path;
  std::multimap<std::string, std::string> query;
  ASSERT_TRUE(SplitTarget("/children?q=Zo%C3%AB+Smith&cursor=ab", path, query));
  EXPECT_EQ(path, "/children");
  EXPECT_EQ(query.find("q")->second, "Zoë Smith");
  EXPECT_EQ(query.find("cursor")->second, "ab");
}

TEST(Url, RejectsMalformedTargets) {
  std::string path;
  std::multimap<std::string, std::string> query;
  EXPECT_FALSE(SplitTarget("children", path, query));
  EXPECT_FALSE(SplitTarget("/a%zz", path, query));
  EXPECT_FALSE(SplitTarget("/a%4", path, query));
  EXPECT_FALSE(SplitTarget("/a%00b", path, query));
  EXPECT_FALSE(SplitTarget("/assets/../secret", path, query));
  EXPECT_FALSE(SplitTarget("/assets/%2e%2e/secret", path, query));
}

TEST(Url, PercentEncodeRoundTrips) {
  std::string decoded;
  ASSERT_TRUE(PercentDecode(PercentEncode("/children?q=a&b"), decoded, false));
  EXPECT_EQ(decoded, "/children?q=a&b");
  EXPECT_EQ(PercentEncode("a b/é"), "a%20b%2F%C3%A9");
}

TEST(Cookies, FindsTheNamedCookie) {
  Request r;
  r.headers["cookie"] = "other=1; childrecord=abc123; x=y";
  EXPECT_EQ(CookieValue(r, "childrecord"), "abc123");
  EXPECT_EQ(CookieValue(r, "missing"), "");
}

TEST(Cookies, SessionCookieIsHttpOnlyAndStrict) {
  std::string cookie = SessionCookie("__Host-childrecord", "t", true);
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_NE(cookie.find("Secure"), std::string::npos);
  EXPECT_NE(cookie.find("Path=/"), std::string::npos);
  EXPECT_EQ(SessionCookie("childrecord", "t", false).find("Secure"), std::string::npos);
}

}  // namespace
}  // namespace childrecord
