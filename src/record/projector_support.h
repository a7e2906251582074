#pragma once

#include <initializer_list>
#include <string>

#include "core/journal_event.h"
#include "core/result.h"
#include "record/projection.h"

namespace childrecord::projector {

// What every projector uses to read an event's payload into a row. Pure.

// The kInternal error of a payload without a valid `field` (names the event's seq and type).
Error BadPayload(const JournalEvent& event, const std::string& field);

// object[field] as text; an absent or null optional field gives NULL, a required one an error.
Result<FieldValue> Text(const JournalEvent& event, const Json& object, const std::string& field,
                        bool required = true);
// object[field] as a 0/1 flag; absent or null is 0.
Result<FieldValue> Flag(const JournalEvent& event, const Json& object, const std::string& field);

// One projected column and the payload field it comes from.
struct Column {
  const char* column;
  const char* field;
  enum { kRequiredText, kOptionalText, kFlag } kind;
};

// The row's fields from (column, payload field) pairs; the first bad field is the error.
Result<Fields> ReadColumns(const JournalEvent& event, const Json& object, std::initializer_list<Column> columns);

// payload[field] as a non-empty id.
Result<std::string> IdOf(const JournalEvent& event, const char* field);

Mutation Insert(std::string table, std::string id, Fields fields);

}  // namespace childrecord::projector
