#include "demo/demo_details.h"

#include <chrono>
#include <vector>

#include "core/time_format.h"
#include "features/entries/visit_rules.h"

namespace childrecord::demo {
namespace {

template <typename T>
std::string Pick(Rng& rng, const std::vector<T>& items) {
  return std::string(rng.Pick(items));
}

std::string They(const NoteContext& c) { return c.girl ? "she" : "he"; }

Json VisitInput(Rng& rng, const NoteContext& c, const NoteText& note) {
  Json who = Json::array({Json{{"name", c.parent}, {"role", c.parent_role}}});
  if (!c.sibling.empty() && rng.Chance(0.4)) who.push_back({{"name", c.sibling}, {"role", "brother or sister"}});
  const bool seen = rng.Chance(0.93);
  // Babies and toddlers are seen with their carer; older children mostly on their own.
  const bool alone = seen && c.age >= 4 && rng.Chance(0.7);
  Json v{{"place", c.in_care ? "At the foster home"
                             : Pick(rng, std::vector<std::string>{"At home", "At home, in the kitchen", "At school",
                                                                  "At home, in " + c.child + "'s bedroom"})},
         {"who_was_there", who},
         {"purpose", Pick(rng, std::vector<std::string>{"Planned visit as part of the plan",
                                                        "To see how things are since the last meeting",
                                                        "To talk with " + c.child + " about school",
                                                        "Unannounced visit, as agreed at the core group"})},
         {"interpreter_used", !c.language.empty()},
         {"child_seen", seen},
         {"discussed_and_seen", note.body},
         {"analysis",
          {{"worrying",
            Pick(rng, std::vector<std::string>{"Nothing new is worrying me since the last visit.",
                                               "The home was cold and there was little food in the cupboards.",
                                               c.child + " was quieter than usual and did not want to talk about home.",
                                               "Arguments between the adults are still happening, and " + c.child +
                                                   " hears them."})},
           {"helping", Pick(rng, std::vector<std::string>{c.parent + " is taking " + c.child + " to school every day.",
                                                          "The family support worker visits twice a week.",
                                                          c.child + " has a trusted adult at school to talk to.",
                                                          "Grandparents help with childcare at weekends."})},
           {"needs_to_happen",
            "Visit again by " + c.next_date + "; " +
                Pick(rng, std::vector<std::string>{"ask school how attendance is going.",
                                                   "check the referral to the food bank went through.",
                                                   "talk with " + c.parent + " about the safety plan."})}}}};
  if (!c.language.empty()) v["interpreter_language"] = c.language;
  if (!seen) {
    v["child_not_seen_reason"] = c.child + " was at " + (c.school.empty() ? "a relative's house" : c.school) +
                                 ", so I arranged to see " + (c.girl ? "her" : "him") + " there this week.";
  } else {
    v["seen_alone"] = alone;
    if (!alone) {
      v["seen_alone_reason"] =
          c.age < 4 ? c.child + " is too young to talk with me on their own, so I saw " + (c.girl ? "her" : "him") +
                          " with " + c.parent + "."
                    : Pick(rng, std::vector<std::string>{c.child + " asked for " + c.parent + " to stay in the room.",
                                                         "The flat is small and there was no quiet room; I will see " +
                                                             c.child + " at school next time.",
                                                         c.child + " was upset and wanted " + c.parent + " close by."});
    }
    v["childs_words"] =
        c.age < 3
            ? c.child + " smiled and reached for " + c.parent + " when I came in."
            : Pick(rng, std::vector<std::string>{
                            "\"I like it when we go to the park.\"", "\"My teacher is nice. I sit next to my friend.\"",
                            "\"I don't like it when they shout.\"", "\"Can you come back and play again?\""});
  }
  if (rng.Chance(0.6))
    v["parents_said"] = c.parent + " said things are " +
                        Pick(rng, std::vector<std::string>{"better", "hard at the moment", "much the same"}) + ".";
  if (rng.Chance(0.4))
    v["parents_behaviour"] = c.parent + " was " +
                             Pick(rng, std::vector<std::string>{"welcoming and talked openly", "tired but polite",
                                                                "worried about the meeting next week"}) +
                             ".";
  if (rng.Chance(0.5)) v["worries"] = "Money is tight and the rent is behind.";
  if (rng.Chance(0.5)) v["what_helps"] = "Family nearby who help every week.";
  return v;
}

// R31: a few entries mark their sections: what school said (third party), what I saw (first hand).
Json SectionsFor(Rng& rng, const NoteContext& c, const NoteText& note) {
  Json sections = Json::array();
  sections.push_back({{"heading", "What I saw"}, {"text", note.body}, {"kind", "fact"}, {"source", "first_hand"}});
  if (!c.teacher.empty() && !c.school.empty()) {
    sections.push_back({{"heading", "What school told me"},
                        {"text", c.teacher + " said " + c.child + " " +
                                     Pick(rng, std::vector<std::string>{"has been in every day this week.",
                                                                        "seemed tired and hungry on Monday.",
                                                                        "is making friends in class."})},
                        {"kind", "opinion"},
                        {"source", "third_party"},
                        {"source_name", c.teacher},
                        {"source_relationship", "teacher at " + c.school}});
  }
  sections.push_back(
      {{"heading", "My view"},
       {"text", "I think " + c.child + "'s needs are " +
                    Pick(rng, std::vector<std::string>{"being met at the moment", "not always being met"}) + "."},
       {"kind", "assessment"},
       {"source", "first_hand"}});
  return sections;
}

}  // namespace

Json EntryDetailsFor(Rng& rng, const std::string& kind, const NoteContext& c, const NoteText& note, TimePoint occurred,
                     const std::string& recorder_role) {
  Json input{{"occurred_at", FormatUtc(occurred)}};
  if (kind == "visit") {
    input["visit"] = VisitInput(rng, c, note);
  } else if (kind == "unsuccessful_visit") {
    const auto next = std::chrono::floor<std::chrono::days>(occurred) + std::chrono::days(rng.Int(1, 7));
    input["unsuccessful_visit"] = {
        {"place", c.in_care ? "At the foster home" : "At home"},
        {"what_happened", note.body},
        {"what_happens_next", "I left a card and will phone " + c.parent + " today to arrange a time."},
        {"next_visit_on", FormatIsoDate(Date{next})}};
  } else if (kind == "management_decision") {
    input["decision"] = {
        {"decision", note.body},
        {"reasons",
         Pick(rng,
              std::vector<std::string>{
                  "What " + c.worker_first + " has seen on visits, and what school and health told us.",
                  "The assessment shows " + c.child + "'s needs, and " + c.parent + " agrees help is needed.",
                  "Things have improved for " + c.child +
                      " over three months and the family want to carry on with support."})},
        {"views_considered",
         c.child + " said " + They(c) + " wants things to stay calm at home; " + c.parent + " agreed with the plan."}};
  }
  if ((kind == "visit" || kind == "direct_work" || kind == "meeting") && rng.Chance(0.25)) {
    input["sections"] = SectionsFor(rng, c, note);
  }
  auto details = BuildEntryDetails(kind, input, recorder_role, occurred + std::chrono::hours(1));
  if (!details.ok() || !details->is_object() || details->empty()) return nullptr;
  return *details;
}

Amendment AmendmentFor(Rng& rng, const NoteContext& c, const std::string& body) {
  const int which = rng.Int(0, 2);
  if (which == 0)
    return {body + " " + c.child + "'s " + (c.parent_role.empty() ? "carer" : c.parent_role) +
                " was also there for part of it.",
            "I left out who else was there."};
  if (which == 1) return {body + " The next visit is on " + c.next_date + ".", "Added the date of the next visit."};
  return {body + " (" + c.child + " asked me to write that " + They(c) + " is proud of " + (c.girl ? "her" : "his") +
              " drawing.)",
          c.child + " asked me to add this when I read the note back."};
}

}  // namespace childrecord::demo
