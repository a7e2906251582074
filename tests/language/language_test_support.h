#pragma once

#include <memory>
#include <string>

#include "core/source_root.h"
#include "data/language_data.h"
#include "language/language_rules.h"

namespace childrecord::testing {

inline std::string LanguageDataDir() { return std::string(SourceRoot()) + "/data/language"; }

// The shipped lists, loaded once for the test binary.
inline std::shared_ptr<const LanguageRules> ShippedLanguageRules() {
  static std::shared_ptr<const LanguageRules> rules = [] {
    auto loaded = LoadLanguageRules(LanguageDataDir());
    if (!loaded.ok()) throw std::runtime_error("cannot load language data: " + loaded.error().message);
    return loaded.value();
  }();
  return rules;
}

}  // namespace childrecord::testing
