// multipart/form-data parsing (RFC 7578), for documents on the child's record (R8-R14, R22).
#include "http/multipart.h"

#include <gtest/gtest.h>

namespace childrecord {
namespace {

constexpr char kType[] = "multipart/form-data; boundary=----b0undary";

std::string Body(const std::string& inner) { return inner; }

TEST(MultipartBoundary, ReadsQuotedAndPlainBoundaries) {
  EXPECT_EQ(*MultipartBoundary("multipart/form-data; boundary=abc"), "abc");
  EXPECT_EQ(*MultipartBoundary("Multipart/Form-Data; charset=utf-8; boundary=\"a b:c\""), "a b:c");
  for (const char* bad : {"application/json", "multipart/form-data",
                          "multipart/form-data; boundary=", "multipart/mixed; boundary=x", ""}) {
    auto b = MultipartBoundary(bad);
    ASSERT_FALSE(b.ok()) << bad;
    EXPECT_EQ(b.error().code, ErrorCode::kBadRequest) << bad;
  }
  EXPECT_FALSE(MultipartBoundary("multipart/form-data; boundary=" + std::string(71, 'x')).ok());
}

TEST(ParseMultipart, FieldsAndAFileAsABrowserSendsThem_R8) {
  const std::string pdf("%PDF-1.4\r\n--not-the-boundary\r\n\x00\xff binary", 39);
  const std::string body =
      "preamble to ignore\r\n"
      "------b0undary\r\n"
      "Content-Disposition: form-data; name=\"csrf_token\"\r\n\r\n"
      "tok\r\n"
      "------b0undary\r\n"
      "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
      "Care order\r\nline two\r\n"
      "------b0undary\r\n"
      "content-disposition: form-data; name=\"file\"; filename=\"C:\\\\fakepath\\\\order \\\"final\\\".pdf\"\r\n"
      "Content-Type: application/PDF\r\n\r\n" +
      pdf + "\r\n------b0undary--\r\nepilogue";
  auto parts = ParseMultipart(kType, body);
  ASSERT_TRUE(parts.ok()) << parts.error().message;
  ASSERT_EQ(parts->size(), 3u);
  EXPECT_EQ((*parts)[0].name, "csrf_token");
  EXPECT_EQ((*parts)[0].data, "tok");
  EXPECT_FALSE((*parts)[0].filename.has_value());
  EXPECT_EQ((*parts)[1].data, "Care order\r\nline two");
  EXPECT_EQ((*parts)[2].name, "file");
  EXPECT_EQ(*(*parts)[2].filename, "order \"final\".pdf");
  EXPECT_EQ((*parts)[2].content_type, "application/pdf");
  EXPECT_EQ((*parts)[2].data, pdf);
  auto fields = MultipartFields(*parts);
  EXPECT_EQ(fields.size(), 2u);
  EXPECT_EQ(fields.find("title")->second, "Care order\r\nline two");
  ASSERT_NE(MultipartFile(*parts, "file"), nullptr);
  EXPECT_EQ(MultipartFile(*parts, "title"), nullptr);
}

TEST(ParseMultipart, AnEmptyFileInputIsAFileWithNoNameAndNoBytes) {
  const std::string body =
      "------b0undary\r\n"
      "Content-Disposition: form-data; name=\"file\"; filename=\"\"\r\n"
      "Content-Type: application/octet-stream\r\n\r\n"
      "\r\n------b0undary--\r\n";
  auto parts = ParseMultipart(kType, body);
  ASSERT_TRUE(parts.ok()) << parts.error().message;
  const MultipartPart* file = MultipartFile(*parts, "file");
  ASSERT_NE(file, nullptr);
  EXPECT_EQ(*file->filename, "");
  EXPECT_EQ(file->data, "");
}

// Malformed bodies: each is a clear bad_request, never a crash or a partial result.
TEST(ParseMultipart, MalformedBodiesAreRefusedWithAReason) {
  struct Case {
    const char* label;
    std::string body;
    const char* message_part;
  };
  const std::vector<Case> cases = {
      {"no boundary at all", "just some text", "no part"},
      {"no closing delimiter", "------b0undary\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue",
       "closing boundary"},
      {"cut off after a delimiter", "------b0undary", "closing boundary"},
      {"headers never end", "------b0undary\r\nContent-Disposition: form-data; name=\"a\"\r\nvalue",
       "end to its headers"},
      {"no content-disposition", "------b0undary\r\nContent-Type: text/plain\r\n\r\nx\r\n------b0undary--",
       "Content-Disposition"},
      {"disposition without a name",
       "------b0undary\r\nContent-Disposition: form-data; filename=\"a\"\r\n\r\nx\r\n------b0undary--",
       "Content-Disposition"},
      {"not form-data", "------b0undary\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n------b0undary--",
       "Content-Disposition"},
      {"a header line without a colon",
       "------b0undary\r\nContent-Disposition: form-data; name=\"a\"\r\nnonsense\r\n\r\nx\r\n------b0undary--",
       "Name: value"},
      {"garbage after a delimiter", "------b0undaryXYZ\r\n", "line break"},
  };
  for (const Case& c : cases) {
    auto parts = ParseMultipart(kType, c.body);
    ASSERT_FALSE(parts.ok()) << c.label;
    EXPECT_EQ(parts.error().code, ErrorCode::kBadRequest) << c.label;
    EXPECT_NE(parts.error().message.find(c.message_part), std::string::npos)
        << c.label << ": " << parts.error().message;
  }
}

TEST(ParseMultipart, TooManyPartsAreRefused) {
  std::string body;
  for (int i = 0; i < 5; ++i) body += "------b0undary\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n";
  body += "------b0undary--\r\n";
  EXPECT_TRUE(ParseMultipart(kType, body, 5).ok());
  auto parts = ParseMultipart(kType, body, 4);
  ASSERT_FALSE(parts.ok());
  EXPECT_NE(parts.error().message.find("more than 4 parts"), std::string::npos);
}

TEST(ParseMultipart, AWrongContentTypeIsRefused) {
  auto parts = ParseMultipart("application/json", Body("{}"));
  ASSERT_FALSE(parts.ok());
  EXPECT_NE(parts.error().message.find("multipart/form-data"), std::string::npos);
}

}  // namespace
}  // namespace childrecord
