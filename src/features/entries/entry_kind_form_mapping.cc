#include "features/entries/entry_kind_form_mapping.h"

#include "core/time_format.h"
#include "features/entries/contact_rules.h"
#include "features/entries/entry_form_support.h"
#include "features/entries/information_marks_rules.h"
#include "features/entries/visit_rules.h"
#include "record/commands.h"

namespace childrecord::entry_kind_forms {

const std::vector<KindForm>& KindForms() {
  static const auto* forms = new std::vector<KindForm>{
      {"visit", "visit", "Record a visit", "visit.discussed_and_seen"},
      {"unsuccessful_visit", "unsuccessful-visit", "Record an unsuccessful visit", "unsuccessful_visit.what_happened"},
      {"management_decision", "management-decision", "Record a management decision", "decision.decision"},
      {"phone_call", "phone-call", "Record a phone call", "contact.discussed"},
      {"conversation", "conversation", "Record a conversation", "contact.discussed"},
      {"meeting", "meeting", "Record a meeting", "contact.discussed"},
      {"letter", "letter", "Record a letter", "contact.discussed"},
      {"email", "email", "Record an email", "contact.discussed"},
  };
  return *forms;
}

const KindForm* FindBySlug(const std::string& slug) {
  for (const auto& f : KindForms()) {
    if (f.slug == slug) return &f;
  }
  return nullptr;
}

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
  if (IsContactKind(kind)) return {{"contact.discussed", "What was discussed"}, {"contact.actions", "Actions"}};
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
    for (const char* name :
         {"place", "purpose", "interpreter_language", "child_not_seen_reason", "seen_alone_reason",
          "discussed_and_seen", "worries", "what_helps", "childs_words", "parents_said", "parents_behaviour"}) {
      v[name] = Field(form, std::string("visit.") + name);
    }
    for (const char* name : {"interpreter_used", "child_seen", "seen_alone"}) {
      Json answer = YesNo(form, std::string("visit.") + name);
      if (!answer.is_null()) v[name] = answer;
    }
    Json who = Json::array();
    for (const std::string& person_id : All(form, "visit.who_was_there.person"))
      who.push_back({{"person_id", person_id}});
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
  } else if (IsContactKind(kf.kind)) {
    // R21: who was there (as a visit's), what was discussed, actions, decisions by whom and why.
    Json c{{"discussed", Field(form, "contact.discussed")}, {"actions", Field(form, "contact.actions")}};
    Json who = Json::array();
    for (const std::string& person_id : All(form, "contact.who_was_there.person")) who.push_back({{"person_id", person_id}});
    for (int i = 0; i < kNamedRows; ++i) {
      const std::string at = "contact.who_was_there.named" + std::to_string(i);
      const std::string name = Field(form, at + ".name"), role = Field(form, at + ".role");
      if (!Blank(name) || !Blank(role)) who.push_back({{"name", name}, {"role", role}});
    }
    c["who_was_there"] = who;
    Json decisions = Json::array();
    for (int row = 0; row < kContactDecisionRows; ++row) {
      const std::string at = "contact.decisions" + std::to_string(row);
      const std::string decision = Field(form, at + ".decision"), by = Field(form, at + ".decided_by"),
                        reasons = Field(form, at + ".reasons");
      if (Blank(decision) && Blank(by) && Blank(reasons)) continue;
      m.decision_rows.push_back(row);
      decisions.push_back({{"decision", decision}, {"decided_by", by}, {"reasons", reasons}});
    }
    c["decisions"] = decisions;
    in["contact"] = c;
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
    Json section{{"heading", t.label},
                 {"text", Field(form, t.path)},
                 {"kind", kind},
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
  if (indexed("contact.decisions", i, rest)) {
    const int row = i < m.decision_rows.size() ? m.decision_rows[i] : 0;
    return "contact-decisions" + std::to_string(row) + "-" + (rest.empty() ? "decision" : rest);
  }
  if (field.rfind("visit.who_was_there", 0) == 0) return "visit-who_was_there";
  if (field.rfind("contact.who_was_there", 0) == 0) return "contact-who_was_there";
  if (field == "visit.analysis") return "visit-analysis-worrying";
  if (field.rfind("shared_with", 0) == 0) return "shared_with";
  return FieldId(field);
}

}  // namespace childrecord::entry_kind_forms
