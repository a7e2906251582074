#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "auth/principal.h"

namespace childrecord {

// An HTTP request as handlers see it: parsed, size-limited, transport-independent.
// Header names are lower-case. Query and path parameters are percent-decoded.
struct Request {
  std::string method;  // "GET", "POST", ...
  std::string target;  // as received, e.g. "/children?q=amy"
  std::string path;    // decoded path without the query, e.g. "/children"
  std::multimap<std::string, std::string> query;
  std::map<std::string, std::string> headers;
  std::string body;
  // The fields of an application/x-www-form-urlencoded body, decoded and checked as text by
  // CheckRequestText (http/request_text.h) before any handler runs; empty for other bodies.
  std::multimap<std::string, std::string> form;
  std::string remote_address;
  std::map<std::string, std::string> path_params;  // filled by the router, e.g. {"id": "..."}
  std::optional<Principal> principal;              // filled by authentication
  // A page view's allowed reads, logged as one row per record when it is answered (set by the
  // application for GET pages; null for the API and for forms posted, whose reads log at once).
  std::shared_ptr<PageReads> page_reads;

  // First value of a query parameter, or "".
  std::string Query(const std::string& name) const;
  // A header value, or "" (name must be lower-case).
  std::string Header(const std::string& name) const;
  std::string PathParam(const std::string& name) const;
};

// The access log's context of a request (SPEC §2 principle 5): its remote address and its
// X-Access-Reason header. A header that is there but empty (HTTP trims white space) is a reason
// of only white space, " ", which the services refuse as blank rather than take as no reason.
AccessContext AccessContextOf(const Request& request);

// An HTTP response as handlers build it.
struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  Response& Set(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
  }
  static Response Html(std::string body, int status = 200);
  static Response Json(const std::string& body, int status = 200);
  static Response Text(std::string body, int status = 200);
  static Response Redirect(const std::string& location);  // 303 See Other
  // A CSV download named `filename`.
  static Response Csv(std::string body, const std::string& filename);
};

}  // namespace childrecord
