#include "http/error_response.h"

#include <gtest/gtest.h>

#include "core/canonical_json.h"

namespace childrecord {
namespace {

// SPEC §6: every 4xx/5xx body is {"error":{"code","message","field"}}.
TEST(ErrorResponse, HasTheSpecShape) {
  Response r = ApiErrorResponse(Error::Validation("date_of_birth", "Enter a real date"));
  EXPECT_EQ(r.status, 422);
  Json body = Json::parse(r.body);
  EXPECT_EQ(body["error"]["code"], "validation");
  EXPECT_EQ(body["error"]["message"], "Enter a real date");
  EXPECT_EQ(body["error"]["field"], "date_of_birth");
  Json none = Json::parse(ApiErrorResponse(Error::NotFound("x")).body);
  EXPECT_TRUE(none["error"]["field"].is_null());
}

TEST(ErrorResponse, MapsEveryCodeToOneStatus) {
  EXPECT_EQ(HttpStatusFor(ErrorCode::kBadRequest), 400);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kUnauthenticated), 401);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kForbidden), 403);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kReasonRequired), 403);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kNotFound), 404);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kConflict), 409);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kTooLarge), 413);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kValidation), 422);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kInternal), 500);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kUnavailable), 503);
}

TEST(ErrorResponse, InternalDetailStaysOnTheServer) {
  Json body = Json::parse(ApiErrorResponse(Error::Internal("SQL failed: secret table name")).body);
  EXPECT_EQ(std::string(body["error"]["message"]).find("secret"), std::string::npos);
}

}  // namespace
}  // namespace childrecord
