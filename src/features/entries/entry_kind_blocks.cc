#include "features/entries/entry_kind_blocks.h"

#include "core/time_format.h"
#include "features/entries/contact_rules.h"
#include "features/entries/entry_form_support.h"
#include "features/entries/information_marks_rules.h"
#include "features/entries/visit_rules.h"
#include "features/people/household_rules.h"
#include "record/commands.h"

namespace childrecord::entry_kind_forms {

Json Opt(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

// A block of the form for web/templates/entries/_entry_field.mustache. Every block sets every flag and
// optional key, so a nested block (a reveal inside a question) never reads its parent's.
Json Block(const char* type, const std::string& id) {
  Json b{{"is_text", false},   {"is_textarea", false},    {"is_yes_no", false},   {"is_date", false},
         {"is_people", false}, {"is_key_changes", false}, {"is_heading", false},  {"id", id},
         {"marks", nullptr},   {"reveal_yes", nullptr},   {"reveal_no", nullptr}, {"error", nullptr},
         {"hint", nullptr},    {"describedby", nullptr},  {"language", false}};
  b[type] = true;
  return b;
}

void Describe(Json& b, const std::string& id) {
  std::string by;
  if (!b["hint"].is_null()) by += id + "-hint";
  if (!b["error"].is_null()) by += (by.empty() ? "" : " ") + id + "-error";
  b["describedby"] = Opt(by);
}

namespace {

// A relationship's code ("step_father") in words ("Step-father"); old free text as written.
std::string RelationshipWords(const std::string& code) {
  const RelationshipType* type = FindRelationshipType(code);
  return type ? type->label : code;
}

}  // namespace

// R18, R21: who was there: the people linked to the record by checkbox, and others (professionals)
// by name. `prefix` is the kind's part of the form ("visit", "contact").
Json WhoWasThereBlock(const View& view, const std::vector<LinkedPerson>& people, const std::string& prefix,
                      const std::string& legend) {
  const Form& form = view.form;
  const std::string id = prefix + "-who_was_there", path = prefix + ".who_was_there";
  Json linked = Json::array();
  for (size_t i = 0; i < people.size(); ++i) {
    const auto& p = people[i];
    linked.push_back({{"id", i == 0 ? id : id + "-" + std::to_string(i)},
                      {"person_id", p.person_id},
                      {"label", p.full_name + (p.relationship.empty() ? "" : " (" + RelationshipWords(p.relationship) + ")")},
                      {"checked", Has(form, path + ".person", p.person_id)}});
  }
  Json named = Json::array();
  for (int i = 0; i < kNamedRows; ++i) {
    const std::string at = path + ".named" + std::to_string(i);
    named.push_back({{"n", std::to_string(i + 1)},
                     {"name_id", people.empty() && i == 0 ? id : FieldId(at + ".name")},
                     {"name_name", at + ".name"},
                     {"name_value", Field(form, at + ".name")},
                     {"role_id", FieldId(at + ".role")},
                     {"role_name", at + ".role"},
                     {"role_value", Field(form, at + ".role")}});
  }
  Json block = Block("is_people", id);
  block.update({{"people", linked},
                {"has_people", !linked.empty()},
                {"named", named},
                {"legend", legend},
                {"person_name", path + ".person"},
                {"error", view.ErrorOf(id)}});
  return block;
}

Json VisitBlocks(const View& view, const std::vector<LinkedPerson>& people) {
  const Form& form = view.form;
  Json blocks = Json::array();
  blocks.push_back(view.Text("visit.place", "Where did the visit take place?", "For example, the family home"));

  blocks.push_back(WhoWasThereBlock(view, people, "visit", "Who was there?"));

  blocks.push_back(view.Textarea("visit.purpose", "Why did the visit take place?", "", false, 3));
  blocks.push_back(view.YesNoQuestion(
      "visit.interpreter_used", "Was an interpreter used?", "",
      view.Text("visit.interpreter_language", "Which language?", "", "govuk-input--width-20"), nullptr));
  blocks.push_back(
      view.YesNoQuestion("visit.child_seen", "Did you see the child?", "", nullptr,
                         view.Textarea("visit.child_not_seen_reason", "Why did you not see the child?", "", false, 3)));
  blocks.push_back(view.YesNoQuestion(
      "visit.seen_alone", "Did you see the child on their own?", "Answer this if you saw the child.", nullptr,
      view.Textarea("visit.seen_alone_reason", "Why did you not see the child on their own?",
                    "For example, they did not want to talk without their mum there", false, 3)));

  blocks.push_back(view.Textarea("visit.discussed_and_seen", "What was discussed and what did you see?",
                                 "Write it for the child, who may read it one day. Put people's own words in quotation "
                                 "marks.",
                                 true, 8));
  blocks.push_back(view.Textarea("visit.childs_words", "In the child's own words",
                                 "What the child said, or what their behaviour might be telling us. Needed when you "
                                 "saw the child."));
  blocks.push_back(view.Textarea("visit.worries", "Worries"));
  blocks.push_back(view.Textarea("visit.what_helps", "What helps"));
  blocks.push_back(view.Textarea("visit.parents_said", "What parents said"));
  blocks.push_back(view.Textarea("visit.parents_behaviour", "How parents behaved"));

  // Key changes: someone moved in or out of the home (fixed optional rows; no JavaScript needed).
  Json rows = Json::array();
  for (int row = 0; row < kKeyChangeRows; ++row) {
    const std::string at = "visit.key_changes" + std::to_string(row);
    const std::string id = FieldId(at);
    const std::string change = Field(form, at + ".change"), person = Field(form, at + ".person_id");
    Json changes =
        Json::array({Json{{"value", ""}, {"text", "No change"}, {"selected", change.empty()}},
                     Json{{"value", "moved_in"}, {"text", "Moved in"}, {"selected", change == "moved_in"}},
                     Json{{"value", "moved_out"}, {"text", "Moved out"}, {"selected", change == "moved_out"}}});
    Json options = Json::array(
        {Json{{"value", ""}, {"text", "Someone not listed (write their name)"}, {"selected", person.empty()}}});
    for (const auto& p : people) {
      options.push_back({{"value", p.person_id}, {"text", p.full_name}, {"selected", p.person_id == person}});
    }
    rows.push_back({{"n", std::to_string(row + 1)},
                    {"change_id", id + "-change"},
                    {"change_name", at + ".change"},
                    {"changes", changes},
                    {"change_error", view.ErrorOf(id + "-change")},
                    {"person_id_id", id + "-person_id"},
                    {"person_id_name", at + ".person_id"},
                    {"people", options},
                    {"name_id", id + "-name"},
                    {"name_name", at + ".name"},
                    {"name_value", Field(form, at + ".name")},
                    {"name_error", view.ErrorOf(id + "-name")},
                    {"on", view.DateQuestion(at + ".on", "When", "")}});
  }
  Json changes_block = Block("is_key_changes", "visit-key_changes");
  changes_block["rows"] = rows;
  blocks.push_back(std::move(changes_block));

  Json heading = Block("is_heading", "analysis");
  heading["text"] = "Analysis";
  blocks.push_back(std::move(heading));
  blocks.push_back(view.Textarea("visit.analysis.worrying", "What is worrying?", "Or write that nothing is."));
  blocks.push_back(view.Textarea("visit.analysis.helping", "What is helping?"));
  blocks.push_back(view.Textarea("visit.analysis.needs_to_happen", "What needs to happen?"));
  return blocks;
}

Json UnsuccessfulVisitBlocks(const View& view) {
  Json blocks = Json::array();
  blocks.push_back(view.Text("unsuccessful_visit.place", "Where did you go?"));
  blocks.push_back(view.Textarea("unsuccessful_visit.what_happened", "What happened?",
                                 "For example, no-one was home, or the family asked you to come back another day."));
  blocks.push_back(view.Textarea("unsuccessful_visit.what_happens_next", "What happens next?"));
  blocks.push_back(view.DateQuestion("unsuccessful_visit.next_visit_on", "When is the next visit?",
                                     "For example, 27 11 2026. The same day or later."));
  return blocks;
}

Json DecisionBlocks(const View& view) {
  Json blocks = Json::array();
  blocks.push_back(view.Textarea("decision.decision", "Decision", "What has been decided.", true, 5));
  blocks.push_back(view.Textarea("decision.reasons", "Reasons", "Why: what the decision is based on.", true, 6));
  blocks.push_back(view.Textarea("decision.views_considered", "Views considered",
                                 "The views of the child, their parents and the people important to them."));
  return blocks;
}

Json ContactBlocks(const View& view, const std::vector<LinkedPerson>& people) {
  Json blocks = Json::array();
  blocks.push_back(WhoWasThereBlock(view, people, "contact", "Who was there, or who did you speak or write to?"));
  blocks.push_back(view.Textarea("contact.discussed", "What was discussed?",
                                 "Write it for the child, who may read it one day. Put people's own words in quotation "
                                 "marks.",
                                 true, 8));
  blocks.push_back(view.Textarea("contact.actions", "Actions", "What will be done, by whom and by when. Leave empty if none.",
                                 true, 4));
  // R21: "decisions taken and by whom, and the reasons for decisions": one row a decision.
  for (int row = 0; row < kContactDecisionRows; ++row) {
    const std::string at = "contact.decisions" + std::to_string(row);
    Json heading = Block("is_heading", FieldId(at));
    heading["text"] = "Decision " + std::to_string(row + 1);
    blocks.push_back(std::move(heading));
    blocks.push_back(view.Textarea(at + ".decision", "What was decided?", row == 0 ? "Leave empty if nothing was decided." : "",
                                   false, 3));
    blocks.push_back(view.Text(at + ".decided_by", "Who made the decision?", "", "govuk-input--width-20"));
    blocks.push_back(view.Textarea(at + ".reasons", "Why was it decided?", "", false, 3));
  }
  return blocks;
}

}  // namespace childrecord::entry_kind_forms
