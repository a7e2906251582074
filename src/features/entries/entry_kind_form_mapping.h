#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/canonical_json.h"
#include "core/clock.h"
#include "core/result.h"
#include "record/read_models.h"
#include "web/page_support.h"

namespace childrecord::entry_kind_forms {

// The entry kinds with their own form (visit R18, unsuccessful visit R19, management decision R6,
// R27, R21's contacts: phone call, conversation, meeting, letter, email) and how a posted form maps to the JSON input the API takes, so BuildEntryDetails is the one
// set of rules (entry_kind_pages.cc). Pure apart from reading the posted form.

// How many rows of "named professionals" and "someone moved in or out" the visit form offers:
// a fixed number of optional rows needs no JavaScript; more can go in the text.
inline constexpr int kNamedRows = 3;
inline constexpr int kKeyChangeRows = 2;

struct KindForm {
  std::string kind;   // visit, unsuccessful_visit, management_decision
  std::string slug;   // in the path
  std::string title;  // the page's heading
  std::string body_path;  // the text that is the entry's body (what amendments change)
};

const std::vector<KindForm>& KindForms();

const KindForm* FindBySlug(const std::string& slug);

// A text field of the form that carries R31 marks: its path (the form field's name and the rules'
// field) and its label (the section heading).
struct MarkedText {
  std::string path;
  std::string label;
};

std::vector<MarkedText> MarkedTexts(const std::string& kind);

std::string Field(const Form& form, const std::string& name);

bool Has(const Form& form, const std::string& name, const std::string& value);

std::vector<std::string> All(const Form& form, const std::string& name);

bool Blank(const std::string& s);

Json YesNo(const Form& form, const std::string& name);

// What the form maps to, with where each indexed item came from (for the error links).
struct Mapped {
  Json input = Json::object();
  std::vector<Error> form_errors;      // problems found reading the form (dates)
  std::vector<int> key_change_rows;    // visit.key_changes[i] came from row key_change_rows[i]
  std::vector<int> decision_rows;      // contact.decisions[i] came from row decision_rows[i]
  std::vector<std::string> section_paths;  // sections[i] marks the text field section_paths[i]
};

Mapped MapForm(const KindForm& kf, const Form& form, TimePoint now);

// The entry's body is its kind's main text (docs/recording.md): copied in for the rules.
Json WithBody(const KindForm& kf, Json input);

// The page field (HTML id) a rules' error belongs to.
std::string AnchorId(const KindForm& kf, const Mapped& m, const std::string& field);

}  // namespace childrecord::entry_kind_forms
