#include "features/documents/document_rules.h"

#include "core/sha256.h"
#include "core/text.h"
#include "core/time_format.h"
#include "features/documents/document_type_rules.h"
#include "record/field_rules.h"

namespace childrecord {
namespace {

namespace rf = record_fields;

constexpr size_t kMaxFilename = 255;
constexpr size_t kMaxDescription = 5000;

std::vector<std::string> KindCodes() {
  std::vector<std::string> codes;
  for (const DocumentKind& k : DocumentKinds()) codes.push_back(k.code);
  return codes;
}

// The longest prefix of `text` of at most `max` bytes that does not cut a UTF-8 character.
std::string CutUtf8(std::string text, size_t max) {
  if (text.size() <= max) return text;
  size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xc0) == 0x80) --end;
  return text.substr(0, end);
}

}  // namespace

const std::vector<DocumentKind>& DocumentKinds() {
  static const auto* kinds = new std::vector<DocumentKind>{
      {"court_order", "Court order", "R8", "An order made about the child, such as a care order"},
      {"court_report", "Court report", "R9", "A report written for court proceedings"},
      {"childrens_guardian_report", "Children's Guardian report", "R9", "The Children's Guardian's report to court"},
      {"specialist_assessment", "Specialist assessment", "R9", "For example a psychological or parenting assessment"},
      {"personal_education_plan", "Personal Education Plan (PEP)", "R10", "For a child in care"},
      {"sen_support_plan", "SEN Support Plan", "R11", "Special educational needs support at school"},
      {"ehc_plan", "Education, Health and Care Plan (EHCP)", "R11", ""},
      {"health_assessment", "Health assessment", "R12", "For a child in care: the initial or review health assessment"},
      {"direct_work", "Direct work with the child", "R14", "A copy or photograph of work done with the child"},
      {"childs_letter", "Letter from the child", "R22", "Something the child wrote and wants on their record"},
      {"childs_photograph", "Photograph", "R22", "A photograph the child wants on their record"},
      {"childs_certificate", "Certificate", "R22", "A school or other certificate the child wants on their record"},
      {"other", "Other document", "", ""},
  };
  return *kinds;
}

std::string DocumentKindLabel(const std::string& code) {
  for (const DocumentKind& k : DocumentKinds()) {
    if (k.code == code) return k.label;
  }
  return code;
}

std::string CleanFilename(std::string_view filename) {
  const size_t slash = filename.find_last_of("/\\");
  if (slash != std::string_view::npos) filename.remove_prefix(slash + 1);
  std::string kept;
  for (char c : filename) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f) continue;
    kept.push_back(c);
  }
  if (!IsValidUtf8(kept)) {  // keep the ASCII; a name the client garbled is still a name
    std::string ascii;
    for (char c : kept) {
      if (static_cast<unsigned char>(c) < 0x80) ascii.push_back(c);
    }
    kept = std::move(ascii);
  }
  kept = rf::Trim(CutUtf8(std::move(kept), kMaxFilename));
  if (kept == "." || kept == "..") return {};
  return kept;
}

Result<Json> BuildDocumentAdded(const Json& input, const DocumentFile& file, const std::string& child_id,
                                const std::string& document_id, TimePoint now) {
  if (!input.is_object()) return Error::BadRequest("The document's details must be a JSON object");
  CR_ASSIGN_OR_RETURN(std::string kind,
                      rf::Choice(input, "kind", "kind", KindCodes(), "Choose what kind of document this is"));
  CR_ASSIGN_OR_RETURN(std::string title, rf::Text(input, "title", "title", "Enter a title for the document"));
  CR_ASSIGN_OR_RETURN(Date dated, rf::RequiredDate(input, "dated", "dated", "the date on the document", rf::Today(now),
                                                   "The date on the document must be today or in the past"));
  CR_ASSIGN_OR_RETURN(std::string description, rf::OptionalText(input, "description", "description", kMaxDescription));
  CR_ASSIGN_OR_RETURN(std::optional<bool> asked, rf::OptionalBool(input, "child_asked_to_keep", "child_asked_to_keep"));

  if (file.bytes.empty()) {
    if (file.filename.empty()) return Error::Validation("file", "Choose the file to add");
    return Error::Validation("file", "The selected file is empty");
  }
  if (file.bytes.size() > kMaxDocumentBytes) {
    return Error::Validation("file", std::string("The selected file must be smaller than ") + kMaxDocumentText);
  }
  auto type = SniffDocumentType(file.bytes);
  if (!type) {
    const std::string name = CleanFilename(file.filename);
    return Error::Validation("file", "The selected file must be a " + AcceptedDocumentTypesText() +
                                         (name.empty() ? "" : ": '" + name + "' is none of these"));
  }
  std::string filename = CleanFilename(file.filename);
  if (filename.empty()) filename = "document." + type->extension;

  Json payload{{"document_id", document_id},
               {"child_id", child_id},
               {"kind", kind},
               {"title", title},
               {"dated", FormatIsoDate(dated)},
               {"child_asked_to_keep", asked.value_or(false)},
               {"filename", filename},
               {"media_type", type->media_type},
               {"size", static_cast<int64_t>(file.bytes.size())},
               {"sha256", Sha256Hex(file.bytes)}};
  payload["description"] = description.empty() ? Json(nullptr) : Json(description);
  return payload;
}

}  // namespace childrecord
