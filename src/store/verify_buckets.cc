#include "store/verify_buckets.h"

#include <stdlib.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <functional>

namespace childrecord::verify {
namespace {

constexpr char kMutation = 'M';
constexpr char kStoredRow = 'S';

void PutU32(std::string& out, uint32_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
void PutI64(std::string& out, int64_t v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); }
void PutText(std::string& out, std::string_view s) {
  PutU32(out, static_cast<uint32_t>(s.size()));
  out.append(s);
}
void PutValue(std::string& out, const FieldValue& value) {
  if (const auto* s = std::get_if<std::string>(&value)) {
    out.push_back('s');
    PutText(out, *s);
  } else if (const auto* i = std::get_if<int64_t>(&value)) {
    out.push_back('i');
    PutI64(out, *i);
  } else {
    out.push_back('n');
  }
}

// Reads what the Put functions wrote; `ok()` turns false, and every read returns empty values, once
// the bytes run out (a file this process wrote is never short unless the disk failed).
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool more() const { return ok_ && at_ < bytes_.size(); }
  bool ok() const { return ok_; }
  char Byte() { return Take(1).empty() ? '\0' : bytes_[at_ - 1]; }
  uint32_t U32() { return Fixed<uint32_t>(); }
  int64_t I64() { return Fixed<int64_t>(); }
  std::string_view Text() { return Take(U32()); }
  // A value as it is in the bytes, for comparing without copying: `tag` 's', 'i' or 'n'.
  struct View {
    char tag = 'n';
    int64_t number = 0;
    std::string_view text;
    bool operator==(const FieldValue& value) const {
      if (const auto* s = std::get_if<std::string>(&value)) return tag == 's' && text == *s;
      if (const auto* i = std::get_if<int64_t>(&value)) return tag == 'i' && number == *i;
      return tag == 'n';
    }
    FieldValue Copy() const {
      if (tag == 's') return std::string(text);
      if (tag == 'i') return number;
      return FieldValue{};
    }
  };
  View ValueView() {
    View v;
    v.tag = Byte();
    if (v.tag == 's') {
      v.text = Text();
    } else if (v.tag == 'i') {
      v.number = I64();
    } else if (v.tag != 'n') {
      ok_ = false;
    }
    return v;
  }
  FieldValue Value() {
    switch (Byte()) {
      case 's':
        return std::string(Text());
      case 'i':
        return I64();
      case 'n':
        return FieldValue{};
      default:
        ok_ = false;
        return FieldValue{};
    }
  }

 private:
  std::string_view Take(size_t n) {
    if (!ok_ || bytes_.size() - at_ < n) {
      ok_ = false;
      return {};
    }
    at_ += n;
    return bytes_.substr(at_ - n, n);
  }
  template <typename T>
  T Fixed() {
    T v{};
    std::string_view b = Take(sizeof v);
    if (!b.empty()) std::memcpy(&v, b.data(), sizeof v);
    return v;
  }
  std::string_view bytes_;
  size_t at_ = 0;
  bool ok_ = true;
};

Result<std::FILE*> OpenTemporary() {
  std::string pattern = (std::filesystem::temp_directory_path() / "childrecord-verify.XXXXXX").string();
  const int fd = mkstemp(pattern.data());
  if (fd < 0) return Error::Internal("verify: cannot create a temporary file in " + pattern);
  unlink(pattern.c_str());  // gone when closed, even if verify is killed
  std::FILE* file = fdopen(fd, "w+b");
  if (!file) {
    close(fd);
    return Error::Internal("verify: cannot open a temporary file");
  }
  std::setvbuf(file, nullptr, _IOFBF, 1 << 16);
  return file;
}

Status Write(std::FILE* file, const std::string& bytes) {
  if (bytes.empty() || std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size()) return Status::Ok();
  return Error::Internal("verify: cannot write a temporary file (is the temporary directory full?)");
}

Result<std::string> ReadAll(std::FILE* file) {
  if (std::fflush(file) != 0 || std::fseek(file, 0, SEEK_END) != 0) return Error::Internal("verify: cannot read back");
  const long size = std::ftell(file);
  std::string bytes(size < 0 ? 0 : static_cast<size_t>(size), '\0');
  size_t got = 0;
  while (got < bytes.size()) {
    const ssize_t n = pread(fileno(file), bytes.data() + got, bytes.size() - got, static_cast<off_t>(got));
    if (n <= 0) return Error::Internal("verify: cannot read back a temporary file");
    got += static_cast<size_t>(n);
  }
  return bytes;
}

FieldValue FromSql(const SqlValue& value) {
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  if (const auto* i = std::get_if<int64_t>(&value)) return *i;
  return std::monostate{};
}

}  // namespace

Result<RowBuckets> RowBuckets::Open(size_t count) {
  RowBuckets buckets;
  for (size_t i = 0; i < std::max<size_t>(1, count); ++i) {
    CR_ASSIGN_OR_RETURN(std::FILE * mutations, OpenTemporary());
    buckets.mutations_.push_back(mutations);
    CR_ASSIGN_OR_RETURN(std::FILE * stored, OpenTemporary());
    buckets.stored_.push_back(stored);
  }
  return buckets;
}

RowBuckets::RowBuckets(RowBuckets&& other) noexcept
    : mutations_(std::move(other.mutations_)), stored_(std::move(other.stored_)) {
  other.mutations_.clear();
  other.stored_.clear();
}

RowBuckets::~RowBuckets() {
  for (std::FILE* f : mutations_) std::fclose(f);
  for (std::FILE* f : stored_) std::fclose(f);
}

size_t RowBuckets::BucketOf(std::string_view id) const { return std::hash<std::string_view>{}(id) % count(); }

void RowBuckets::EncodeMutation(std::string& out, int64_t seq, const std::string& type, const Mutation& m) {
  out.push_back(kMutation);
  PutI64(out, seq);
  PutText(out, type);
  out.push_back(static_cast<char>(m.kind));
  PutText(out, m.table);
  PutText(out, m.id);
  PutText(out, m.unless_later);
  PutU32(out, static_cast<uint32_t>(m.fields.size()));
  for (const auto& [column, value] : m.fields) {
    PutText(out, column);
    PutValue(out, value);
  }
}

void RowBuckets::EncodeStoredRow(std::string& out, size_t table_index, const SqlRow& row,
                                 const ProjectedRowColumns& at) {
  out.push_back(kStoredRow);
  PutU32(out, static_cast<uint32_t>(table_index));
  PutText(out, AsText(row[at.id()]));
  PutU32(out, static_cast<uint32_t>(at.column_count()));
  for (size_t i = 0; i < at.column_count(); ++i) PutValue(out, FromSql(row[at.column(i)]));
}

Status RowBuckets::WriteMutations(size_t bucket, const std::string& bytes) { return Write(mutations_[bucket], bytes); }

Status RowBuckets::WriteStoredRows(size_t bucket, const std::string& bytes) { return Write(stored_[bucket], bytes); }

Result<BucketVerdict> RowBuckets::Check(size_t bucket, const std::vector<ProjectedTable>& tables, bool compare) {
  BucketVerdict verdict;
  verdict.row_problems.resize(tables.size());
  verdict.stored_rows.assign(tables.size(), 0);
  verdict.rebuilt_rows.assign(tables.size(), 0);
  const auto corrupt = [] { return Error::Internal("verify: a temporary file was damaged while verify ran"); };

  ProjectionState state;
  {
    CR_ASSIGN_OR_RETURN(std::string bytes, ReadAll(mutations_[bucket]));
    Reader in(bytes);
    std::vector<Mutation> one(1);
    while (in.more()) {
      if (in.Byte() != kMutation) return corrupt();
      const int64_t seq = in.I64();
      std::string_view type = in.Text();
      Mutation& m = one[0];
      m.kind = static_cast<Mutation::Kind>(in.Byte());
      m.table = in.Text();
      m.id = in.Text();
      m.unless_later = in.Text();
      m.fields.clear();
      for (uint32_t n = in.U32(); n > 0 && in.ok(); --n) {
        std::string column(in.Text());
        m.fields.emplace(std::move(column), in.Value());
      }
      if (!in.ok()) return corrupt();
      Status applied = state.Apply(std::move(one));
      if (!applied.ok()) {
        verdict.apply_error_seq = seq;
        verdict.apply_error_type = type;
        verdict.apply_error = applied.error().message;
        return verdict;
      }
    }
  }
  if (!compare) return verdict;

  for (size_t t = 0; t < tables.size(); ++t) {
    auto found = state.tables().find(tables[t].name);
    if (found != state.tables().end()) verdict.rebuilt_rows[t] = static_cast<int64_t>(found->second.size());
  }
  CR_ASSIGN_OR_RETURN(std::string bytes, ReadAll(stored_[bucket]));
  Reader in(bytes);
  static const std::map<std::string, Fields> kNoRows;
  while (in.more()) {
    if (in.Byte() != kStoredRow) return corrupt();
    const uint32_t t = in.U32();
    std::string_view id = in.Text();
    const uint32_t columns = in.U32();
    if (!in.ok() || t >= tables.size() || columns != tables[t].columns.size()) return corrupt();
    const ProjectedTable& table = tables[t];
    ++verdict.stored_rows[t];
    auto keep = [&](std::string problem) {
      auto& kept = verdict.row_problems[t];
      if (!kept || id < kept->id) kept = BucketVerdict::RowProblem{std::string(id), std::move(problem)};
    };
    auto found = state.tables().find(table.name);
    const auto& rows = found == state.tables().end() ? kNoRows : found->second;
    auto row = rows.find(std::string(id));
    if (row == rows.end()) {
      keep("Table " + table.name + " has a row " + std::string(id) + " that no event in the journal created");
      for (uint32_t c = 0; c < columns; ++c) in.ValueView();
      continue;
    }
    static const FieldValue kNull;
    bool reported = false;
    for (const std::string& column : table.columns) {
      const Reader::View have = in.ValueView();
      if (reported) continue;
      auto want = row->second.find(column);
      const FieldValue& expected = want == row->second.end() ? kNull : want->second;
      if (!(have == expected)) {
        keep("Table " + table.name + ", row " + std::string(id) + ", column " + column + " holds " +
             DescribeField(have.Copy()) + " but the journal says " + DescribeField(expected));
        reported = true;
      }
    }
    if (!in.ok()) return corrupt();
  }
  return verdict;
}

}  // namespace childrecord::verify
