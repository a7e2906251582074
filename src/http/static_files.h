#pragma once

#include <string>

#include "http/request.h"

namespace childrecord {

// Serves files below `root` (web/dist) for GET /assets/<path>: content type by extension,
// a strong ETag (SHA-256 of the bytes) answered with 304 when it matches If-None-Match, and
// Cache-Control for a day (asset names are not fingerprinted yet). Paths that leave the root
// or name a folder are 404. Thread safe; files are read on each request (they are small and the
// page cache keeps them).
Response ServeStaticFile(const std::string& root, const std::string& relative_path, const Request& request);

}  // namespace childrecord
