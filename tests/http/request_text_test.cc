// The edge of the application (http/request_text.h): every piece of text in a request is valid
// UTF-8 without control characters and within its limit before any handler sees it, and a refusal
// names the parameter, header or form field (R44; SPEC §4 "bad input gets a clear error").
#include "http/request_text.h"

#include <gtest/gtest.h>

#include "core/text.h"

namespace childrecord {
namespace {

Request Get(std::multimap<std::string, std::string> query) {
  Request r;
  r.method = "GET";
  r.path = "/api/v1/audit";
  r.query = std::move(query);
  return r;
}

Request PostForm(std::string body) {
  Request r;
  r.method = "POST";
  r.path = "/login";
  r.headers["content-type"] = "application/x-www-form-urlencoded";
  r.body = std::move(body);
  return r;
}

TEST(RequestText, InvalidUtf8InAQueryParameterIsABadRequestNamingIt) {
  Request r = Get({{"user", "\xff\xfe"}});
  Status s = CheckRequestText(r);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kBadRequest);
  EXPECT_EQ(s.error().field, "user");
  EXPECT_NE(s.error().message.find("not valid UTF-8"), std::string::npos) << s.error().message;
}

TEST(RequestText, ControlCharactersInAQueryParameterAreRefused) {
  for (std::string bad : {"a\r\nb", "\t/evil", "a\x01", "a\x7f", "a\xc2\x85"}) {
    Request r = Get({{"next", bad}});
    Status s = CheckRequestText(r);
    ASSERT_FALSE(s.ok()) << bad;
    EXPECT_EQ(s.error().field, "next");
    EXPECT_NE(s.error().message.find("control character"), std::string::npos);
  }
}

TEST(RequestText, OverLongValuesAreTooLarge) {
  Request r = Get({{"q", std::string(kMaxQueryValueBytes + 1, 'a')}});
  Status s = CheckRequestText(r);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kTooLarge);
  EXPECT_EQ(s.error().field, "q");
  Request h = Get({});
  h.headers["x-access-reason"] = std::string(kMaxHeaderValueBytes + 1, 'r');
  EXPECT_EQ(CheckRequestText(h).error().code, ErrorCode::kTooLarge);
}

TEST(RequestText, GoodTextPasses) {
  Request r = Get({{"q", "Zoë Ó Súilleabháin"}, {"cursor", ""}});
  r.headers["x-access-reason"] = "Covering the duty desk\ttonight";
  EXPECT_TRUE(CheckRequestText(r).ok());
}

TEST(RequestText, HeadersAreTextWithoutControlCharacters) {
  Request r = Get({});
  r.headers["x-access-reason"] = "\xc3\x28";
  Status s = CheckRequestText(r);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().field, "x-access-reason");
  Request c = Get({});
  c.headers["cookie"] = "childrecord=a\x1b";
  EXPECT_EQ(CheckRequestText(c).error().field, "cookie");
}

TEST(RequestText, FormFieldsAreDecodedOnceAndMayHoldLineBreaks) {
  Request r = PostForm("title=Home+visit&body=Line+one%0D%0ALine%09two&next=%2Fchildren");
  ASSERT_TRUE(CheckRequestText(r).ok());
  EXPECT_EQ(r.form.find("body")->second, "Line one\r\nLine\ttwo");
  EXPECT_EQ(r.form.find("next")->second, "/children");
}

TEST(RequestText, FormFieldsWithInvalidTextAreRefusedNamingTheField) {
  Request bad_utf8 = PostForm("username=a%FFb&password=x");
  Status s = CheckRequestText(bad_utf8);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().field, "username");
  Request control = PostForm("reason=a%00b");  // an encoded NUL is not even decodable
  EXPECT_EQ(CheckRequestText(control).error().code, ErrorCode::kBadRequest);
  Request escape = PostForm("reason=a%1Bb");
  EXPECT_EQ(CheckRequestText(escape).error().field, "reason");
  Request bad_name = PostForm("%FF=1");
  Status n = CheckRequestText(bad_name);
  ASSERT_FALSE(n.ok());
  EXPECT_TRUE(IsValidUtf8(n.error().message));
  EXPECT_EQ(n.error().field, "");
}

TEST(RequestText, OtherBodiesAreNotReadAsForms) {
  Request r = PostForm("{\"text\":\"hello\"}");
  r.headers["content-type"] = "application/json";
  EXPECT_TRUE(CheckRequestText(r).ok());
  EXPECT_TRUE(r.form.empty());
}

TEST(RequestText, ThePathIsText) {
  Request r = Get({});
  r.path = "/children/\xff";
  EXPECT_EQ(CheckRequestText(r).error().code, ErrorCode::kBadRequest);
  r.path = "/children/\r\nx";
  EXPECT_EQ(CheckRequestText(r).error().code, ErrorCode::kBadRequest);
}

TEST(ControlCharacters, FoundUnlessAllowed) {
  EXPECT_EQ(FindControlCharacter("plain text"), std::string::npos);
  EXPECT_EQ(FindControlCharacter("a\tb"), 1u);
  EXPECT_EQ(FindControlCharacter("a\tb", "\t"), std::string::npos);
  EXPECT_EQ(FindControlCharacter("ab\x7f"), 2u);
  EXPECT_EQ(FindControlCharacter("é\xc2\x9f"), 2u);  // C1 control U+009F
  EXPECT_EQ(FindControlCharacter("é ü"), std::string::npos);
}

}  // namespace
}  // namespace childrecord
