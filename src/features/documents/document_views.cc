#include "features/documents/document_views.h"

#include "features/documents/document_rules.h"

namespace childrecord {

namespace {

std::vector<std::string> DocumentKindCodes() {
  std::vector<std::string> codes;
  for (const DocumentKind& k : DocumentKinds()) codes.push_back(k.code);
  return codes;
}

}  // namespace

const fields::Description<DocumentView>& Describe(const DocumentView*) {
  using fields::Kind;
  using V = DocumentView;
  static const fields::Description<DocumentView> description = {
      {"id", "d.id", &V::id},
      {"child_id", "d.child_id", &V::child_id},
      {"kind", "d.kind", &V::kind, Kind::kText, "the kind of document", DocumentKindCodes()},
      {"title", "d.title", &V::title},
      {"dated", "d.dated", &V::dated, Kind::kDate, "the date on the document"},
      {"description", "d.description", &V::description, Kind::kOptionalText},
      {"child_asked_to_keep", "d.child_asked_to_keep", &V::child_asked_to_keep, Kind::kFlag,
       "R22: the child asked for this to be kept"},
      {"filename", "d.filename", &V::filename},
      {"media_type", "d.media_type", &V::media_type, Kind::kText, "judged from the file's content, not its name"},
      {"size", "d.size", &V::size, Kind::kInteger, "in bytes"},
      {"sha256", "d.sha256", &V::sha256},
      {"added_at", "d.added_at", &V::added_at, Kind::kInstant},
      {"added_by_id", "d.added_by", &V::added_by, Kind::kText, "", {}, /*internal=*/true},
      {"added_by", "u.full_name", &V::added_by_name, Kind::kText, "who added it"},
  };
  return description;
}

}  // namespace childrecord
