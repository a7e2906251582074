#include "core/canonical_json.h"

namespace childrecord {
namespace {

bool HasFloat(const Json& value) {
  if (value.is_number_float()) return true;
  if (value.is_structured()) {
    for (const auto& item : value) {
      if (HasFloat(item)) return true;
    }
  }
  return false;
}

}  // namespace

Result<std::string> CanonicalJson(const Json& value) {
  if (HasFloat(value)) {
    return Error::Validation("", "Numbers in the record must be whole numbers");
  }
  try {
    // nlohmann::json keeps objects in a std::map<std::string>, which orders keys by bytes.
    return value.dump(-1, ' ', false, Json::error_handler_t::strict);
  } catch (const Json::type_error&) {
    return Error::Validation("", "The text is not valid UTF-8");
  }
}

Result<Json> ParseJson(std::string_view text) {
  Json parsed = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) {
    return Error::BadRequest("The request body is not valid JSON");
  }
  return parsed;
}

}  // namespace childrecord
