// The OpenAPI description of the entries API (entry_api.cc).
#include "api/openapi.h"
#include "features/entries/entry_api.h"

namespace childrecord::features::entries {

Json EntryOpenApi() {
  const Json id = Param("id", "path", "identifier", true);
  const Json cursor = Param("cursor", "query", "the `next` of the previous page", false);
  const Json limit = Param("limit", "query", "page size, 1 to 200 (default 50)", false);
  Json doc = Json::object();
  doc["paths"] = Json{
      {"/api/v1/children/{id}/entries",
           {{"get",
             {{"summary", "Entries on the record, newest first"},
              {"parameters", {id, cursor, limit}},
              {"responses", Ok("Entries", ListOf("Entry"))}}},
            {"post",
             {{"summary", "Record an entry (R15, R21, R26, R28)"},
              {"parameters", {id}},
              {"requestBody", Body("NewEntry")},
              {"responses", Ok("The entry as recorded", Ref("Entry"), 201, {400, 401, 404, 413, 422})}}}}},
      {"/api/v1/entries/{id}/versions",
           {{"get",
             {{"summary", "Every version of an entry, oldest first (R29, R30)"},
              {"parameters", {id, Param("record", "query", "the record the entry is read from (R32)", false)}},
              {"responses", Ok("Versions", ListOf("EntryVersion"))}}},
            {"post",
             {{"summary", "Amend an entry: a new version with the reason; 409 when expected_version is stale"},
              {"parameters", {id}},
              {"requestBody", Body("AmendEntry")},
              {"responses", Ok("The entry as amended", Ref("Entry"), 201, {400, 401, 403, 404, 409, 422})}}}}},
      {"/api/v1/entries/{id}",
           {{"get",
             {{"summary", "One entry; ?record= reads it from a brother's or sister's record it was shared with (R32)"},
              {"parameters", {id, Param("record", "query", "the record the entry is read from (R32)", false)}},
              {"responses", Ok("The entry", Ref("Entry"))}}}}}};
  return doc;
}

}  // namespace childrecord::features::entries
