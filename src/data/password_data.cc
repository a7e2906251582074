#include "data/password_data.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace childrecord {

CommonPasswordList ParseCommonPasswords(std::string_view content) {
  CommonPasswordList list;
  size_t pos = 0;
  while (pos <= content.size()) {
    size_t end = content.find('\n', pos);
    if (end == std::string_view::npos) end = content.size();
    std::string line(content.substr(pos, end - pos));
    pos = end + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::transform(line.begin(), line.end(), line.begin(), [](unsigned char c) { return std::tolower(c); });
    list.insert(std::move(line));
  }
  return list;
}

namespace {

Result<CommonPasswordList> ReadList(const std::filesystem::path& file, const char* what) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error::Validation("data-dir", std::string("Cannot read the list of ") + what + " " + file.string());
  std::ostringstream text;
  text << in.rdbuf();
  CommonPasswordList list = ParseCommonPasswords(text.str());
  if (list.empty()) return Error::Validation("data-dir", file.string() + " lists no " + what);
  return list;
}

}  // namespace

Result<std::shared_ptr<const CommonPasswordList>> ReadCommonPasswords(const std::filesystem::path& data_dir) {
  CR_ASSIGN_OR_RETURN(CommonPasswordList list, ReadList(data_dir / "passwords" / "common.txt", "common passwords"));
  return std::shared_ptr<const CommonPasswordList>(std::make_shared<CommonPasswordList>(std::move(list)));
}

Result<std::shared_ptr<const PasswordWordList>> ReadPasswordWords(const std::filesystem::path& data_dir) {
  CR_ASSIGN_OR_RETURN(PasswordWordList list, ReadList(data_dir / "passwords" / "words.txt", "password words"));
  return std::shared_ptr<const PasswordWordList>(std::make_shared<PasswordWordList>(std::move(list)));
}

Status LoadCommonPasswords(const std::filesystem::path& data_dir) {
  CR_ASSIGN_OR_RETURN(auto list, ReadCommonPasswords(data_dir));
  CR_ASSIGN_OR_RETURN(auto words, ReadPasswordWords(data_dir));
  InstallCommonPasswords(std::move(list));
  InstallPasswordWords(std::move(words));
  return Status::Ok();
}

}  // namespace childrecord
