// Documents on the child's record (R8-R14, R22): the type judged by content (data-driven from
// tests/features/documents/cases/document_types.txt) and BuildDocumentAdded's rules.
#include "features/documents/document_rules.h"

#include <gtest/gtest.h>

#include <functional>

#include "record/case_file.h"
#include "core/sha256.h"
#include "core/time_format.h"
#include "demo/demo_pdf.h"
#include "features/documents/document_type_rules.h"

namespace childrecord {
namespace {

using testing::At;
using testing::ReadCaseFile;
using testing::SplitFirst;

const TimePoint kNow = *ParseRfc3339("2026-11-24T12:00:00Z");

std::string Unescape(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out.push_back(text[i]);
      continue;
    }
    const char c = text[++i];
    if (c == 'n')
      out.push_back('\n');
    else if (c == 'r')
      out.push_back('\r');
    else if (c == 't')
      out.push_back('\t');
    else if (c == 'f')
      out.push_back('\f');
    else if (c == '0')
      out.push_back('\0');
    else if (c == 'x' && i + 2 < text.size() + 1) {
      out.push_back(static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16)));
      i += 2;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string FromHex(const std::string& hex) {
  std::string out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2)
    out.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return out;
}

void Le16(std::string& out, uint32_t v) {
  out.push_back(static_cast<char>(v & 0xff));
  out.push_back(static_cast<char>((v >> 8) & 0xff));
}
void Le32(std::string& out, uint32_t v) {
  Le16(out, v & 0xffff);
  Le16(out, v >> 16);
}

// A stored (uncompressed) ZIP of empty entries with these names: local headers, central
// directory, end record — what a real .docx has, without the XML inside.
std::string MakeZip(const std::vector<std::string>& names) {
  std::string zip, central;
  for (const std::string& name : names) {
    const auto offset = static_cast<uint32_t>(zip.size());
    zip += std::string("PK\x03\x04", 4);
    Le16(zip, 20), Le16(zip, 0), Le16(zip, 0), Le16(zip, 0), Le16(zip, 0);
    Le32(zip, 0), Le32(zip, 0), Le32(zip, 0);
    Le16(zip, static_cast<uint32_t>(name.size())), Le16(zip, 0);
    zip += name;
    central += std::string("PK\x01\x02", 4);
    Le16(central, 20), Le16(central, 20), Le16(central, 0), Le16(central, 0), Le16(central, 0), Le16(central, 0);
    Le32(central, 0), Le32(central, 0), Le32(central, 0);
    Le16(central, static_cast<uint32_t>(name.size())), Le16(central, 0), Le16(central, 0), Le16(central, 0),
        Le16(central, 0);
    Le32(central, 0), Le32(central, offset);
    central += name;
  }
  const auto dir_offset = static_cast<uint32_t>(zip.size());
  zip += central;
  zip += std::string("PK\x05\x06", 4);
  Le16(zip, 0), Le16(zip, 0), Le16(zip, static_cast<uint32_t>(names.size())),
      Le16(zip, static_cast<uint32_t>(names.size()));
  Le32(zip, static_cast<uint32_t>(central.size())), Le32(zip, dir_offset);
  Le16(zip, 0);
  return zip;
}

std::string BytesFor(const std::string& spec) {
  if (spec == "pdf") return demo::MinimalPdf("Care order", {"The child: Amir", "Łucja (fictional)"});
  auto colon = spec.find(':');
  const std::string how = spec.substr(0, colon), what = colon == std::string::npos ? "" : spec.substr(colon + 1);
  if (how == "text") return Unescape(what);
  if (how == "hex") return FromHex(what);
  if (how == "zip") {
    std::vector<std::string> names;
    size_t at = 0;
    while (at <= what.size()) {
      const size_t comma = what.find(',', at);
      names.push_back(what.substr(at, comma == std::string::npos ? std::string::npos : comma - at));
      if (comma == std::string::npos) break;
      at = comma + 1;
    }
    return MakeZip(names);
  }
  ADD_FAILURE() << "unknown byte spec " << spec;
  return {};
}

// Every case in document_types.txt: the type is judged from the bytes alone (R8-R14, R22).
TEST(DocumentTypes, CasesFromTheCaseFile_R8_R14_R22) {
  int cases = 0;
  for (const auto& line : ReadCaseFile("document_types.txt", "tests/features/documents/cases/")) {
    // The expected type may contain a space ("text/plain; charset=utf-8") and so may the text:
    // the byte spec starts at the first " text:", " hex:", " zip:" or " pdf".
    size_t space = std::string::npos;
    for (const char* marker : {" text:", " hex:", " zip:", " pdf"}) space = std::min(space, line.text.find(marker));
    ASSERT_NE(space, std::string::npos) << At("document_types.txt", line);
    const std::string expected = line.text.substr(0, space);
    auto type = SniffDocumentType(BytesFor(line.text.substr(space + 1)));
    if (expected == "refused") {
      EXPECT_FALSE(type.has_value()) << At("document_types.txt", line) << " -> " << (type ? type->media_type : "");
    } else {
      ASSERT_TRUE(type.has_value()) << At("document_types.txt", line);
      EXPECT_EQ(type->media_type, expected) << At("document_types.txt", line);
    }
    ++cases;
  }
  EXPECT_GT(cases, 30);
}

Json Input() {
  return Json{{"kind", "court_order"},
              {"title", "Interim care order"},
              {"dated", "2026-11-20"},
              {"description", "Made at the first hearing."},
              {"child_asked_to_keep", false}};
}

const std::string kPdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n";

TEST(BuildDocumentAdded, APdfCourtOrderGivesThePayloadWithItsSha256_R8) {
  auto payload = BuildDocumentAdded(Input(), DocumentFile{"C:\\Users\\amy\\order.pdf", kPdf}, "child-1", "doc-1", kNow);
  ASSERT_TRUE(payload.ok()) << payload.error().message;
  EXPECT_EQ((*payload)["document_id"], "doc-1");
  EXPECT_EQ((*payload)["child_id"], "child-1");
  EXPECT_EQ((*payload)["kind"], "court_order");
  EXPECT_EQ((*payload)["dated"], "2026-11-20");
  EXPECT_EQ((*payload)["filename"], "order.pdf");  // path dropped
  EXPECT_EQ((*payload)["media_type"], "application/pdf");
  EXPECT_EQ((*payload)["size"], static_cast<int64_t>(kPdf.size()));
  EXPECT_EQ((*payload)["sha256"], Sha256Hex(kPdf));
  EXPECT_EQ((*payload)["child_asked_to_keep"], false);
}

TEST(BuildDocumentAdded, TheChildsOwnLetterKeepsTheAskedToKeepMark_R22) {
  Json input = Input();
  input["kind"] = "childs_letter";
  input["child_asked_to_keep"] = true;
  input.erase("description");
  auto payload =
      BuildDocumentAdded(input, DocumentFile{"", "Dear Ms Hughes,\nI like my new school.\n"}, "c", "d", kNow);
  ASSERT_TRUE(payload.ok()) << payload.error().message;
  EXPECT_EQ((*payload)["child_asked_to_keep"], true);
  EXPECT_TRUE((*payload)["description"].is_null());
  EXPECT_EQ((*payload)["filename"], "document.txt");  // no name given
  EXPECT_EQ((*payload)["media_type"], "text/plain; charset=utf-8");
}

TEST(BuildDocumentAdded, EveryKindFromR8ToR14AndR22IsAccepted) {
  for (const DocumentKind& kind : DocumentKinds()) {
    Json input = Input();
    input["kind"] = kind.code;
    EXPECT_TRUE(BuildDocumentAdded(input, DocumentFile{"a.pdf", kPdf}, "c", "d", kNow).ok()) << kind.code;
    EXPECT_NE(DocumentKindLabel(kind.code), kind.code);
  }
  for (const char* code : {"court_order", "court_report", "childrens_guardian_report", "specialist_assessment",
                           "personal_education_plan", "sen_support_plan", "ehc_plan", "health_assessment",
                           "direct_work", "childs_letter", "childs_photograph", "childs_certificate"}) {
    EXPECT_NE(DocumentKindLabel(code), code) << code << " is a kind R8-R14/R22 need";
  }
}

struct Refusal {
  const char* label;
  std::function<void(Json&, std::string&, std::string&)> change;  // input, filename, bytes
  const char* field;
  const char* message_part;
};

TEST(BuildDocumentAdded, RefusalsNameTheField_R8_R9_R10_R11_R12_R14) {
  const std::vector<Refusal> refusals = {
      {"no kind", [](Json& i, std::string&, std::string&) { i.erase("kind"); }, "kind", "Choose what kind"},
      {"unknown kind", [](Json& i, std::string&, std::string&) { i["kind"] = "tattoo"; }, "kind", "not one of"},
      {"blank title", [](Json& i, std::string&, std::string&) { i["title"] = "  "; }, "title", "Enter a title"},
      {"no date", [](Json& i, std::string&, std::string&) { i.erase("dated"); }, "dated", "Enter the date"},
      {"impossible date", [](Json& i, std::string&, std::string&) { i["dated"] = "2026-02-30"; }, "dated", "real date"},
      {"future date", [](Json& i, std::string&, std::string&) { i["dated"] = "2026-12-25"; }, "dated", "past"},
      {"long description", [](Json& i, std::string&, std::string&) { i["description"] = std::string(5001, 'a'); },
       "description", "5000"},
      {"mark not a flag", [](Json& i, std::string&, std::string&) { i["child_asked_to_keep"] = "sure"; },
       "child_asked_to_keep", "yes or no"},
      {"no file", [](Json&, std::string& n, std::string& b) { n.clear(), b.clear(); }, "file", "Choose the file"},
      {"empty file", [](Json&, std::string&, std::string& b) { b.clear(); }, "file", "empty"},
      {"program renamed .pdf", [](Json&, std::string& n, std::string& b) { n = "order.pdf", b = "MZ\x90\x00\x03"; },
       "file", "must be a PDF"},
      {"too big", [](Json&, std::string&, std::string& b) { b = "%PDF-" + std::string(kMaxDocumentBytes, 'x'); },
       "file", "smaller than 15 MB"},
  };
  for (const Refusal& r : refusals) {
    Json input = Input();
    std::string name = "order.pdf", bytes = kPdf;
    r.change(input, name, bytes);
    auto result = BuildDocumentAdded(input, DocumentFile{name, bytes}, "c", "d", kNow);
    ASSERT_FALSE(result.ok()) << r.label;
    EXPECT_EQ(result.error().code, ErrorCode::kValidation) << r.label;
    EXPECT_EQ(result.error().field, r.field) << r.label;
    EXPECT_NE(result.error().message.find(r.message_part), std::string::npos)
        << r.label << ": " << result.error().message;
  }
}

TEST(BuildDocumentAdded, AFileJustUnderTheLimitIsAccepted) {
  const std::string bytes = "%PDF-" + std::string(kMaxDocumentBytes - 5, 'x');
  EXPECT_TRUE(BuildDocumentAdded(Input(), DocumentFile{"big.pdf", bytes}, "c", "d", kNow).ok());
}

TEST(CleanFilename, KeepsTheLastSegmentWithoutControlsOrBrokenUtf8) {
  EXPECT_EQ(CleanFilename("../../etc/passwd"), "passwd");
  EXPECT_EQ(CleanFilename("a\r\nb\".pdf"), "ab\".pdf");
  EXPECT_EQ(CleanFilename("Łucja’s letter.pdf"), "Łucja’s letter.pdf");
  EXPECT_EQ(CleanFilename("bad\xff"
                          "name.pdf"),
            "badname.pdf");
  EXPECT_EQ(CleanFilename(".."), "");
  EXPECT_EQ(CleanFilename(std::string(300, 'a') + ".pdf").size(), 255u);
}

}  // namespace
}  // namespace childrecord
