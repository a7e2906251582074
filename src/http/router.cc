#include "http/router.h"

#include <algorithm>

namespace childrecord {
namespace {

std::vector<std::string> Split(const std::string& path) {
  std::vector<std::string> segments;
  size_t start = 1;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    segments.push_back(path.substr(start, end - start));
    start = end + 1;
  }
  if (!segments.empty() && segments.back().empty()) segments.pop_back();  // trailing slash
  return segments;
}

}  // namespace

void Router::Add(const std::string& method, const std::string& pattern, Handler handler) {
  Route_ route{method, Split(pattern), std::move(handler)};
  route.literals = static_cast<size_t>(std::count_if(route.segments.begin(), route.segments.end(),
                                                     [](const std::string& s) { return !s.starts_with("{"); }));
  route.exact = route.literals == route.segments.size() &&
                std::find(route.segments.begin(), route.segments.end(), "*") == route.segments.end();
  routes_.push_back(std::move(route));
}

bool Router::Matches(const Route_& route, const std::vector<std::string>& segments,
                     std::map<std::string, std::string>& params) {
  params.clear();
  for (size_t i = 0; i < route.segments.size(); ++i) {
    const std::string& want = route.segments[i];
    if (want == "*" && i + 1 == route.segments.size()) {
      std::string rest;
      for (size_t k = i; k < segments.size(); ++k) rest += (k == i ? "" : "/") + segments[k];
      params["*"] = rest;
      return i < segments.size();
    }
    if (i >= segments.size()) return false;
    if (want.size() > 2 && want.front() == '{' && want.back() == '}') {
      if (segments[i].empty()) return false;
      params[want.substr(1, want.size() - 2)] = segments[i];
    } else if (want != segments[i]) {
      return false;
    }
  }
  return segments.size() == route.segments.size();
}

std::vector<std::pair<std::string, std::string>> Router::Patterns() const {
  std::vector<std::pair<std::string, std::string>> patterns;
  for (const Route_& route : routes_) {
    std::string pattern;
    for (const std::string& segment : route.segments) pattern += "/" + segment;
    patterns.emplace_back(route.method, pattern.empty() ? "/" : pattern);
  }
  return patterns;
}

Router::Match Router::Route(Request& request) const {
  const std::vector<std::string> segments = Split(request.path);
  std::map<std::string, std::string> params;
  std::string allowed;
  // A literal segment is more particular than a {name}: "/children/new" is not the child "new",
  // whichever was added first. Among routes equally particular, the first added wins.
  const Route_* best = nullptr;
  size_t best_literals = 0;
  std::map<std::string, std::string> best_params;
  for (const Route_& route : routes_) {
    if (!Matches(route, segments, params)) continue;
    const bool method_ok = route.method == request.method || (route.method == "GET" && request.method == "HEAD");
    if (method_ok) {
      if (best == nullptr || route.literals > best_literals) {
        best = &route;
        best_literals = route.literals;
        best_params = params;
      }
      if (route.exact) break;  // matched literally: nothing later is more particular
      continue;
    }
    if (allowed.find(route.method) == std::string::npos) allowed += (allowed.empty() ? "" : ", ") + route.method;
  }
  if (best != nullptr) {
    request.path_params = std::move(best_params);
    return {Outcome::kMatched, &best->handler, {}};
  }
  return {allowed.empty() ? Outcome::kNoPath : Outcome::kWrongMethod, nullptr, allowed};
}

}  // namespace childrecord
