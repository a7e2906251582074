#include "http/static_files.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/sha256.h"
#include "http/error_response.h"

namespace childrecord {
namespace {

std::string ContentType(const std::string& extension) {
  static const std::map<std::string, std::string> kTypes = {
      {".css", "text/css; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".map", "application/json"},
      {".svg", "image/svg+xml"}, {".png", "image/png"}, {".ico", "image/x-icon"},
      {".woff2", "font/woff2"}, {".woff", "font/woff"}, {".json", "application/json"},
      {".txt", "text/plain; charset=utf-8"}, {".webmanifest", "application/manifest+json"}};
  auto it = kTypes.find(extension);
  return it == kTypes.end() ? "application/octet-stream" : it->second;
}

}  // namespace

Response ServeStaticFile(const std::string& root, const std::string& relative_path, const Request& request) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path base = fs::weakly_canonical(root, ec);
  const fs::path file = fs::weakly_canonical(base / relative_path, ec);
  auto [root_end, _] = std::mismatch(base.begin(), base.end(), file.begin(), file.end());
  if (ec || root_end != base.end() || !fs::is_regular_file(file, ec)) {
    return ApiErrorResponse(Error::NotFound("There is no such file"));
  }
  std::ifstream in(file, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  const std::string etag = "\"" + Sha256Hex(bytes.str()).substr(0, 32) + "\"";
  Response response;
  response.Set("ETag", etag);
  response.Set("Cache-Control", "public, max-age=86400");
  if (request.Header("if-none-match") == etag) {
    response.status = 304;
    return response;
  }
  response.Set("Content-Type", ContentType(file.extension().string()));
  response.body = bytes.str();
  return response;
}

}  // namespace childrecord
