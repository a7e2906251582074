#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/result.h"
#include "features/entries/entry_form_support.h"
#include "features/entries/entry_kind_form_mapping.h"
#include "features/entries/information_marks_rules.h"
#include "features/people/people_views.h"
#include "web/page_support.h"

namespace childrecord::entry_kind_forms {

// The blocks of an entry kind's form for web/templates/entries/_entry_field.mustache: the questions of a
// visit, an unsuccessful visit and a management decision, with what was typed and any errors.

Json Opt(const std::string& s);

// A block of the form for web/templates/entries/_entry_field.mustache. Every block sets every flag and
// optional key, so a nested block (a reveal inside a question) never reads its parent's.
Json Block(const char* type, const std::string& id);

void Describe(Json& b, const std::string& id);

struct View {
  const Form& form;
  std::map<std::string, std::string> errors;  // HTML id -> message
  std::string check_url, csrf, words_json;

  Json ErrorOf(const std::string& id) const {
    auto it = errors.find(id);
    return it == errors.end() ? Json(nullptr) : Json(it->second);
  }

  Json Text(const std::string& path, const std::string& label, const std::string& hint = "",
            const std::string& width = "") const {
    const std::string id = FieldId(path);
    Json b = Block("is_text", id);
    b.update({{"name", path},
              {"label", label},
              {"hint", Opt(hint)},
              {"value", Field(form, path)},
              {"error", ErrorOf(id)},
              {"width", width}});
    Describe(b, id);
    return b;
  }

  Json Marks(const std::string& path) const {
    const std::string id = FieldId(path);
    const std::string kind = Field(form, path + ".mark.kind"), source = Field(form, path + ".mark.source"),
                      who = Field(form, path + ".mark.source_name");
    Json kinds = Json::array({Json{{"value", ""}, {"text", "Not marked"}, {"selected", kind.empty()}}});
    for (const auto& k : InformationKinds()) {
      kinds.push_back({{"value", k}, {"text", InformationKindLabel(k)}, {"selected", k == kind}});
    }
    Json m{{"kind_id", id + "-mark-kind"},
           {"kind_name", path + ".mark.kind"},
           {"kinds", kinds},
           {"kind_error", ErrorOf(id + "-mark-kind")},
           {"source_id", id + "-mark-source"},
           {"source_name_attr", path + ".mark.source"},
           {"first_hand", source != "third_party"},
           {"third_party", source == "third_party"},
           {"source_error", ErrorOf(id + "-mark-source")},
           {"who_id", id + "-mark-source_name"},
           {"who_name", path + ".mark.source_name"},
           {"who_value", who},
           {"who_error", ErrorOf(id + "-mark-source_name")}};
    m["open"] = !kind.empty() || source == "third_party" || !who.empty() || !m["kind_error"].is_null() ||
                !m["source_error"].is_null() || !m["who_error"].is_null();
    return m;
  }

  Json Textarea(const std::string& path, const std::string& label, const std::string& hint = "", bool marks = true,
                int rows = 5) const {
    const std::string id = FieldId(path);
    Json b = Block("is_textarea", id);
    b.update({{"name", path},
              {"label", label},
              {"hint", Opt(hint)},
              {"value", Field(form, path)},
              {"error", ErrorOf(id)},
              {"rows", std::to_string(rows)},
              {"language", true},
              {"check_url", check_url},
              {"csrf_token", csrf},
              {"words_json", words_json}});
    if (marks) b["marks"] = Marks(path);
    Describe(b, id);
    return b;
  }

  // A yes/no question; `reveal_yes` / `reveal_no` are Text or Textarea blocks shown under the
  // answer they belong to (GOV.UK conditional reveal; all shown without JavaScript).
  Json YesNoQuestion(const std::string& path, const std::string& legend, const std::string& hint, Json reveal_yes,
                     Json reveal_no) const {
    const std::string id = FieldId(path);
    const std::string v = Field(form, path);
    Json b = Block("is_yes_no", id);
    b.update({{"name", path},
              {"legend", legend},
              {"hint", Opt(hint)},
              {"yes", v == "yes"},
              {"no", v == "no"},
              {"error", ErrorOf(id)},
              {"cond_yes", id + "-conditional-yes"},
              {"cond_no", id + "-conditional-no"},
              {"reveal_yes", std::move(reveal_yes)},
              {"reveal_no", std::move(reveal_no)}});
    Describe(b, id);
    return b;
  }

  Json DateQuestion(const std::string& path, const std::string& legend, const std::string& hint) const {
    const std::string id = FieldId(path);
    Json b = Block("is_date", id);
    b.update({{"name", path},
              {"legend", legend},
              {"hint", Opt(hint)},
              {"day", Field(form, path)},
              {"month", Field(form, path + "-month")},
              {"year", Field(form, path + "-year")},
              {"error", ErrorOf(id)}});
    Describe(b, id);
    return b;
  }
};

Json VisitBlocks(const View& view, const std::vector<LinkedPerson>& people);

Json UnsuccessfulVisitBlocks(const View& view);

Json DecisionBlocks(const View& view);

// R18, R21: the "who was there" question of a kind (`prefix` "visit" or "contact").
Json WhoWasThereBlock(const View& view, const std::vector<LinkedPerson>& people, const std::string& prefix,
                      const std::string& legend);

// R21: a phone call, conversation, meeting, letter or email: who was there, what was discussed,
// the actions, and the decisions with who made them and why.
Json ContactBlocks(const View& view, const std::vector<LinkedPerson>& people);

}  // namespace childrecord::entry_kind_forms
