#include "http/router.h"

#include <gtest/gtest.h>

namespace childrecord {
namespace {

Request Make(const std::string& method, const std::string& path) {
  Request r;
  r.method = method;
  r.path = path;
  return r;
}

TEST(Router, MatchesParametersAndWildcards) {
  Router router;
  router.Add("GET", "/api/v1/children/{id}/entries", [](Request&) { return Response::Text("entries"); });
  router.Add("GET", "/assets/*", [](Request&) { return Response::Text("asset"); });
  Request r = Make("GET", "/api/v1/children/abc/entries");
  auto match = router.Route(r);
  ASSERT_EQ(match.outcome, Router::Outcome::kMatched);
  EXPECT_EQ(r.PathParam("id"), "abc");
  Request a = Make("GET", "/assets/govuk/fonts/x.woff2");
  ASSERT_EQ(router.Route(a).outcome, Router::Outcome::kMatched);
  EXPECT_EQ(a.PathParam("*"), "govuk/fonts/x.woff2");
}

TEST(Router, DistinguishesUnknownPathsFromWrongMethods) {
  Router router;
  router.Add("GET", "/children", [](Request&) { return Response::Text(""); });
  router.Add("POST", "/children", [](Request&) { return Response::Text(""); });
  Request unknown = Make("GET", "/nowhere");
  EXPECT_EQ(router.Route(unknown).outcome, Router::Outcome::kNoPath);
  Request wrong = Make("DELETE", "/children");
  auto match = router.Route(wrong);
  EXPECT_EQ(match.outcome, Router::Outcome::kWrongMethod);
  EXPECT_EQ(match.allowed, "GET, POST");
}

TEST(Router, ALiteralSegmentWinsOverAParameterWhicheverWasAddedFirst) {
  // R1's "/children/new" is a page of its own, not the record of a child whose id is "new".
  Router router;
  router.Add("GET", "/children/{id}", [](Request&) { return Response::Text("record"); });
  router.Add("GET", "/children/new", [](Request&) { return Response::Text("new"); });
  router.Add("GET", "/children/{id}/{tab}", [](Request&) { return Response::Text("tab"); });
  router.Add("GET", "/children/{id}/entries", [](Request&) { return Response::Text("entries"); });
  Request fresh = Make("GET", "/children/new");
  auto match = router.Route(fresh);
  ASSERT_EQ(match.outcome, Router::Outcome::kMatched);
  EXPECT_EQ((*match.handler)(fresh).body, "new");
  EXPECT_TRUE(fresh.path_params.empty());
  Request record = Make("GET", "/children/abc");
  match = router.Route(record);
  EXPECT_EQ((*match.handler)(record).body, "record");
  EXPECT_EQ(record.PathParam("id"), "abc");
  Request entries = Make("GET", "/children/abc/entries");
  match = router.Route(entries);
  EXPECT_EQ((*match.handler)(entries).body, "entries");
  EXPECT_EQ(entries.PathParam("id"), "abc");
  // Equally particular: the first added.
  Request tab = Make("GET", "/children/abc/people");
  match = router.Route(tab);
  EXPECT_EQ((*match.handler)(tab).body, "tab");
  EXPECT_EQ(tab.PathParam("tab"), "people");
}

TEST(Router, EmptySegmentsDoNotMatchParameters) {
  Router router;
  router.Add("GET", "/children/{id}", [](Request&) { return Response::Text(""); });
  Request r = Make("GET", "/children//");
  EXPECT_NE(router.Route(r).outcome, Router::Outcome::kMatched);
}

}  // namespace
}  // namespace childrecord
