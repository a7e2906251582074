#pragma once

#include <map>
#include <memory>
#include <string>

#include "core/canonical_json.h"
#include "core/result.h"

namespace childrecord {

// The Mustache templates of web/templates and its folders (one per feature), named by file stem,
// read once at start-up (a missing or malformed
// template stops the server starting, naming the file). Rendering is thread safe.
// Data is given as JSON: objects, arrays, strings, booleans; numbers are shown as text. An empty
// string counts as false in a section ({{#x}}) and prints nothing. Any
// template can include another as a partial by its name: {{> entry_timeline}}.
class Templates {
 public:
  static Result<std::unique_ptr<Templates>> Load(const std::string& directory);

  // Renders one template. Unknown names are an internal error (a bug, not user input).
  Result<std::string> Render(const std::string& name, const Json& data) const;

 private:
  std::map<std::string, std::string> sources_;  // name (file stem) -> template text
};

}  // namespace childrecord
