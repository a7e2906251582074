#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>

#include "core/canonical_json.h"
#include "core/result.h"

namespace childrecord {

// The Mustache templates of web/templates and its folders (one per feature), named by file stem,
// read and parsed once at start-up (a missing or malformed template, or a partial naming no
// template, stops the server starting, naming the file). Rendering is thread safe.
// Data is given as JSON: objects, arrays, strings, booleans; numbers are shown as text. An empty
// string counts as false in a section ({{#x}}) and prints nothing. Any
// template can include another as a partial by its name: {{> entry_timeline}}; partials are
// written into the templates that include them when they are read, so a render parses nothing
// (but a partial that includes itself, which is parsed where it recurses).
class Templates {
 public:
  static Result<std::unique_ptr<Templates>> Load(const std::string& directory);
  ~Templates();

  // Renders one template. Unknown names are an internal error (a bug, not user input).
  Result<std::string> Render(const std::string& name, const Json& data) const;

 private:
  struct Parsed;  // one template, parsed, with the copies threads render with
  Templates() = default;

  std::map<std::string, std::unique_ptr<Parsed>> parsed_;  // name (file stem) -> template
  std::set<std::string> recursive_;                        // partials that include themselves: rendered as partials
};

}  // namespace childrecord
