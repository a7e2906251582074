#include "features/entries/information_marks_rules.h"

#include "record/field_rules.h"

namespace childrecord {

using namespace record_fields;

const std::vector<std::string>& InformationKinds() {
  static const auto* kinds = new std::vector<std::string>{"fact", "opinion", "assessment", "judgement", "decision"};
  return *kinds;
}

const std::vector<std::string>& InformationSources() {
  static const auto* sources = new std::vector<std::string>{"first_hand", "third_party"};
  return *sources;
}

std::string InformationKindLabel(const std::string& kind) {
  if (kind.empty()) return kind;
  std::string label = kind;
  if (label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
  return label;
}

std::string InformationKindExplanation(const std::string& kind) {
  if (kind == "fact") return "Something that happened or is true, that could be checked.";
  if (kind == "opinion") return "What someone thinks or believes.";
  if (kind == "assessment") return "A professional's view, built from what they have seen and been told.";
  if (kind == "judgement") return "A conclusion a professional has reached, with their reasons.";
  if (kind == "decision") return "What has been decided, by whom, and why.";
  return {};
}

Result<Json> BuildInformationMarks(const Json& marks, const std::string& path) {
  if (!marks.is_object()) return Error::Validation(path, "Say what kind of information this is and where it came from");
  CR_ASSIGN_OR_RETURN(std::string kind,
                      Choice(marks, "kind", Join(path, "kind"), InformationKinds(),
                             "Say whether this is a fact, an opinion, an assessment, a judgement or a decision"));
  CR_ASSIGN_OR_RETURN(std::string source,
                      Choice(marks, "source", Join(path, "source"), InformationSources(),
                             "Say whether you saw or heard this yourself, or someone else told you"));
  Json out{{"kind", kind}, {"source", source}};
  if (source == "third_party") {
    CR_ASSIGN_OR_RETURN(std::string name,
                        Text(marks, "source_name", Join(path, "source_name"), "Say who told you this"));
    CR_ASSIGN_OR_RETURN(std::string relationship,
                        OptionalText(marks, "source_relationship", Join(path, "source_relationship")));
    out["source_name"] = name;
    out["source_relationship"] = relationship.empty() ? Json(nullptr) : Json(relationship);
  } else {
    // A first-hand mark with a named source is a contradiction a reader would trip over.
    CR_ASSIGN_OR_RETURN(std::string name, OptionalText(marks, "source_name", Join(path, "source_name")));
    if (!name.empty()) {
      return Error::Validation(Join(path, "source_name"),
                               "You said you saw or heard this yourself, so leave 'who told you' empty, "
                               "or mark it as from someone else");
    }
    out["source_name"] = nullptr;
    out["source_relationship"] = nullptr;
  }
  return out;
}

Result<Json> BuildSections(const Json& sections, const std::string& path) {
  if (!sections.is_array() || sections.empty()) {
    return Error::Validation(path, "Write at least one section");
  }
  constexpr size_t kMaxSections = 100;
  if (sections.size() > kMaxSections) {
    return Error::Validation(path, "An entry can have at most " + std::to_string(kMaxSections) + " sections");
  }
  Json out = Json::array();
  for (size_t i = 0; i < sections.size(); ++i) {
    const std::string at = Index(path, i);
    const Json& section = sections[i];
    if (!section.is_object()) return Error::Validation(at, "Each section needs its text and its marks");
    CR_ASSIGN_OR_RETURN(std::string heading, OptionalText(section, "heading", Join(at, "heading")));
    CR_ASSIGN_OR_RETURN(std::string text, Text(section, "text", Join(at, "text"), "Write this section", kMaxLongText));
    CR_ASSIGN_OR_RETURN(Json marks, BuildInformationMarks(section, at));
    marks["heading"] = heading.empty() ? Json(nullptr) : Json(heading);
    marks["text"] = text;
    out.push_back(std::move(marks));
  }
  return out;
}

}  // namespace childrecord
