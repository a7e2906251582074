#include "http/request_text.h"

#include <string>

#include "core/text.h"
#include "http/url.h"

namespace childrecord {
namespace {

constexpr std::string_view kFormWhiteSpace = "\t\r\n";

// A name that can safely be repeated back in a message and a JSON `field`.
bool Printable(std::string_view name) {
  return IsValidUtf8(name) && FindControlCharacter(name) == std::string_view::npos && name.size() <= 200;
}

std::string Quoted(std::string_view name) { return "\u201c" + std::string(name) + "\u201d"; }

Status CheckNamed(std::string_view kind, std::string_view name, std::string_view value, std::string_view allowed,
                  size_t max_bytes) {
  if (!Printable(name)) {
    return Error::BadRequest("The name of " + std::string(kind == "header" ? "a header" : "a " + std::string(kind)) +
                             " is not valid text");
  }
  const std::string what = "The " + std::string(kind) + " " + Quoted(name);
  return CheckText(value, allowed, max_bytes, what, name);
}

}  // namespace

Status CheckText(std::string_view value, std::string_view allowed, size_t max_bytes, std::string_view what,
                 std::string_view field) {
  if (value.size() > max_bytes) {
    Error error = Error::TooLarge(std::string(what) + " is too long (at most " + std::to_string(max_bytes) + " bytes)");
    error.field = std::string(field);
    return error;
  }
  if (!IsValidUtf8(value)) {
    return Error::BadRequest(std::string(what) + " is not valid UTF-8 text", std::string(field));
  }
  if (FindControlCharacter(value, allowed) != std::string_view::npos) {
    return Error::BadRequest(std::string(what) + " contains a control character", std::string(field));
  }
  return Status::Ok();
}

Status CheckRequestText(Request& request) {
  if (!IsValidUtf8(request.path) || FindControlCharacter(request.path) != std::string_view::npos) {
    return Error::BadRequest("The request path is not valid text");
  }
  for (const auto& [name, value] : request.query) {
    CR_RETURN_IF_ERROR(CheckNamed("query parameter", name, value, {}, kMaxQueryValueBytes));
  }
  for (const auto& [name, value] : request.headers) {
    // HTTP allows a tab inside a header value; nothing else below U+0020.
    CR_RETURN_IF_ERROR(CheckNamed("header", name, value, "\t", kMaxHeaderValueBytes));
  }
  const std::string type = request.Header("content-type");
  if (type.starts_with("application/x-www-form-urlencoded")) {
    request.form.clear();
    if (!ParseFormEncoded(request.body, request.form)) {
      request.form.clear();
      return Error::BadRequest("The form could not be read: it has a malformed %-escape or an encoded NUL");
    }
    for (const auto& [name, value] : request.form) {
      CR_RETURN_IF_ERROR(CheckNamed("form field", name, value, kFormWhiteSpace, kMaxFormFieldBytes));
    }
  }
  return Status::Ok();
}

}  // namespace childrecord
