#include "http/multipart.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"
#include "http/request_text.h"

namespace childrecord {
namespace {

constexpr size_t kMaxHeaderBlock = 8192;

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string_view TrimView(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// "form-data; name=\"a\"; filename=\"b.pdf\"" -> ("form-data", {name: a, filename: b.pdf}).
// Parameter names are lower-cased; quoted values lose their quotes and backslash escapes.
std::pair<std::string, std::map<std::string, std::string>> ParseHeaderValue(std::string_view value) {
  std::map<std::string, std::string> params;
  size_t at = value.find(';');
  std::string main = Lower(TrimView(value.substr(0, at)));
  while (at != std::string_view::npos && at < value.size()) {
    ++at;  // past ';'
    while (at < value.size() && (value[at] == ' ' || value[at] == '\t')) ++at;
    const size_t eq = value.find('=', at);
    if (eq == std::string_view::npos) break;
    std::string name = Lower(TrimView(value.substr(at, eq - at)));
    at = eq + 1;
    std::string param;
    if (at < value.size() && value[at] == '"') {
      ++at;
      while (at < value.size() && value[at] != '"') {
        if (value[at] == '\\' && at + 1 < value.size()) ++at;
        param.push_back(value[at++]);
      }
      if (at < value.size()) ++at;  // closing quote
      at = value.find(';', at);
    } else {
      const size_t end = value.find(';', at);
      param =
          std::string(TrimView(value.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at)));
      at = end;
    }
    params[name] = std::move(param);
  }
  return {main, params};
}

std::string LastPathSegment(const std::string& filename) {
  const size_t slash = filename.find_last_of("/\\");
  return slash == std::string::npos ? filename : filename.substr(slash + 1);
}

}  // namespace

Result<std::string> MultipartBoundary(std::string_view content_type) {
  auto [type, params] = ParseHeaderValue(content_type);
  if (type != "multipart/form-data") {
    return Error::BadRequest(
        "Send the document as multipart/form-data (a form with a file field called 'file'), "
        "not " +
        (type.empty() ? std::string("a body without a Content-Type") : type));
  }
  auto it = params.find("boundary");
  if (it == params.end() || it->second.empty()) {
    return Error::BadRequest("The multipart/form-data Content-Type has no boundary");
  }
  // RFC 2046: 1 to 70 characters, not ending in a space.
  if (it->second.size() > 70 || it->second.back() == ' ') {
    return Error::BadRequest("The multipart boundary must be 1 to 70 characters and not end with a space");
  }
  return it->second;
}

Result<std::vector<MultipartPart>> ParseMultipart(std::string_view content_type, std::string_view body,
                                                  size_t max_parts) {
  CR_ASSIGN_OR_RETURN(std::string boundary, MultipartBoundary(content_type));
  const std::string delimiter = "--" + boundary;
  const std::string next_delimiter = "\r\n" + delimiter;
  // The first delimiter starts the body or follows the preamble's last line break.
  size_t at;
  if (body.substr(0, delimiter.size()) == delimiter) {
    at = delimiter.size();
  } else {
    at = body.find(next_delimiter);
    if (at == std::string_view::npos) return Error::BadRequest("The multipart body has no part with its boundary");
    at += next_delimiter.size();
  }
  std::vector<MultipartPart> parts;
  while (true) {
    // After a delimiter: "--" closes the body; otherwise optional padding then CRLF.
    if (body.substr(at, 2) == "--") return parts;
    while (at < body.size() && (body[at] == ' ' || body[at] == '\t')) ++at;
    if (body.substr(at, 2) != "\r\n") {
      return Error::BadRequest(at >= body.size() ? "The multipart body ends without its closing boundary"
                                                 : "A multipart boundary line is not followed by a line break");
    }
    at += 2;
    if (parts.size() >= max_parts) {
      return Error::BadRequest("The multipart body has more than " + std::to_string(max_parts) + " parts");
    }
    const size_t headers_end = body.find("\r\n\r\n", at);
    const bool no_headers = body.substr(at, 2) == "\r\n";
    if (!no_headers && (headers_end == std::string_view::npos || headers_end - at > kMaxHeaderBlock)) {
      return Error::BadRequest("A part of the multipart body has no end to its headers");
    }
    MultipartPart part;
    bool disposition = false;
    std::string_view headers = no_headers ? std::string_view() : body.substr(at, headers_end - at);
    at = no_headers ? at + 2 : headers_end + 4;
    while (!headers.empty()) {
      const size_t eol = headers.find("\r\n");
      std::string_view line = headers.substr(0, eol);
      headers = eol == std::string_view::npos ? std::string_view() : headers.substr(eol + 2);
      const size_t colon = line.find(':');
      if (colon == std::string_view::npos || colon == 0) {
        return Error::BadRequest("A header line in the multipart body is not 'Name: value'");
      }
      const std::string name = Lower(TrimView(line.substr(0, colon)));
      const std::string_view value = TrimView(line.substr(colon + 1));
      if (name == "content-disposition") {
        auto [type, params] = ParseHeaderValue(value);
        if (type != "form-data" || !params.count("name") || params["name"].empty()) {
          return Error::BadRequest(
              "Each part of the multipart body needs 'Content-Disposition: form-data; "
              "name=\"...\"'");
        }
        disposition = true;
        part.name = params["name"];
        if (params.count("filename")) part.filename = LastPathSegment(params["filename"]);
      } else if (name == "content-type") {
        part.content_type = Lower(value);
      }
    }
    if (!disposition) {
      return Error::BadRequest("Each part of the multipart body needs 'Content-Disposition: form-data; name=\"...\"'");
    }
    const size_t end = body.find(next_delimiter, at);
    if (end == std::string_view::npos) {
      return Error::BadRequest("The multipart body ends without its closing boundary");
    }
    part.data = std::string(body.substr(at, end - at));
    // A text field is text a person typed, checked here as the urlencoded form's fields are at
    // the edge (http/request_text.h); a file's bytes are the document's own business.
    if (!IsValidUtf8(part.name) || FindControlCharacter(part.name) != std::string_view::npos) {
      return Error::BadRequest("The name of a form field is not valid text");
    }
    if (!part.filename) {
      CR_RETURN_IF_ERROR(CheckText(part.data, "\t\r\n", kMaxFormFieldBytes,
                                   "The form field \u201c" + part.name + "\u201d", part.name));
    }
    parts.push_back(std::move(part));
    at = end + next_delimiter.size();
  }
}

std::multimap<std::string, std::string> MultipartFields(const std::vector<MultipartPart>& parts) {
  std::multimap<std::string, std::string> fields;
  for (const MultipartPart& part : parts) {
    if (!part.filename) fields.emplace(part.name, part.data);
  }
  return fields;
}

const MultipartPart* MultipartFile(const std::vector<MultipartPart>& parts, const std::string& name) {
  for (const MultipartPart& part : parts) {
    if (part.name == name && part.filename) return &part;
  }
  return nullptr;
}

}  // namespace childrecord
