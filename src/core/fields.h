#pragma once

// One field description per type: the single place a field is added. A view or command describes
// its fields once (name, SQL column, member, kind, what it means) and that list drives
//   - JSON out (ToJson) and JSON in (FromJson, which reports every field error at once),
//   - the SQL column list of a SELECT (SelectList) and reading a row by the columns it named
//     (store/described_rows.h ReadRow: no field is read by a position written by hand),
//   - the OpenAPI 3.0 schema (OpenApiSchema: nullable written as 3.0 spells it).
// How a type is described: a function found by argument-dependent lookup,
//   const fields::Description<MyView>& Describe(const MyView*);
// next to the type (docs/architecture.md "Typed records" shows one). Pure: no I/O, header-only.

#include <algorithm>
#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "core/canonical_json.h"
#include "core/error.h"
#include "core/result.h"
#include "core/time_format.h"

namespace childrecord::fields {

// How a field is spelled outside the program. Text kinds are held in std::string members.
enum class Kind {
  kText,          // required text
  kOptionalText,  // text; empty is JSON null
  kDate,          // "YYYY-MM-DD"
  kOptionalDate,  // "YYYY-MM-DD"; empty is JSON null
  kInstant,       // stored as UTC RFC 3339; shown with the Europe/London offset
  kOptionalInstant,  // as kInstant; empty is JSON null
  kJsonList,      // a JSON array kept as its canonical text
  kJsonObject,    // a JSON object kept as its canonical text; empty is JSON null
  kFlag,          // bool
  kInteger,       // int64_t
};

template <class T>
struct Field {
  using Member = std::variant<std::string T::*, bool T::*, int64_t T::*>;

  // A constructor rather than aggregate initialisation: GCC 12 fails on aggregates of this shape.
  template <class M>
  Field(const char* name, const char* column, M T::*member, Kind kind = Kind::kText, const char* description = "",
        std::vector<std::string> allowed = {}, bool internal = false)
      : name(name),
        column(column),
        member(Member(member)),
        kind(kind),
        description(description),
        allowed(std::move(allowed)),
        internal(internal) {}

  const char* name;    // the JSON property and the OpenAPI property
  const char* column;  // the SQL expression selected for it ("t.id"); nullptr: not read from SQL
  Member member;
  Kind kind;
  const char* description;
  std::vector<std::string> allowed;  // the codes a text field may hold (an OpenAPI enum)
  bool internal;                     // read from SQL for the program's use, never in JSON or the schema
};

template <class T>
using Description = std::vector<Field<T>>;

template <class T>
const Description<T>& DescriptionOf() {
  return Describe(static_cast<const T*>(nullptr));
}

// The SELECT list of the fields read from SQL, in description order: "t.id, t.child_id, ...".
template <class T>
std::string SelectList() {
  std::string out;
  for (const Field<T>& f : DescriptionOf<T>()) {
    if (f.column == nullptr) continue;
    if (!out.empty()) out += ", ";
    out += f.column;
  }
  return out;
}

// How many columns SelectList<T>() selects: where the next type's columns start in a row that
// selects two (store/described_rows.h ReadRow's `first`).
template <class T>
size_t ColumnCount() {
  size_t n = 0;
  for (const Field<T>& f : DescriptionOf<T>()) n += f.column != nullptr;
  return n;
}

namespace detail {

inline bool IsOptional(Kind kind) {
  return kind == Kind::kOptionalText || kind == Kind::kOptionalDate || kind == Kind::kOptionalInstant ||
         kind == Kind::kJsonObject;
}

inline Json TextToJson(const std::string& text, Kind kind) {
  switch (kind) {
    case Kind::kOptionalText:
    case Kind::kOptionalDate:
      return text.empty() ? Json(nullptr) : Json(text);
    case Kind::kInstant:
    case Kind::kOptionalInstant: {
      if (text.empty()) return kind == Kind::kOptionalInstant ? Json(nullptr) : Json(text);
      auto instant = ParseRfc3339(text);
      return Json(instant ? FormatLondonRfc3339(*instant) : text);
    }
    case Kind::kJsonList: {
      Json list = Json::parse(text, nullptr, false);
      return list.is_array() ? list : Json::array();
    }
    case Kind::kJsonObject: {
      if (text.empty()) return Json(nullptr);
      Json object = Json::parse(text, nullptr, false);
      return object.is_object() ? object : Json(nullptr);
    }
    default:
      return Json(text);
  }
}

inline Json SchemaOf(Kind kind) {
  switch (kind) {
    case Kind::kOptionalText:
      return {{"type", "string"}, {"nullable", true}};
    case Kind::kDate:
      return {{"type", "string"}, {"format", "date"}};
    case Kind::kOptionalDate:
      return {{"type", "string"}, {"format", "date"}, {"nullable", true}};
    case Kind::kInstant:
      return {{"type", "string"}, {"format", "date-time"}};
    case Kind::kOptionalInstant:
      return {{"type", "string"}, {"format", "date-time"}, {"nullable", true}};
    case Kind::kJsonList:
      return {{"type", "array"}, {"items", {{"type", "string"}}}};
    case Kind::kJsonObject:
      return {{"type", "object"}, {"nullable", true}};
    case Kind::kFlag:
      return {{"type", "boolean"}};
    case Kind::kInteger:
      return {{"type", "integer"}};
    default:
      return {{"type", "string"}};
  }
}

}  // namespace detail

// The JSON of `value`, every field under its name.
template <class T>
Json ToJson(const T& value) {
  Json out = Json::object();
  for (const Field<T>& f : DescriptionOf<T>()) {
    if (f.internal) continue;
    if (auto text = std::get_if<std::string T::*>(&f.member)) {
      out[f.name] = detail::TextToJson(value.**text, f.kind);
    } else if (auto flag = std::get_if<bool T::*>(&f.member)) {
      out[f.name] = value.**flag;
    } else {
      out[f.name] = value.*std::get<int64_t T::*>(f.member);
    }
  }
  return out;
}

// The OpenAPI 3.0 schema of T: an object with every field; required are the fields that are
// not optional (text allowed to be empty is written nullable).
template <class T>
Json OpenApiSchema(const std::string& description) {
  Json properties = Json::object();
  Json required = Json::array();
  for (const Field<T>& f : DescriptionOf<T>()) {
    if (f.internal) continue;
    Json schema = detail::SchemaOf(f.kind);
    if (!f.allowed.empty()) {
      Json& target = f.kind == Kind::kJsonList ? schema["items"] : schema;
      target["enum"] = f.allowed;
    }
    if (*f.description) schema["description"] = f.description;
    properties[f.name] = std::move(schema);
    if (!detail::IsOptional(f.kind)) required.push_back(f.name);
  }
  Json out{{"type", "object"}, {"properties", std::move(properties)}};
  if (!description.empty()) out["description"] = description;
  if (!required.empty()) out["required"] = std::move(required);
  return out;
}

// What FromJson read: the value, and every field error found (empty when it is whole).
template <class T>
struct Parsed {
  T value{};
  std::vector<Error> errors;
  bool ok() const { return errors.empty(); }
};

// Reads `input` into a T, checking every field: a missing required field, a field of the wrong
// JSON type, a date that is not a real "YYYY-MM-DD" day or a code not among `allowed` is an
// Error::Validation naming the field. All of them are reported, in description order; nothing
// throws. Fields absent and optional are left empty.
template <class T>
Parsed<T> FromJson(const Json& input) {
  Parsed<T> out;
  if (!input.is_object()) {
    out.errors.push_back(Error::BadRequest("The value must be a JSON object"));
    return out;
  }
  for (const Field<T>& f : DescriptionOf<T>()) {
    if (f.internal) continue;
    auto it = input.find(f.name);
    const bool absent = it == input.end() || it->is_null();
    if (absent) {
      if (!detail::IsOptional(f.kind)) {
        out.errors.push_back(Error::Validation(f.name, std::string("Give ") + f.name));
      }
      continue;
    }
    if (auto flag = std::get_if<bool T::*>(&f.member)) {
      if (!it->is_boolean()) {
        out.errors.push_back(Error::Validation(f.name, std::string(f.name) + " must be true or false"));
      } else {
        out.value.** flag = it->template get<bool>();
      }
      continue;
    }
    if (auto number = std::get_if<int64_t T::*>(&f.member)) {
      if (!it->is_number_integer()) {
        out.errors.push_back(Error::Validation(f.name, std::string(f.name) + " must be a whole number"));
      } else {
        out.value.** number = it->template get<int64_t>();
      }
      continue;
    }
    std::string T::*text = std::get<std::string T::*>(f.member);
    if (f.kind == Kind::kJsonObject) {
      auto canonical = it->is_object() ? CanonicalJson(*it) : Result<std::string>(Error::BadRequest("not an object"));
      if (!canonical.ok()) {
        out.errors.push_back(Error::Validation(f.name, std::string(f.name) + " must be an object"));
      } else {
        out.value.*text = *canonical;
      }
      continue;
    }
    if (f.kind == Kind::kJsonList) {
      if (!it->is_array()) {
        out.errors.push_back(Error::Validation(f.name, std::string(f.name) + " must be a list"));
        continue;
      }
      bool good = true;
      for (const Json& item : *it) {
        const bool known =
            item.is_string() && (f.allowed.empty() || std::find(f.allowed.begin(), f.allowed.end(),
                                                                item.template get<std::string>()) != f.allowed.end());
        if (!known) good = false;
      }
      if (!good) {
        out.errors.push_back(Error::Validation(f.name, std::string(f.name) + " holds a value that is not allowed"));
        continue;
      }
      auto canonical = CanonicalJson(*it);
      if (!canonical.ok()) {
        out.errors.push_back(Error::Validation(f.name, canonical.error().message));
        continue;
      }
      out.value.*text = *canonical;
      continue;
    }
    if (!it->is_string()) {
      out.errors.push_back(Error::Validation(f.name, std::string(f.name) + " must be text"));
      continue;
    }
    std::string value = it->template get<std::string>();
    if ((f.kind == Kind::kDate || f.kind == Kind::kOptionalDate) && !value.empty() && !ParseIsoDate(value)) {
      out.errors.push_back(Error::Validation(f.name, std::string(f.name) + " must be a real date, YYYY-MM-DD"));
      continue;
    }
    if ((f.kind == Kind::kInstant || f.kind == Kind::kOptionalInstant) && !value.empty() && !ParseRfc3339(value)) {
      out.errors.push_back(Error::Validation(f.name, std::string(f.name) + " must be a date and time (RFC 3339)"));
      continue;
    }
    if (!f.allowed.empty() && std::find(f.allowed.begin(), f.allowed.end(), value) == f.allowed.end()) {
      out.errors.push_back(Error::Validation(f.name, std::string(f.name) + " is not one of the allowed values"));
      continue;
    }
    if (value.empty() && !detail::IsOptional(f.kind)) {
      out.errors.push_back(Error::Validation(f.name, std::string("Give ") + f.name));
      continue;
    }
    out.value.*text = std::move(value);
  }
  return out;
}

}  // namespace childrecord::fields
