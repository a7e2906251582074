#include "record/projector_support.h"

namespace childrecord::projector {

Error BadPayload(const JournalEvent& event, const std::string& field) {
  return Error::Internal("Event " + std::to_string(event.seq) + " (" + event.type + ") has no valid '" + field +
                         "' in its payload");
}

Result<FieldValue> Text(const JournalEvent& event, const Json& object, const std::string& field, bool required) {
  auto it = object.find(field);
  if (it == object.end() || it->is_null()) {
    if (required) return BadPayload(event, field);
    return FieldValue{};
  }
  if (!it->is_string()) return BadPayload(event, field);
  return FieldValue{it->get<std::string>()};
}

Result<FieldValue> Flag(const JournalEvent& event, const Json& object, const std::string& field) {
  auto it = object.find(field);
  if (it == object.end() || it->is_null()) return FieldValue{int64_t{0}};
  if (!it->is_boolean()) return BadPayload(event, field);
  return FieldValue{int64_t{it->get<bool>() ? 1 : 0}};
}

Result<Fields> ReadColumns(const JournalEvent& event, const Json& object, std::initializer_list<Column> columns) {
  Fields fields;
  for (const Column& c : columns) {
    Result<FieldValue> value = c.kind == Column::kFlag ? Flag(event, object, c.field)
                                                       : Text(event, object, c.field, c.kind == Column::kRequiredText);
    if (!value.ok()) return value.error();
    fields[c.column] = std::move(value).value();
  }
  return fields;
}

Result<std::string> IdOf(const JournalEvent& event, const char* field) {
  auto it = event.payload.find(field);
  if (it == event.payload.end() || !it->is_string() || it->get<std::string>().empty()) {
    return BadPayload(event, field);
  }
  return it->get<std::string>();
}

Mutation Insert(std::string table, std::string id, Fields fields) {
  return Mutation{Mutation::Kind::kInsert, std::move(table), std::move(id), std::move(fields)};
}

}  // namespace childrecord::projector
