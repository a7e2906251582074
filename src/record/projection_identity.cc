#include "record/projection_identity.h"

namespace childrecord {

Fields OpenedIdentityColumns(const Fields& opened) {
  auto get = [&](const char* column) {
    auto it = opened.find(column);
    return it == opened.end() ? FieldValue{} : it->second;
  };
  Fields f{{"opened_full_name", get("full_name")},
           {"opened_date_of_birth", get("date_of_birth")},
           {"opened_local_child_id", get("local_child_id")}};
  for (const char* column : {"other_names", "nhs_number", "upn", "full_name_from", "other_names_from",
                             "date_of_birth_from", "nhs_number_from", "upn_from", "local_child_id_from"}) {
    f[column] = FieldValue{};
  }
  return f;
}

}  // namespace childrecord
