#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "http/request.h"

namespace childrecord {

using Handler = std::function<Response(Request&)>;

// Matches method + path against patterns such as "/api/v1/children/{id}/entries" (a `{name}`
// segment matches one non-empty segment, stored in Request::path_params; a trailing "/*"
// matches the rest, stored as "*"). Of the routes that match, the one with the most literal
// segments wins ("/children/new" over "/children/{id}"), then the first added.
// Add() is not thread safe; Route() is, once all routes are added.
class Router {
 public:
  void Add(const std::string& method, const std::string& pattern, Handler handler);

  // What matched: the handler, or why none did.
  enum class Outcome { kMatched, kNoPath, kWrongMethod };
  struct Match {
    Outcome outcome;
    const Handler* handler = nullptr;
    std::string allowed;  // for kWrongMethod: e.g. "GET, POST"
  };
  Match Route(Request& request) const;

  // Every route added, as (method, pattern), in the order added (the access matrix test walks them).
  std::vector<std::pair<std::string, std::string>> Patterns() const;

 private:
  struct Route_ {
    std::string method;
    std::vector<std::string> segments;
    Handler handler;
    size_t literals = 0;  // segments that are not a {name}: how particular the route is
    bool exact = false;   // every segment literal (no {name}, no "*"): no other route can beat it
  };
  static bool Matches(const Route_& route, const std::vector<std::string>& segments,
                      std::map<std::string, std::string>& params);
  std::vector<Route_> routes_;
};

}  // namespace childrecord
