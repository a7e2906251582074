#include "core/canonical_json.h"

#include <gtest/gtest.h>

namespace childrecord {
namespace {

TEST(CanonicalJson, SortsKeysByBytesAndDropsWhitespace) {
  Json value = Json::parse(R"({ "b": 1, "a": {"z": "x", "Z": [1, 2]}, "é": true })");
  EXPECT_EQ(CanonicalJson(value).value(), R"({"a":{"Z":[1,2],"z":"x"},"b":1,"é":true})");
}

TEST(CanonicalJson, SameValueSameTextWhateverTheInputSpelling) {
  auto a = CanonicalJson(Json::parse(R"({"x":"caf\u00e9","y":[]})")).value();
  auto b = CanonicalJson(Json::parse("{\"y\" : [ ], \"x\" : \"café\"}")).value();
  EXPECT_EQ(a, b);
}

TEST(CanonicalJson, EscapesControlCharacters) {
  EXPECT_EQ(CanonicalJson(Json("line\nnext\x01")).value(), R"("line\nnext\u0001")");
}

TEST(CanonicalJson, RefusesFloatingPoint) {
  auto result = CanonicalJson(Json{{"weight", 3.5}});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kValidation);
}

TEST(CanonicalJson, RefusesInvalidUtf8) {
  auto result = CanonicalJson(Json(std::string("\xff\xfe")));
  ASSERT_FALSE(result.ok());
}

TEST(ParseJson, NamesMalformedInput) {
  auto result = ParseJson("{\"a\":");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kBadRequest);
}

}  // namespace
}  // namespace childrecord
