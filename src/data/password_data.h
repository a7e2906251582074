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

// Reads `directory`/passwords/words.txt: the words passwords are built from (same format).
// Fails naming the file when it is missing, unreadable or empty. Blocking file I/O.
Result<std::shared_ptr<const PasswordWordList>> ReadPasswordWords(const std::filesystem::path& data_dir);

// Reads both lists and installs them (InstallCommonPasswords, InstallPasswordWords): what the
// commands do at start.
Status LoadCommonPasswords(const std::filesystem::path& data_dir);

}  // namespace childrecord
