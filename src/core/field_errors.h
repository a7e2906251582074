#pragma once

#include <utility>
#include <vector>

#include "core/error.h"
#include "core/result.h"

namespace childrecord {

// Collects every field error of one input, so validation reports them all at once instead of
// stopping at the first: a rule checks each field, adds what is wrong, and returns ToStatus().
// Not thread safe (one per validation).
class FieldErrors {
 public:
  // Adds `error` and the others it carries, in order; a field already in error keeps its first.
  void Add(const Error& error) {
    for (const Error& e : error.All()) {
      bool seen = false;
      for (const Error& had : errors_) seen = seen || (!e.field.empty() && had.field == e.field);
      if (!seen) errors_.push_back(Error{e.code, e.message, e.field});
    }
  }
  // Adds the error of `result` when it failed; returns whether it succeeded.
  template <typename T>
  bool Check(const Result<T>& result) {
    if (!result.ok()) Add(result.error());
    return result.ok();
  }

  // Adds the error of `status` when it failed; returns whether it succeeded.
  bool Check(const Status& status) {
    if (!status.ok()) Add(status.error());
    return status.ok();
  }

  bool empty() const { return errors_.empty(); }
  // Ok when nothing was added; else the first error, with the rest as its `others`.
  Status ToStatus() const {
    if (errors_.empty()) return Status::Ok();
    Error first = errors_.front();
    first.others.assign(errors_.begin() + 1, errors_.end());
    return first;
  }

 private:
  std::vector<Error> errors_;
};

}  // namespace childrecord
