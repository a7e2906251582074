#include "web/templates.h"

#include <filesystem>
#include <fstream>
#include <kainjow/mustache.hpp>
#include <mutex>
#include <regex>
#include <set>
#include <sstream>
#include <vector>

namespace childrecord {
namespace {

namespace mustache = kainjow::mustache;

mustache::data ToMustache(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object: {
      mustache::data object{mustache::data::type::object};
      for (const auto& [key, item] : value.items()) object.set(key, ToMustache(item));
      return object;
    }
    case Json::value_t::array: {
      mustache::data list{mustache::data::type::list};
      for (const auto& item : value) list.push_back(ToMustache(item));
      return list;
    }
    case Json::value_t::string:
      // An empty text is false, as in the Mustache spec's JavaScript reading: {{#with_whom}}, with
      // {{with_whom}}{{/with_whom}} shows nothing when there is no one, and {{with_whom}} prints "".
      if (value.get_ref<const std::string&>().empty()) return mustache::data(false);
      return mustache::data(value.get<std::string>());
    case Json::value_t::boolean:
      return mustache::data(value.get<bool>());
    case Json::value_t::null:
    case Json::value_t::discarded:
      return mustache::data(false);
    default:
      return mustache::data(value.dump());
  }
}

// Writes every partial ({{> name}}) into the text that includes it, recursively. Partials were
// parsed again at each inclusion on every render (kainjow parses a partial's text when it meets
// the tag), which was most of a page's time.
// A partial that includes itself (a form's questions nest: _entry_field) stays a tag, named in
// `recursive`, and is given to each render as a partial.
Result<std::string> ExpandPartials(const std::string& name, const std::map<std::string, std::string>& sources,
                                   std::set<std::string>& including, std::set<std::string>& recursive) {
  static const std::regex kPartial(R"(\{\{>\s*([A-Za-z0-9_]+)\s*\}\})");
  const std::string& text = sources.at(name);
  std::string out;
  auto last = text.cbegin();
  for (std::sregex_iterator it(text.begin(), text.end(), kPartial), end; it != end; ++it) {
    const std::string partial = (*it)[1].str();
    if (!sources.count(partial)) {
      return Error::Validation("web-root", "Template " + name + " includes " + partial + ", which is not a template");
    }
    out.append(last, (*it)[0].first);
    last = (*it)[0].second;
    if (including.count(partial)) {
      recursive.insert(partial);
      out += (*it)[0].str();
      continue;
    }
    including.insert(partial);
    auto expanded = ExpandPartials(partial, sources, including, recursive);
    including.erase(partial);
    if (!expanded.ok()) return expanded.error();
    out += *expanded;
  }
  out.append(last, text.cend());
  return out;
}

}  // namespace

// kainjow's render changes the template object (its error message), so a parsed template is not
// rendered by two threads at once: each render takes an idle copy, or copies the prototype, and
// gives it back when the render succeeded. Guarded by `mutex`.
struct Templates::Parsed {
  explicit Parsed(const std::string& text) : expanded(text), prototype(text) {}
  std::string expanded;  // the text, its partials written in
  mustache::mustache prototype;
  std::mutex mutex;
  std::vector<std::unique_ptr<mustache::mustache>> idle;
};

Templates::~Templates() = default;

Result<std::unique_ptr<Templates>> Templates::Load(const std::string& directory) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    return Error::Validation("web-root", "The templates folder " + directory + " does not exist");
  }
  // Features keep their templates in a folder of their name (templates/<feature>/...); a template
  // is still named by its file's stem, so two files with one stem are refused.
  std::map<std::string, std::string> sources;
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(directory)) {
    if (entry.path().extension() != ".mustache") continue;
    const std::string name = entry.path().stem().string();
    if (sources.count(name)) {
      return Error::Validation("web-root", "Two templates are named " + name + ": rename " + entry.path().string());
    }
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    sources[name] = text.str();
    files[name] = entry.path().string();
  }
  auto templates = std::unique_ptr<Templates>(new Templates());
  for (const auto& [name, source] : sources) {
    std::set<std::string> including{name};
    auto expanded = ExpandPartials(name, sources, including, templates->recursive_);
    if (!expanded.ok()) return expanded.error();
    auto parsed = std::make_unique<Parsed>(*expanded);
    if (!parsed->prototype.is_valid()) {
      return Error::Validation("web-root",
                               "Template " + files[name] + " is malformed: " + parsed->prototype.error_message());
    }
    templates->parsed_[name] = std::move(parsed);
  }
  return templates;
}

Result<std::string> Templates::Render(const std::string& name, const Json& data) const {
  auto it = parsed_.find(name);
  if (it == parsed_.end()) return Error::Internal("No template called " + name);
  Parsed& parsed = *it->second;
  std::unique_ptr<mustache::mustache> tmpl;
  {
    std::lock_guard<std::mutex> lock(parsed.mutex);
    if (!parsed.idle.empty()) {
      tmpl = std::move(parsed.idle.back());
      parsed.idle.pop_back();
    }
  }
  if (!tmpl) tmpl = std::make_unique<mustache::mustache>(parsed.prototype);
  mustache::data context = ToMustache(data);
  if (context.is_object()) {
    for (const std::string& partial : recursive_) {
      // Data wins over a partial of the same name (a page's "child" is not child.mustache).
      if (data.contains(partial)) continue;
      const std::string* text = &parsed_.at(partial)->expanded;  // outlives the render
      context.set(partial, mustache::partial([text] { return *text; }));
    }
  }
  std::string html = tmpl->render(context);
  // A failed render leaves its error in the object: that copy is not used again.
  if (!tmpl->is_valid()) return Error::Internal("Template " + name + " failed: " + tmpl->error_message());
  std::lock_guard<std::mutex> lock(parsed.mutex);
  parsed.idle.push_back(std::move(tmpl));
  return html;
}

}  // namespace childrecord
