// Documents on the child's record (R8-R14, R22): the blob store (content-addressed, durable,
// checked on read), a fault-injecting file system proving a failed write acknowledges nothing
// and journals nothing, and the documents table and service on both backends.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "core/ids.h"
#include "core/sha256.h"
#include "features/documents/document_repository.h"
#include "features/documents/document_service.h"
#include "features/documents/document_verify.h"
#include "store/account_repository.h"
#include "store/blob_store.h"
#include "store/store_fixture.h"

namespace childrecord::testing {
namespace {

namespace fs = std::filesystem;

// A file system that fails where told to, and remembers every call, so a test can prove that
// the blob store acknowledges a write only after the fsyncs and rename it promises.
class FaultyEnv : public FileEnv {
 public:
  enum class Fault { kNone, kCreate, kWrite, kSync, kClose, kRename, kSyncDir };
  Fault fault = Fault::kNone;
  std::vector<std::string> calls;

  Result<std::unique_ptr<WritableFile>> NewWritableFile(const std::string& path) override {
    calls.push_back("create");
    if (fault == Fault::kCreate) return Error::Unavailable("injected: cannot create " + path);
    CR_ASSIGN_OR_RETURN(auto file, real().NewWritableFile(path));
    return std::unique_ptr<WritableFile>(new File(*this, std::move(file)));
  }
  Status RenameFile(const std::string& from, const std::string& to) override {
    calls.push_back("rename");
    if (fault == Fault::kRename) return Error::Unavailable("injected: rename failed");
    return real().RenameFile(from, to);
  }
  Status RemoveFile(const std::string& path) override {
    calls.push_back("remove");
    return real().RemoveFile(path);
  }
  Status CreateDirs(const std::string& path) override { return real().CreateDirs(path); }
  Status SyncDir(const std::string& path) override {
    calls.push_back("syncdir");
    if (fault == Fault::kSyncDir) return Error::Unavailable("injected: directory fsync failed");
    return real().SyncDir(path);
  }
  Result<std::string> ReadFile(const std::string& path) override { return real().ReadFile(path); }
  bool FileExists(const std::string& path) override { return real().FileExists(path); }

 private:
  class File : public WritableFile {
   public:
    File(FaultyEnv& env, std::unique_ptr<WritableFile> inner) : env_(env), inner_(std::move(inner)) {}
    Status Append(std::string_view bytes) override {
      env_.calls.push_back("write");
      if (env_.fault == Fault::kWrite) return Error::Unavailable("injected: disk full");
      return inner_->Append(bytes);
    }
    Status Sync() override {
      env_.calls.push_back("sync");
      if (env_.fault == Fault::kSync) return Error::Unavailable("injected: fsync failed");
      return inner_->Sync();
    }
    Status Close() override {
      env_.calls.push_back("close");
      if (env_.fault == Fault::kClose) return Error::Unavailable("injected: close failed");
      return inner_->Close();
    }

   private:
    FaultyEnv& env_;
    std::unique_ptr<WritableFile> inner_;
  };
  static FileEnv& real() { return FileEnv::Default(); }
};

std::string TempDir() {
  const fs::path dir = fs::temp_directory_path() / ("childrecord-blobs-" + RandomHex(8));
  fs::create_directories(dir);
  return dir.string();
}

size_t FilesUnder(const std::string& dir) {
  size_t n = 0;
  if (!fs::exists(dir)) return 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) n += entry.is_regular_file();
  return n;
}

const std::string kPdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";

class BlobStoreTest : public ::testing::Test {
 protected:
  void TearDown() override { fs::remove_all(dir_); }
  std::string dir_ = TempDir();
};

TEST_F(BlobStoreTest, PutWritesAFileNamedBySha256AndGetReturnsTheSameBytes_R8) {
  BlobStore blobs(dir_);
  auto sha = blobs.Put(kPdf);
  ASSERT_TRUE(sha.ok()) << sha.error().message;
  EXPECT_EQ(*sha, Sha256Hex(kPdf));
  EXPECT_TRUE(fs::exists(dir_ + "/" + sha->substr(0, 2) + "/" + sha->substr(2)));
  auto bytes = blobs.Get(*sha);
  ASSERT_TRUE(bytes.ok()) << bytes.error().message;
  EXPECT_EQ(*bytes, kPdf);
  EXPECT_EQ(FilesUnder(dir_ + "/tmp"), 0u);  // nothing left behind
}

TEST_F(BlobStoreTest, TheSameBytesTwiceAreOneBlob) {
  BlobStore blobs(dir_);
  auto a = blobs.Put(kPdf);
  auto b = blobs.Put(kPdf);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(*a, *b);
  EXPECT_EQ(FilesUnder(dir_), 1u);
}

TEST_F(BlobStoreTest, PutSyncsTheFileThenRenamesThenSyncsTheFolder) {
  FaultyEnv env;
  BlobStore blobs(dir_, env);
  ASSERT_TRUE(blobs.Put(kPdf).ok());
  // The order that makes an acknowledged blob survive a power cut.
  const std::vector<std::string> want = {"create", "write", "sync", "close", "rename", "syncdir", "syncdir"};
  EXPECT_EQ(env.calls, want);
}

TEST_F(BlobStoreTest, EveryInjectedFailureIsAnErrorAndLeavesNoBlob) {
  for (auto fault : {FaultyEnv::Fault::kCreate, FaultyEnv::Fault::kWrite, FaultyEnv::Fault::kSync,
                     FaultyEnv::Fault::kClose, FaultyEnv::Fault::kRename}) {
    FaultyEnv env;
    env.fault = fault;
    BlobStore blobs(dir_, env);
    auto sha = blobs.Put(kPdf);
    ASSERT_FALSE(sha.ok()) << static_cast<int>(fault);
    EXPECT_EQ(sha.error().code, ErrorCode::kUnavailable);
    EXPECT_FALSE(BlobStore(dir_).Check(Sha256Hex(kPdf)).ok()) << static_cast<int>(fault);
    EXPECT_EQ(FilesUnder(dir_ + "/tmp"), 0u) << "the temporary file is removed";
  }
  FaultyEnv env;
  env.fault = FaultyEnv::Fault::kSyncDir;
  EXPECT_FALSE(BlobStore(dir_, env).Put(kPdf).ok()) << "a rename not yet durable is not acknowledged";
}

TEST_F(BlobStoreTest, ADamagedOrMissingBlobIsAnErrorNotServed) {
  BlobStore blobs(dir_);
  auto sha = blobs.Put(kPdf);
  ASSERT_TRUE(sha.ok());
  {
    std::ofstream out(blobs.PathOf(*sha), std::ios::binary | std::ios::trunc);
    out << "%PDF-1.4 tampered";
  }
  auto damaged = blobs.Get(*sha);
  ASSERT_FALSE(damaged.ok());
  EXPECT_EQ(damaged.error().code, ErrorCode::kInternal);
  EXPECT_NE(damaged.error().message.find("does not match its SHA-256"), std::string::npos);
  // Putting the right bytes again repairs it.
  ASSERT_TRUE(blobs.Put(kPdf).ok());
  EXPECT_TRUE(blobs.Get(*sha).ok());
  fs::remove(blobs.PathOf(*sha));
  EXPECT_EQ(blobs.Get(*sha).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(blobs.Get("../../etc/passwd").error().code, ErrorCode::kNotFound);
}

// The documents table and service, on both backends.
class DocumentStoreTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    seeded_ = Seed();
    auto worker = AccountRepository(store()).FindUser(seeded_.tenant.id, seeded_.worker_id);
    ASSERT_TRUE(worker.ok());
    who_.user = *worker;
    who_.via_api_token = true;
  }
  void TearDown() override {
    fs::remove_all(dir_);
    BackendTest::TearDown();
  }
  Json Input(const std::string& kind = "court_order") {
    return Json{{"kind", kind},
                {"title", "Interim care order"},
                {"dated", "2026-11-20"},
                {"child_asked_to_keep", kind == "childs_letter"}};
  }
  int64_t JournalLength() {
    return AsInt(RawValue("SELECT COUNT(*) FROM journal WHERE tenant_id = ?", {seeded_.tenant.id}));
  }
  int64_t AccessRows(const std::string& like) {
    return AsInt(
        RawValue("SELECT COUNT(*) FROM access_log WHERE tenant_id = ? AND detail LIKE ?", {seeded_.tenant.id, like}));
  }

  SeededRecord seeded_;
  Principal who_;
  std::string dir_ = TempDir();
};

TEST_P(DocumentStoreTest, AddListGetAndDownloadThroughTheService_R8_R9_R22) {
  BlobStore blobs(dir_);
  RecordAccess records(store(), seeded_.tenant.id);
  DocumentService documents(store(), seeded_.tenant.id, records, blobs);
  auto order = documents.AddDocument(who_, seeded_.child_id, Input(), DocumentFile{"order.pdf", kPdf});
  ASSERT_TRUE(order.ok()) << order.error().message;
  clock().Advance(std::chrono::minutes(5));
  Json letter = Input("childs_letter");
  letter["dated"] = "2026-11-21";
  auto kept = documents.AddDocument(who_, seeded_.child_id, letter, DocumentFile{"letter.txt", "Dear you,\n"});
  ASSERT_TRUE(kept.ok()) << kept.error().message;

  auto list = documents.ListDocuments(who_, seeded_.child_id);
  ASSERT_TRUE(list.ok()) << list.error().message;
  ASSERT_EQ(list->size(), 2u);
  EXPECT_EQ((*list)[0].id, kept->id);  // the later date first
  EXPECT_TRUE((*list)[0].child_asked_to_keep);
  EXPECT_EQ((*list)[1].kind, "court_order");
  EXPECT_EQ((*list)[1].sha256, Sha256Hex(kPdf));
  EXPECT_EQ((*list)[1].size, static_cast<int64_t>(kPdf.size()));
  EXPECT_EQ((*list)[1].media_type, "application/pdf");
  EXPECT_FALSE((*list)[1].added_by_name.empty());

  // What the lead's court orders will link to: the document's child and kind.
  auto got = DocumentRepository(store()).GetDocument(seeded_.tenant.id, order->id);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->child_id, seeded_.child_id);
  EXPECT_EQ(got->kind, "court_order");
  EXPECT_EQ(DocumentRepository(store()).GetDocument(seeded_.tenant.id, NewId()).error().code, ErrorCode::kNotFound);

  const int64_t before = AccessRows("download: %");
  auto download = documents.DownloadDocument(who_, order->id);
  ASSERT_TRUE(download.ok()) << download.error().message;
  EXPECT_EQ(download->bytes, kPdf);
  EXPECT_EQ(AccessRows("download: Interim care order (" + order->id + ")"), before + 1);

  // verify replays document.added into the same row, and finds every file intact.
  EXPECT_TRUE(Verify(seeded_.tenant).ok) << Verify(seeded_.tenant).problem;
  auto blob_report = VerifyDocumentBlobs(store(), seeded_.tenant, blobs);
  ASSERT_TRUE(blob_report.ok());
  EXPECT_TRUE(blob_report->ok) << blob_report->problem;
  EXPECT_EQ(blob_report->documents, 2);
}

TEST_P(DocumentStoreTest, AFailedFsyncAcknowledgesNothingAndJournalsNothing) {
  FaultyEnv env;
  env.fault = FaultyEnv::Fault::kSync;
  BlobStore blobs(dir_, env);
  RecordAccess records(store(), seeded_.tenant.id);
  DocumentService documents(store(), seeded_.tenant.id, records, blobs);
  const int64_t events = JournalLength();
  auto added = documents.AddDocument(who_, seeded_.child_id, Input(), DocumentFile{"order.pdf", kPdf});
  ASSERT_FALSE(added.ok());
  EXPECT_EQ(added.error().code, ErrorCode::kUnavailable);
  EXPECT_EQ(JournalLength(), events);
  EXPECT_EQ(AsInt(RawValue("SELECT COUNT(*) FROM documents")), 0);
  env.fault = FaultyEnv::Fault::kRename;
  EXPECT_FALSE(documents.AddDocument(who_, seeded_.child_id, Input(), DocumentFile{"order.pdf", kPdf}).ok());
  EXPECT_EQ(JournalLength(), events);
}

TEST_P(DocumentStoreTest, AProgramCalledPdfIsRefusedNamingTheFieldWithNothingWritten) {
  BlobStore blobs(dir_);
  RecordAccess records(store(), seeded_.tenant.id);
  DocumentService documents(store(), seeded_.tenant.id, records, blobs);
  const int64_t events = JournalLength();
  auto added = documents.AddDocument(who_, seeded_.child_id, Input(),
                                     DocumentFile{"order.pdf", std::string("MZ\x90\x00\x03\x00\x00\x00", 8)});
  ASSERT_FALSE(added.ok());
  EXPECT_EQ(added.error().code, ErrorCode::kValidation);
  EXPECT_EQ(added.error().field, "file");
  EXPECT_EQ(JournalLength(), events);
  EXPECT_EQ(FilesUnder(dir_), 0u);
}

TEST_P(DocumentStoreTest, VerifyFindsAMissingOrDamagedFile) {
  BlobStore blobs(dir_);
  RecordAccess records(store(), seeded_.tenant.id);
  DocumentService documents(store(), seeded_.tenant.id, records, blobs);
  auto order = documents.AddDocument(who_, seeded_.child_id, Input(), DocumentFile{"order.pdf", kPdf});
  ASSERT_TRUE(order.ok()) << order.error().message;
  {
    std::ofstream out(blobs.PathOf(order->sha256), std::ios::binary | std::ios::trunc);
    out << "something else";
  }
  auto report = VerifyDocumentBlobs(store(), seeded_.tenant, blobs);
  ASSERT_TRUE(report.ok());
  EXPECT_FALSE(report->ok);
  EXPECT_NE(report->problem.find(order->id), std::string::npos);
  auto download = documents.DownloadDocument(who_, order->id);
  ASSERT_FALSE(download.ok());
  EXPECT_EQ(download.error().code, ErrorCode::kInternal);
}

CHILDRECORD_INSTANTIATE_BACKENDS(DocumentStoreTest);

}  // namespace
}  // namespace childrecord::testing
