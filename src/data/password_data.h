#pragma once

#include <filesystem>
#include <memory>
#include <string_view>

#include "auth/password.h"
#include "core/result.h"

namespace childrecord {

// Parses a list of common passwords: one a line, UTF-8; blank lines and lines starting with #
// are skipped; entries are lower-cased. Pure.
CommonPasswordList ParseCommonPasswords(std::string_view content);

// Reads `directory`/passwords/common.txt (the --data-dir of serve, init and user). Fails naming
// the file when it is missing or unreadable. Blocking file I/O.
Result<std::shared_ptr<const CommonPasswordList>> ReadCommonPasswords(const std::filesystem::path& data_dir);

// ReadCommonPasswords then InstallCommonPasswords: what the commands do at start.
Status LoadCommonPasswords(const std::filesystem::path& data_dir);

}  // namespace childrecord
