#include "http/request.h"

namespace childrecord {

std::string Request::Query(const std::string& name) const {
  auto it = query.find(name);
  return it == query.end() ? std::string() : it->second;
}

std::string Request::Header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

std::string Request::PathParam(const std::string& name) const {
  auto it = path_params.find(name);
  return it == path_params.end() ? std::string() : it->second;
}

AccessContext AccessContextOf(const Request& request) {
  AccessContext access{request.remote_address, request.Header("x-access-reason"), request.page_reads};
  // HTTP trims a header's surrounding white space, so a reason of only spaces arrives empty: a
  // header that is there but empty is such a reason, refused as blank (not taken as no reason).
  if (access.reason.empty() && request.headers.count("x-access-reason")) access.reason.assign(1, ' ');
  return access;
}

Response Response::Html(std::string body, int status) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  r.Set("Content-Type", "text/html; charset=utf-8");
  return r;
}

Response Response::Json(const std::string& body, int status) {
  Response r;
  r.status = status;
  r.body = body;
  r.Set("Content-Type", "application/json");
  return r;
}

Response Response::Text(std::string body, int status) {
  Response r;
  r.status = status;
  r.body = std::move(body);
  r.Set("Content-Type", "text/plain; charset=utf-8");
  return r;
}

Response Response::Csv(std::string body, const std::string& filename) {
  Response r;
  r.body = std::move(body);
  r.Set("Content-Type", "text/csv; charset=utf-8");
  r.Set("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  return r;
}

Response Response::Redirect(const std::string& location) {
  Response r;
  r.status = 303;
  r.Set("Location", location);
  return r;
}

}  // namespace childrecord
