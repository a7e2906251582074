#pragma once

#include <optional>
#include <string>

#include "auth/principal.h"
#include "core/result.h"
#include "core/time_format.h"
#include "features/genogram/genogram_rules.h"
#include "features/people/people_service.h"
#include "service/record_access.h"
#include "store/store.h"

namespace childrecord {

// R20: the child's family model with the child's name, as the page and the downloads need it.
struct ChildGenogram {
  std::string child_name;
  GenogramModel model;
};

// R20: the genogram of a child's record, derived at read time from the people feature (never
// stored, so redrawn as people change). Every read decides access through the people feature's
// read (kReadPeople), which logs it. Thread safe; borrows `store` and `record_access`.
class GenogramService {
 public:
  GenogramService(Store& store, std::string tenant_id, RecordAccess& record_access)
      : store_(store), tenant_id_(tenant_id), people_(store, std::move(tenant_id), record_access) {}

  // The family as it is on `as_at` (the household as it was then); today when none is given.
  Result<ChildGenogram> Read(const Principal& who, const std::string& child_id, std::optional<Date> as_at,
                             const AccessContext& access = {});

 private:
  Store& store_;
  std::string tenant_id_;
  PeopleService people_;
};

}  // namespace childrecord
