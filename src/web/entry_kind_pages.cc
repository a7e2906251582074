#include "web/entry_kind_pages.h"

#include <map>
#include <set>

#include "core/time_format.h"
#include "http/url.h"
#include "language/language_json.h"
#include "record/commands.h"
#include "record/information_marks.h"
#include "record/visit.h"
#include "web/entry_form_support.h"
#include "web/page_support.h"
#include "web/record_page.h"
#include "store/account_repository.h"

namespace childrecord {
namespace {

// How many rows of "named professionals" and "someone moved in or out" the visit form offers:
// a fixed number of optional rows needs no JavaScript; more can go in the text.
constexpr int kNamedRows = 3;
constexpr int kKeyChangeRows = 2;

struct KindForm {
  std::string kind;   // visit, unsuccessful_visit, management_decision
  std::string slug;   // in the path
  std::string title;  // the page's heading
  std::string body_path;  // the text that is the entry's body (what amendments change)
};

const std::vector<KindForm>& KindForms() {
  static const auto* forms = new std::vector<KindForm>{
      {"visit", "visit", "Record a visit", "visit.discussed_and_seen"},
      {"unsuccessful_visit", "unsuccessful-visit", "Record an unsuccessful visit", "unsuccessful_visit.what_happened"},
      {"management_decision", "management-decision", "Record a management decision", "decision.decision"},
  };
  return *forms;
}

const KindForm* FindBySlug(const std::string& slug) {
  for (const auto& f : KindForms()) {
    if (f.slug == slug) return &f;
  }
  return nullptr;
}

// A text field of the form that carries R31 marks: its path (the form field's name and the rules'
// field) and its label (the section heading).
struct MarkedText {
  std::string path;
  std::string label;
};

std::vector<MarkedText> MarkedTexts(const std::string& kind) {
  if (kind == "visit") {
    return {{"visit.discussed_and_seen", "What was discussed and seen"},
            {"visit.worries", "Worries"},
            {"visit.what_helps", "What helps"},
            {"visit.childs_words", "In the child's words"},
            {"visit.parents_said", "What parents said"},
            {"visit.parents_behaviour", "How parents behaved"},
            {"visit.analysis.worrying", "What is worrying"},
            {"visit.analysis.helping", "What is helping"},
            {"visit.analysis.needs_to_happen", "What needs to happen"}};
  }
  if (kind == "unsuccessful_visit") {
    return {{"unsuccessful_visit.what_happened", "What happened"},
            {"unsuccessful_visit.what_happens_next", "What happens next"}};
  }
  return {{"decision.decision", "Decision"},
          {"decision.reasons", "Reasons"},
          {"decision.views_considered", "Views considered"}};
}

std::string Field(const Form& form, const std::string& name) { return FormField(form, name); }

bool Has(const Form& form, const std::string& name, const std::string& value) {
  auto range = form.equal_range(name);
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second == value) return true;
  }
  return false;
}

std::vector<std::string> All(const Form& form, const std::string& name) {
  std::vector<std::string> out;
  auto range = form.equal_range(name);
  for (auto it = range.first; it != range.second; ++it) {
    if (!it->second.empty()) out.push_back(it->second);
  }
  return out;
}

bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

Json YesNo(const Form& form, const std::string& name) {
  const std::string v = Field(form, name);
  if (v == "yes") return true;
  if (v == "no") return false;
  return nullptr;  // not answered: the rules say what to do
}

// --- Form -> the JSON input the API takes ------------------------------------------------------

// What the form maps to, with where each indexed item came from (for the error links).
struct Mapped {
  Json input = Json::object();
  std::vector<Error> form_errors;      // problems found reading the form (dates)
  std::vector<int> key_change_rows;    // visit.key_changes[i] came from row key_change_rows[i]
  std::vector<std::string> section_paths;  // sections[i] marks the text field section_paths[i]
};

Mapped MapForm(const KindForm& kf, const Form& form, TimePoint now) {
  Mapped m;
  Json& in = m.input;
  in["kind"] = kf.kind;
  in["title"] = Field(form, "title");
  in["significant"] = Field(form, "significant") == "yes";
  auto occurred = OccurredAtFromForm(Field(form, "occurred_at"), Field(form, "occurred_at-month"),
                                     Field(form, "occurred_at-year"), Field(form, "occurred_time"));
  if (occurred.ok()) {
    in["occurred_at"] = *occurred;
  } else {
    m.form_errors.push_back(occurred.error());
    in["occurred_at"] = FormatUtc(now);  // lets the other fields be checked
  }
  if (!Field(form, "practitioner_id").empty()) in["practitioner_id"] = Field(form, "practitioner_id");
  in["shared_with"] = All(form, "shared_with");

  if (kf.kind == "visit") {
    Json v = Json::object();
    for (const char* name : {"place", "purpose", "interpreter_language", "child_not_seen_reason", "seen_alone_reason",
                             "discussed_and_seen", "worries", "what_helps", "childs_words", "parents_said",
                             "parents_behaviour"}) {
      v[name] = Field(form, std::string("visit.") + name);
    }
    for (const char* name : {"interpreter_used", "child_seen", "seen_alone"}) {
      Json answer = YesNo(form, std::string("visit.") + name);
      if (!answer.is_null()) v[name] = answer;
    }
    Json who = Json::array();
    for (const std::string& person_id : All(form, "visit.who_was_there.person")) who.push_back({{"person_id", person_id}});
    for (int i = 0; i < kNamedRows; ++i) {
      const std::string at = "visit.who_was_there.named" + std::to_string(i);
      const std::string name = Field(form, at + ".name"), role = Field(form, at + ".role");
      if (!Blank(name) || !Blank(role)) who.push_back({{"name", name}, {"role", role}});
    }
    v["who_was_there"] = who;
    Json changes = Json::array();
    for (int row = 0; row < kKeyChangeRows; ++row) {
      const std::string at = "visit.key_changes" + std::to_string(row);
      const std::string change = Field(form, at + ".change"), person = Field(form, at + ".person_id"),
                        name = Field(form, at + ".name"), d = Field(form, at + ".on"),
                        mo = Field(form, at + ".on-month"), y = Field(form, at + ".on-year");
      if (Blank(change) && Blank(person) && Blank(name) && Blank(d) && Blank(mo) && Blank(y)) continue;
      const std::string path = "visit.key_changes[" + std::to_string(changes.size()) + "]";
      Json item{{"change", change}};
      if (!person.empty()) item["person_id"] = person;
      if (!Blank(name)) item["name"] = name;
      auto on = IsoDateFromForm(d, mo, y, path + ".on", "the date they moved");
      if (on.ok()) {
        if (!on->empty()) item["on"] = *on;
      } else {
        m.form_errors.push_back(on.error());
      }
      m.key_change_rows.push_back(row);
      changes.push_back(std::move(item));
    }
    v["key_changes"] = changes;
    v["analysis"] = {{"worrying", Field(form, "visit.analysis.worrying")},
                     {"helping", Field(form, "visit.analysis.helping")},
                     {"needs_to_happen", Field(form, "visit.analysis.needs_to_happen")}};
    in["visit"] = v;
  } else if (kf.kind == "unsuccessful_visit") {
    Json u = Json::object();
    for (const char* name : {"place", "what_happened", "what_happens_next"}) {
      u[name] = Field(form, std::string("unsuccessful_visit.") + name);
    }
    const std::string at = "unsuccessful_visit.next_visit_on";
    auto next = IsoDateFromForm(Field(form, at), Field(form, at + "-month"), Field(form, at + "-year"), at,
                                "the date of the next visit");
    if (next.ok()) {
      if (!next->empty()) u["next_visit_on"] = *next;
    } else {
      m.form_errors.push_back(next.error());
    }
    in["unsuccessful_visit"] = u;
  } else {
    in["decision"] = {{"decision", Field(form, "decision.decision")},
                      {"reasons", Field(form, "decision.reasons")},
                      {"views_considered", Field(form, "decision.views_considered")}};
  }

  // R31: a text field with any mark chosen becomes a marked section: its label, its text, the marks.
  Json sections = Json::array();
  for (const MarkedText& t : MarkedTexts(kf.kind)) {
    const std::string kind = Field(form, t.path + ".mark.kind"), source = Field(form, t.path + ".mark.source"),
                      source_name = Field(form, t.path + ".mark.source_name");
    if (kind.empty() && source != "third_party" && Blank(source_name)) continue;
    Json section{{"heading", t.label}, {"text", Field(form, t.path)}, {"kind", kind},
                 {"source", source.empty() ? "first_hand" : source}};
    if (!Blank(source_name)) section["source_name"] = source_name;
    m.section_paths.push_back(t.path);
    sections.push_back(std::move(section));
  }
  if (!sections.empty()) in["sections"] = sections;
  return m;
}

// The entry's body is its kind's main text (docs/recording.md): copied in for the rules.
Json WithBody(const KindForm& kf, Json input) {
  Json* at = &input;
  size_t start = 0;
  while (true) {
    const size_t dot = kf.body_path.find('.', start);
    const std::string key = kf.body_path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (!at->is_object() || !at->contains(key)) return input;
    at = &(*at)[key];
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  if (at->is_string()) input["body"] = *at;
  return input;
}

// The page field (HTML id) a rules' error belongs to.
std::string AnchorId(const KindForm& kf, const Mapped& m, const std::string& field) {
  auto indexed = [&](const std::string& prefix, size_t& index, std::string& rest) {
    if (field.rfind(prefix + "[", 0) != 0) return false;
    const size_t close = field.find(']', prefix.size());
    index = std::stoul(field.substr(prefix.size() + 1, close - prefix.size() - 1));
    rest = close + 1 < field.size() ? field.substr(close + 2) : "";
    return true;
  };
  size_t i = 0;
  std::string rest;
  if (field.empty() || field == "body") return FieldId(kf.body_path);
  if (indexed("sections", i, rest)) {
    if (i >= m.section_paths.size()) return FieldId(kf.body_path);
    const std::string id = FieldId(m.section_paths[i]);
    if (rest == "text" || rest.empty() || rest == "heading") return id;
    return id + "-mark-" + (rest == "source_relationship" ? "source_name" : rest);
  }
  if (field == "sections") return FieldId(kf.body_path);
  if (indexed("visit.key_changes", i, rest)) {
    const int row = i < m.key_change_rows.size() ? m.key_change_rows[i] : 0;
    if (rest.empty() || rest == "role") rest = "change";
    return "visit-key_changes" + std::to_string(row) + "-" + rest;
  }
  if (field.rfind("visit.who_was_there", 0) == 0) return "visit-who_was_there";
  if (field == "visit.analysis") return "visit-analysis-worrying";
  if (field.rfind("shared_with", 0) == 0) return "shared_with";
  return FieldId(field);
}

// --- Rendering ----------------------------------------------------------------------------------

Json Opt(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

// A block of the form for web/templates/_entry_field.mustache. Every block sets every flag and
// optional key, so a nested block (a reveal inside a question) never reads its parent's.
Json Block(const char* type, const std::string& id) {
  Json b{{"is_text", false},   {"is_textarea", false}, {"is_yes_no", false}, {"is_date", false},
         {"is_people", false}, {"is_key_changes", false}, {"is_heading", false}, {"id", id},
         {"marks", nullptr},   {"reveal_yes", nullptr}, {"reveal_no", nullptr}, {"error", nullptr},
         {"hint", nullptr},    {"describedby", nullptr}, {"language", false}};
  b[type] = true;
  return b;
}

void Describe(Json& b, const std::string& id) {
  std::string by;
  if (!b["hint"].is_null()) by += id + "-hint";
  if (!b["error"].is_null()) by += (by.empty() ? "" : " ") + id + "-error";
  b["describedby"] = Opt(by);
}

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
    b.update({{"name", path}, {"label", label}, {"hint", Opt(hint)}, {"value", Field(form, path)},
              {"error", ErrorOf(id)}, {"width", width}});
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

  Json Textarea(const std::string& path, const std::string& label, const std::string& hint = "",
                bool marks = true, int rows = 5) const {
    const std::string id = FieldId(path);
    Json b = Block("is_textarea", id);
    b.update({{"name", path}, {"label", label}, {"hint", Opt(hint)}, {"value", Field(form, path)},
              {"error", ErrorOf(id)}, {"rows", std::to_string(rows)}, {"language", true}, {"check_url", check_url},
              {"csrf_token", csrf}, {"words_json", words_json}});
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
    b.update({{"name", path}, {"legend", legend}, {"hint", Opt(hint)}, {"yes", v == "yes"}, {"no", v == "no"},
              {"error", ErrorOf(id)}, {"cond_yes", id + "-conditional-yes"}, {"cond_no", id + "-conditional-no"},
              {"reveal_yes", std::move(reveal_yes)}, {"reveal_no", std::move(reveal_no)}});
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

Json VisitBlocks(const View& view, const std::vector<LinkedPerson>& people) {
  const Form& form = view.form;
  Json blocks = Json::array();
  blocks.push_back(view.Text("visit.place", "Where did the visit take place?", "For example, the family home"));

  // Who was there: the people linked to the record by checkbox, and professionals by name.
  Json linked = Json::array();
  for (size_t i = 0; i < people.size(); ++i) {
    const auto& p = people[i];
    linked.push_back({{"id", i == 0 ? std::string("visit-who_was_there") : "visit-who_was_there-" + std::to_string(i)},
                      {"person_id", p.person_id},
                      {"label", p.full_name + (p.relationship.empty() ? "" : " (" + p.relationship + ")")},
                      {"checked", Has(form, "visit.who_was_there.person", p.person_id)}});
  }
  Json named = Json::array();
  for (int i = 0; i < kNamedRows; ++i) {
    const std::string at = "visit.who_was_there.named" + std::to_string(i);
    named.push_back({{"n", std::to_string(i + 1)},
                     {"name_id", people.empty() && i == 0 ? std::string("visit-who_was_there") : FieldId(at + ".name")},
                     {"name_name", at + ".name"},
                     {"name_value", Field(form, at + ".name")},
                     {"role_id", FieldId(at + ".role")},
                     {"role_name", at + ".role"},
                     {"role_value", Field(form, at + ".role")}});
  }
  Json people_block = Block("is_people", "visit-who_was_there");
  people_block.update({{"people", linked}, {"has_people", !linked.empty()}, {"named", named},
                       {"error", view.ErrorOf("visit-who_was_there")}});
  blocks.push_back(std::move(people_block));

  blocks.push_back(view.Textarea("visit.purpose", "Why did the visit take place?", "", false, 3));
  blocks.push_back(view.YesNoQuestion(
      "visit.interpreter_used", "Was an interpreter used?", "",
      view.Text("visit.interpreter_language", "Which language?", "", "govuk-input--width-20"), nullptr));
  blocks.push_back(view.YesNoQuestion(
      "visit.child_seen", "Did you see the child?", "", nullptr,
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
    Json changes = Json::array({Json{{"value", ""}, {"text", "No change"}, {"selected", change.empty()}},
                                Json{{"value", "moved_in"}, {"text", "Moved in"}, {"selected", change == "moved_in"}},
                                Json{{"value", "moved_out"}, {"text", "Moved out"}, {"selected", change == "moved_out"}}});
    Json options = Json::array({Json{{"value", ""}, {"text", "Someone not listed (write their name)"},
                                     {"selected", person.empty()}}});
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

struct PageInputs {
  ChildRecord child;
  std::vector<LinkedPerson> people;
  std::vector<SharedRecord> siblings;
  std::vector<UserAccount> colleagues;
  std::vector<WordWeUse> words;
};

Response RenderKindForm(AppContext& context, const Request& request, const KindForm& kf, const PageInputs& in,
                        const Form& form, const std::vector<Error>& errors, const Mapped* mapped,
                        bool needs_confirmation, int status) {
  View view{form, {}, "/language-check", request.principal->csrf_token, WordsWeUseToJson(in.words).dump()};
  Json summary = Json::array();
  for (const Error& e : errors) {
    const std::string id = mapped ? AnchorId(kf, *mapped, e.field) : FieldId(e.field.empty() ? kf.body_path : e.field);
    if (view.errors.count(id)) continue;  // one message a field
    view.errors[id] = e.message;
    summary.push_back({{"message", e.message}, {"href", "#" + id}});
  }
  Json blocks = kf.kind == "visit"                ? VisitBlocks(view, in.people)
                : kf.kind == "unsuccessful_visit" ? UnsuccessfulVisitBlocks(view)
                                                  : DecisionBlocks(view);
  const std::string who = Field(form, "practitioner_id");
  Json colleagues = Json::array();
  for (const auto& u : in.colleagues) {
    const bool me = u.id == request.principal->user.id;
    colleagues.push_back({{"value", u.id},
                          {"text", u.full_name + (me ? " (you)" : "")},
                          {"selected", who.empty() ? me : who == u.id}});
  }
  Json siblings = Json::array();
  for (size_t i = 0; i < in.siblings.size(); ++i) {
    siblings.push_back({{"id", i == 0 ? std::string("shared_with") : "shared_with-" + std::to_string(i)},
                        {"value", in.siblings[i].child_id},
                        {"label", in.siblings[i].full_name},
                        {"checked", Has(form, "shared_with", in.siblings[i].child_id)}});
  }
  const std::string child_path = "/children/" + in.child.summary.id;
  Json data{{"child", {{"full_name", in.child.summary.full_name}, {"href", child_path}}},
            {"heading", kf.title},
            {"action", child_path + "/entries/new/" + kf.slug},
            {"csrf_token", request.principal->csrf_token},
            {"blocks", blocks},
            {"day", Field(form, "occurred_at")},
            {"month", Field(form, "occurred_at-month")},
            {"year", Field(form, "occurred_at-year")},
            {"time", Field(form, "occurred_time")},
            {"error_occurred_at", view.ErrorOf("occurred_at")},
            {"error_occurred_time", view.ErrorOf("occurred_time")},
            {"title", Field(form, "title")},
            {"error_title", view.ErrorOf("title")},
            {"colleagues", colleagues},
            {"error_practitioner_id", view.ErrorOf("practitioner_id")},
            {"significant", Field(form, "significant") == "yes"},
            {"siblings", siblings},
            {"has_siblings", !siblings.empty()},
            {"error_shared_with", view.ErrorOf("shared_with")},
            {"needs_confirmation", needs_confirmation},
            {"confirm_offensive", Field(form, "confirm_offensive") == "yes"},
            {"error_confirm_offensive", view.ErrorOf("confirm_offensive")},
            {"errors", summary},
            {"has_errors", !summary.empty()}};
  return RenderPage(context, request, "entry_kind_form",
                    std::string(summary.empty() ? "" : "Error: ") + kf.title + " for " + in.child.summary.full_name,
                    data, status, "children");
}

// Everything the form shows besides what was typed. Needs record-entry access to the child's
// record (decided and logged); reads its people (logged) and the siblings the person may record on.
Result<PageInputs> LoadInputs(AppContext& context, const Request& request, const KindForm& kf) {
  const Principal& who = *request.principal;
  const AccessContext access = AccessContextOf(request);
  const std::string id = request.PathParam("id");
  CR_RETURN_IF_ERROR(context.records.Authorize(who, id, ActionToRecord(kf.kind), access, kf.kind + " form"));
  // R6/R27: only managers record decisions; say so before anything is typed.
  if (kf.kind == "management_decision") CR_RETURN_IF_ERROR(CheckMayRecordDecision(who.user.role));
  PageInputs in;
  CR_ASSIGN_OR_RETURN(in.child, context.records.GetChild(who, id, access));
  if (kf.kind == "visit") {
    CR_ASSIGN_OR_RETURN(in.people, context.records.ListPeople(who, id, access));
  }
  CR_ASSIGN_OR_RETURN(in.siblings, context.records.SiblingRecordsToShare(who, id, access));
  CR_ASSIGN_OR_RETURN(in.words, context.language_service.GetWordsWeUse(who, id, access));
  // R26: who was involved — the signed-in person or a colleague in their team.
  CR_ASSIGN_OR_RETURN(std::vector<UserAccount> users, AccountRepository(context.store).ListUsers(context.tenant.id));
  for (auto& u : users) {
    if (u.id == who.user.id || (u.active && !who.user.team_id.empty() && u.team_id == who.user.team_id)) {
      in.colleagues.push_back(std::move(u));
    }
  }
  return in;
}

Response Show(AppContext& context, Request& request) {
  const KindForm* kf = FindBySlug(request.PathParam("kind"));
  if (kf == nullptr) return ErrorPage(context, request, Error::NotFound("There is no such kind of entry form"));
  auto in = LoadInputs(context, request, *kf);
  if (!in.ok()) return ErrorPage(context, request, in.error());
  // The form starts at now, London time, with the kind's name as the title.
  const TimePoint now = context.store.clock().Now();
  const Date today = LondonDate(now);
  Form form{{"occurred_at", std::to_string(static_cast<unsigned>(today.day()))},
            {"occurred_at-month", std::to_string(static_cast<unsigned>(today.month()))},
            {"occurred_at-year", std::to_string(static_cast<int>(today.year()))},
            {"occurred_time", FormatLondonRfc3339(now).substr(11, 5)},
            {"title", EntryKindLabel(kf->kind)},
            {"practitioner_id", request.principal->user.id}};
  return RenderKindForm(context, request, *kf, *in, form, {}, nullptr, false, 200);
}

Response Save(AppContext& context, Request& request) {
  const Principal& who = *request.principal;
  const KindForm* kf = FindBySlug(request.PathParam("kind"));
  if (kf == nullptr) return ErrorPage(context, request, Error::NotFound("There is no such kind of entry form"));
  Form form;
  if (auto refused = RefuseUnreadableForm(context, request, form)) return std::move(*refused);
  auto in = LoadInputs(context, request, *kf);
  if (!in.ok()) return ErrorPage(context, request, in.error());
  const TimePoint now = context.store.clock().Now();
  Mapped mapped = MapForm(*kf, form, now);
  const Json input = WithBody(*kf, mapped.input);

  // 1. Every problem at once, from the same rules the API uses.
  std::vector<Error> errors = mapped.form_errors;
  const std::string child_id = in->child.summary.id;
  auto check = [&](const Json& candidate) -> Status {
    const Json full = WithBody(*kf, candidate);
    // The kind's rules first: they name the main text's own field, which the body is copied from.
    CR_RETURN_IF_ERROR(BuildEntryDetails(kf->kind, full, who.user.role, now));
    CR_RETURN_IF_ERROR(BuildEntryRecorded(full, child_id, "-", who.user.id, now));
    return Status::Ok();
  };
  const std::string occurred_date = input["occurred_at"].get<std::string>().substr(0, 10);
  // An unanswered yes/no question makes the questions that hang on it moot: only the question
  // itself is reported ("Say whether you saw the child"), not what its placeholder answer asks.
  const std::map<std::string, std::vector<std::string>> hanging{
      {"visit.interpreter_used", {"visit.interpreter_language"}},
      {"visit.child_seen",
       {"visit.child_not_seen_reason", "visit.seen_alone", "visit.seen_alone_reason", "visit.childs_words"}},
      {"visit.seen_alone", {"visit.seen_alone_reason"}}};
  std::set<std::string> moot;
  for (const auto& [question, dependents] : hanging) {
    if (kf->kind == "visit" && Field(form, question).empty()) moot.insert(dependents.begin(), dependents.end());
  }
  for (Error& e : CollectFieldErrors(mapped.input, check,
                                     {Json("x"), Json(false), Json(true), Json(occurred_date),
                                      Json::array({Json{{"name", "x"}}}), Json::object()})) {
    if (!moot.count(e.field)) errors.push_back(std::move(e));
  }

  // 2. Language (R34): offensive words outside quotation marks need the confirmation box.
  std::string text;
  for (const MarkedText& t : MarkedTexts(kf->kind)) text += Field(form, t.path) + "\n";
  for (const char* extra : {"visit.purpose", "visit.child_not_seen_reason", "visit.seen_alone_reason"}) {
    if (kf->kind == "visit") text += Field(form, extra) + "\n";
  }
  const bool needs_confirmation =
      NeedsConfirmation(context.language_service.CheckWith(Field(form, "title") + ".\n" + text, in->words));
  if (!errors.empty()) {
    return RenderKindForm(context, request, *kf, *in, form, errors, &mapped, needs_confirmation, 422);
  }
  auto review = context.language_service.ReviewEntryLanguage(who, Field(form, "title"), text,
                                                              Field(form, "confirm_offensive") == "yes");
  if (!review.ok()) {
    Error e = review.error();
    if (e.code != ErrorCode::kValidation) return ErrorPage(context, request, e);
    e.field = "confirm_offensive";
    return RenderKindForm(context, request, *kf, *in, form, {e}, &mapped, true, 422);
  }
  Json to_save = input;
  if (!review->is_null()) to_save["language_confirmation"] = *review;

  // 3. Save: the service checks access (R32: on each chosen sibling's record too) and the rules again.
  auto saved = context.records.RecordEntry(who, child_id, to_save, AccessContextOf(request));
  if (!saved.ok()) {
    if (saved.error().code != ErrorCode::kValidation) return ErrorPage(context, request, saved.error());
    return RenderKindForm(context, request, *kf, *in, form, {saved.error()}, &mapped, needs_confirmation, 422);
  }
  return Response::Redirect(RecordTabPath(child_id, "entries") + "?recorded=" + saved->id + "#entry-" + saved->id);
}

}  // namespace

std::string EntryKindFormPath(const std::string& child_id, const std::string& kind) {
  for (const auto& f : KindForms()) {
    if (f.kind == kind) return "/children/" + child_id + "/entries/new/" + f.slug;
  }
  return {};
}

void AddEntryKindPageRoutes(Router& router, AppContext& context) {
  router.Add("GET", "/children/{id}/entries/new/{kind}",
             SignedIn(context, [&context](Request& request) { return Show(context, request); }));
  router.Add("POST", "/children/{id}/entries/new/{kind}",
             SignedIn(context, [&context](Request& request) { return Save(context, request); }));
}

}  // namespace childrecord
