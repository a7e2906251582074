#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app/application.h"
#include "core/source_root.h"
#include "data/language_data.h"

namespace childrecord::testing {

// The Application as `serve` builds it, over `store`, with the tree's templates, word lists and
// web root, and documents' files in `blob_dir`. nullptr (with a test failure) when a file of the
// tree cannot be read.
inline std::unique_ptr<Application> MakeTestApplication(Store& store, const Tenant& tenant,
                                                        const std::string& blob_dir) {
  auto templates = Templates::Load(std::string(SourceRoot()) + "/web/templates");
  EXPECT_TRUE(templates.ok()) << templates.error().message;
  auto rules = LoadLanguageRules(std::string(SourceRoot()) + "/data/language");
  EXPECT_TRUE(rules.ok()) << rules.error().message;
  if (!templates.ok() || !rules.ok()) return nullptr;
  AppConfig config;
  config.web_root = std::string(SourceRoot()) + "/web";
  config.data_dir = std::string(SourceRoot()) + "/data";
  config.blob_dir = blob_dir;
  return std::make_unique<Application>(store, tenant, config, std::move(templates).value(), std::move(rules).value());
}

}  // namespace childrecord::testing
