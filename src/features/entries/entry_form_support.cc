#include "features/entries/entry_form_support.h"

#include <charconv>
#include <set>

#include "core/time_format.h"

namespace childrecord {
std::string FieldId(const std::string& path) {
  std::string id;
  for (char c : path) {
    if (c == '.' || c == '[') {
      id.push_back('-');
    } else if (c != ']') {
      id.push_back(c);
    }
  }
  return id;
}

std::string ErrorKey(const std::string& id) {
  std::string key = "error_" + id;
  for (char& c : key) {
    if (c == '-') c = '_';
  }
  return key;
}

void SetAtPath(Json& root, const std::string& path, Json value) {
  Json* at = &root;
  size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '[') {
      const size_t close = path.find(']', i);
      if (close == std::string::npos) return;
      const size_t index = std::stoul(path.substr(i + 1, close - i - 1));
      if (!at->is_array()) *at = Json::array();
      while (at->size() <= index) at->push_back(Json::object());
      at = &(*at)[index];
      i = close + 1;
      if (i < path.size() && path[i] == '.') ++i;
      continue;
    }
    size_t end = path.find_first_of(".[", i);
    if (end == std::string::npos) end = path.size();
    const std::string key = path.substr(i, end - i);
    if (!at->is_object()) *at = Json::object();
    at = &(*at)[key];
    i = end;
    if (i < path.size() && path[i] == '.') ++i;
  }
  *at = std::move(value);
}

std::vector<Error> CollectFieldErrors(Json input, const std::function<Status(const Json&)>& check,
                                      const std::vector<Json>& placeholders) {
  std::vector<Error> errors;
  std::set<std::string> seen;
  for (int round = 0; round < 60; ++round) {
    Status status = check(input);
    if (status.ok()) break;
    const Error& e = status.error();
    if (e.code != ErrorCode::kValidation || e.field.empty() || seen.count(e.field)) {
      if (!seen.count(e.field)) errors.push_back(e);
      break;
    }
    seen.insert(e.field);
    errors.push_back(e);
    bool past = false;
    for (const Json& placeholder : placeholders) {
      Json trial = input;
      SetAtPath(trial, e.field, placeholder);
      Status again = check(trial);
      if (again.ok() || again.error().field != e.field) {
        input = std::move(trial);
        past = true;
        break;
      }
    }
    if (!past) break;
  }
  return errors;
}

}  // namespace childrecord
