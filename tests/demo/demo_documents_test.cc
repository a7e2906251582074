// The demo's documents (R8, R9, R10, R22): one-page PDFs that are real PDFs by content, a care
// order for children in care, letters the child asked to keep, every file in the blob folder
// matching its SHA-256, and the journal still verifying.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>

#include "core/time_format.h"
#include "demo/demo_generator.h"
#include "demo/demo_pdf.h"
#include "features/children/child_repository.h"
#include "features/documents/document_repository.h"
#include "features/documents/document_type_rules.h"
#include "features/documents/document_verify.h"
#include "store/blob_store.h"
#include "store/verify.h"

namespace childrecord {
namespace {

namespace fs = std::filesystem;

TEST(DemoPdf, IsAPdfByContentWithAWorkingCrossReferenceTable) {
  const std::string pdf = demo::MinimalPdf("Care order (fictional)", {"Child: Łucja", "A (bracketed) line \\ here"});
  auto type = SniffDocumentType(pdf);
  ASSERT_TRUE(type.has_value());
  EXPECT_EQ(type->media_type, "application/pdf");
  EXPECT_LT(pdf.size(), 2048u);
  // startxref points at the "xref" keyword, and each object offset at "<n> 0 obj".
  const size_t startxref = pdf.rfind("startxref\n");
  ASSERT_NE(startxref, std::string::npos);
  const size_t xref = std::stoul(pdf.substr(startxref + 10));
  EXPECT_EQ(pdf.compare(xref, 4, "xref"), 0);
  for (int object = 1; object <= 5; ++object) {
    const size_t entry = xref + std::string("xref\n0 6\n").size() + 20 * static_cast<size_t>(object);
    const size_t offset = std::stoul(pdf.substr(entry, 10));
    EXPECT_EQ(pdf.compare(offset, 7, std::to_string(object) + " 0 obj"), 0) << object;
  }
  EXPECT_NE(pdf.find("(Child: ?ucja)"), std::string::npos);
  EXPECT_NE(pdf.find("(A \\(bracketed\\) line \\\\ here)"), std::string::npos);
  EXPECT_TRUE(pdf.ends_with("%%EOF\n"));
}

TEST(DemoGenerator, ChildrenInCareHaveTheirCareOrderAndSomeChildrenTheirOwnLetters_R8_R22) {
  const fs::path base = fs::temp_directory_path() / ("childrecord-demo-docs-" + std::to_string(::getpid()));
  fs::remove_all(base);
  fs::create_directories(base);
  const TimePoint end = *ParseRfc3339("2026-03-16T12:00:00Z");
  DemoOptions options;
  options.children = 40;
  options.seed = 11;
  options.months_of_history = 6;
  options.blob_dir = (base / "demo.blobs").string();
  FakeClock clock(DemoHistoryStart(options, end));
  {
    auto store = Store::Open("sqlite://" + (base / "demo.db").string(), clock);
    ASSERT_TRUE(store.ok()) << store.error().message;
    auto tenant = (*store)->CreateTenant("Kingsmere Council");
    ASSERT_TRUE(tenant.ok());
    auto summary = GenerateDemo(**store, clock, *tenant, options, end);
    ASSERT_TRUE(summary.ok()) << summary.error().message;
    EXPECT_GT(summary->documents, 0);

    std::map<std::string, int> kinds;
    int kept = 0, total = 0;
    auto children = ChildRepository(*(*store)).SearchChildren(tenant->id, "", 200, "");
    ASSERT_TRUE(children.ok());
    for (const ChildListItem& child : children->items) {
      auto documents = DocumentRepository(**store).ListDocuments(tenant->id, child.id);
      ASSERT_TRUE(documents.ok());
      for (const DocumentView& d : *documents) {
        ++kinds[d.kind];
        ++total;
        kept += d.child_asked_to_keep;
        EXPECT_EQ(d.media_type, "application/pdf");
        EXPECT_LE(d.dated, FormatIsoDate(LondonDate(end)));
        if (d.kind == "childs_letter") {
          EXPECT_TRUE(d.child_asked_to_keep) << "R22";
        }
        if (d.kind == "court_order") {
          EXPECT_EQ(child.team_name, "Children in Care Team") << "R8";
        }
      }
    }
    EXPECT_EQ(total, summary->documents);
    EXPECT_GT(kinds["court_order"], 0);
    EXPECT_GT(kinds["personal_education_plan"], 0);
    EXPECT_GT(kept, 0);

    auto report = VerifyTenant(**store, *tenant, std::nullopt);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok) << report->problem;
    BlobStore blobs(options.blob_dir);
    auto files = VerifyDocumentBlobs(**store, *tenant, blobs);
    ASSERT_TRUE(files.ok());
    EXPECT_TRUE(files->ok) << files->problem;
    EXPECT_EQ(files->documents, summary->documents);
  }
  fs::remove_all(base);
}

}  // namespace
}  // namespace childrecord
