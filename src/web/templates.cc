#include "web/templates.h"

#include <filesystem>
#include <fstream>
#include <kainjow/mustache.hpp>
#include <sstream>

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

}  // namespace

Result<std::unique_ptr<Templates>> Templates::Load(const std::string& directory) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    return Error::Validation("web-root", "The templates folder " + directory + " does not exist");
  }
  auto templates = std::unique_ptr<Templates>(new Templates());
  // Features keep their templates in a folder of their name (templates/<feature>/...); a template
  // is still named by its file's stem, so two files with one stem are refused.
  for (const auto& entry : fs::recursive_directory_iterator(directory)) {
    if (entry.path().extension() != ".mustache") continue;
    if (templates->sources_.count(entry.path().stem().string())) {
      return Error::Validation("web-root", "Two templates are named " + entry.path().stem().string() + ": rename " +
                                               entry.path().string());
    }
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    mustache::mustache parsed(text.str());
    if (!parsed.is_valid()) {
      return Error::Validation("web-root", "Template " + entry.path().string() + " is malformed: " +
                                               parsed.error_message());
    }
    templates->sources_[entry.path().stem().string()] = text.str();
  }
  return templates;
}

Result<std::string> Templates::Render(const std::string& name, const Json& data) const {
  auto it = sources_.find(name);
  if (it == sources_.end()) return Error::Internal("No template called " + name);
  // A fresh parse per render keeps rendering free of shared mutable state; templates are small.
  mustache::mustache tmpl(it->second);
  mustache::data context = ToMustache(data);
  // Every template is also a partial ({{> record_header}}); the sources outlive the render.
  if (context.is_object()) {
    for (const auto& [partial_name, source] : sources_) {
      // Partials share the names of data keys: data wins (a page's "child" is not child.mustache).
      if (partial_name == name || data.contains(partial_name)) continue;
      const std::string* text = &source;
      context.set(partial_name, mustache::partial([text] { return *text; }));
    }
  }
  std::string html = tmpl.render(context);
  if (!tmpl.is_valid()) return Error::Internal("Template " + name + " failed: " + tmpl.error_message());
  return html;
}

}  // namespace childrecord
