#include "http/response_headers.h"

#include "core/text.h"

namespace childrecord {

bool IsSafeHeaderName(std::string_view name) {
  if (name.empty()) return false;
  for (unsigned char c : name) {
    const bool alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (!alnum && std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) == std::string_view::npos) {
      return false;
    }
  }
  return true;
}

bool IsSafeHeaderValue(std::string_view value) {
  return IsValidUtf8(value) && FindControlCharacter(value) == std::string_view::npos;
}

std::optional<std::string> FirstUnsafeHeader(const Response& response) {
  for (const auto& [name, value] : response.headers) {
    if (!IsSafeHeaderName(name)) return std::string("(a header with an invalid name)");
    if (!IsSafeHeaderValue(value)) return name;
  }
  return std::nullopt;
}

}  // namespace childrecord
