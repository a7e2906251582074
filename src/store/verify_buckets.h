#pragma once

// How `verify` compares the current-state tables with the journal without holding a whole
// authority's tables in memory (store/verify.cc): every row is given to one of a number of
// buckets by a hash of its id. The journal pass writes each event's mutations to the bucket of the
// row they change, in journal order; the stored rows are written to the bucket of their id. Each
// bucket is then rebuilt and compared on its own, and freed: what a row becomes depends only on the
// mutations of that row (ProjectionState::Apply), so a bucket rebuilds exactly the rows a replay
// of the whole journal would. Memory is one bucket per thread; the files are unlinked temporary
// files under the temporary directory (TMPDIR), gone when the buckets are.

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "record/projection.h"
#include "store/database.h"
#include "store/projected_rows.h"

namespace childrecord::verify {

// What one bucket found. Problems are kept per projected table (the index in ProjectedTables()):
// the one with the smallest row id, which is the one a walk of the table in id order meets first.
struct BucketVerdict {
  // The first event in this bucket whose mutation cannot be applied (a row inserted twice, or updated
  // before it exists): its seq (0 when none), its type and what is wrong.
  int64_t apply_error_seq = 0;
  std::string apply_error_type;
  std::string apply_error;
  struct RowProblem {
    std::string id;
    std::string problem;
  };
  std::vector<std::optional<RowProblem>> row_problems;  // per projected table
  std::vector<int64_t> stored_rows;                     // per projected table: stored rows compared
  std::vector<int64_t> rebuilt_rows;                    // per projected table: rows the journal creates
};

// The bucket files of one verification. Not thread safe, except as said of each function; owns
// its files and closes (so deletes) them when destroyed.
class RowBuckets {
 public:
  // `count` buckets (at least 1) of two files each: one for mutations, one for stored rows.
  static Result<RowBuckets> Open(size_t count);
  RowBuckets(RowBuckets&&) noexcept;
  RowBuckets& operator=(RowBuckets&&) = delete;
  RowBuckets(const RowBuckets&) = delete;
  ~RowBuckets();

  size_t count() const { return mutations_.size(); }
  // The bucket of a row id. Thread safe.
  size_t BucketOf(std::string_view id) const;

  // Appends one event's mutation, in the encoding ReadBucket reads, to `out`. Thread safe.
  static void EncodeMutation(std::string& out, int64_t seq, const std::string& type, const Mutation& m);
  // Appends one stored row of `tables[table_index]`, as selected with `at` (its id and projected
  // columns, each taken at its name's place). Thread safe.
  static void EncodeStoredRow(std::string& out, size_t table_index, const SqlRow& row, const ProjectedRowColumns& at);

  // Appends encoded mutations, or stored rows, to bucket `bucket`'s file. Calls for the same
  // kind of file must not run concurrently; mutations must come in journal order.
  Status WriteMutations(size_t bucket, const std::string& bytes);
  Status WriteStoredRows(size_t bucket, const std::string& bytes);

  // Rebuilds bucket `bucket` from its mutations and compares every stored row in it with the
  // rebuilt one. With `compare` false only applies the mutations (to find an apply error). Safe to
  // call concurrently for different buckets once every write has been made.
  Result<BucketVerdict> Check(size_t bucket, const std::vector<ProjectedTable>& tables, bool compare);

 private:
  RowBuckets() = default;
  std::vector<std::FILE*> mutations_;
  std::vector<std::FILE*> stored_;
};

}  // namespace childrecord::verify
