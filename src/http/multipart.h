#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace childrecord {

// multipart/form-data (RFC 7578), as browsers send a form with a file input and as API clients
// send documents. Stateless and thread safe.

struct MultipartPart {
  std::string name;                     // Content-Disposition's name
  std::optional<std::string> filename;  // present for a file input; "" when no file was chosen
  std::string content_type;             // the part's declared Content-Type, "" when none (never trusted)
  std::string data;                     // the part's bytes
};

// The boundary of a "multipart/form-data; boundary=..." Content-Type (quoted or not), or
// kBadRequest naming what is wrong (another content type, no boundary, a boundary RFC 2046
// does not allow).
Result<std::string> MultipartBoundary(std::string_view content_type);

// The parts of `body`, in order. The preamble and epilogue are ignored; a body without its
// closing delimiter, a part without a Content-Disposition of form-data with a name, header lines
// that are not "Name: value", a text field that is not valid text (http/request_text.h CheckText),
// or more than `max_parts` parts are kBadRequest with a message
// saying which. A file name keeps only its last path segment (some browsers send a full path).
Result<std::vector<MultipartPart>> ParseMultipart(std::string_view content_type, std::string_view body,
                                                  size_t max_parts = 100);

// The text fields (parts without a filename) as a form: name -> value.
std::multimap<std::string, std::string> MultipartFields(const std::vector<MultipartPart>& parts);

// The first part called `name` that is a file input, or nullptr.
const MultipartPart* MultipartFile(const std::vector<MultipartPart>& parts, const std::string& name);

}  // namespace childrecord
