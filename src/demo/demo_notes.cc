#include "demo/demo_notes.h"

#include <vector>

#include "demo/demo_note_phrases.h"

namespace childrecord::demo {

using namespace phrases;  // the phrases and the helpers that fill them

NoteText VisitNote(Rng& rng, const NoteContext& c) {
  const std::string place = Pick(rng, kPlaces, c);
  const bool at_school = place.find("at ") == 0 && place != "at home" && place != "at the family centre";
  NoteText n;
  if (at_school) {
    n.title = "Visit to " + c.child + " at school";
  } else if (place == "at the family centre") {
    n.title = "Visit to " + c.child + " at the family centre";
  } else {
    n.title = c.in_care ? "Visit to " + c.child + " at the foster home" : "Home visit to " + c.child;
  }
  std::string& b = n.body;
  b += "Where and why: I saw " + c.child + " " + (c.in_care && place == "at home" ? "at the foster home" : place) +
       ", " + Pick(rng, kVisitPurposes, c) + ".\n";
  std::string present = at_school ? Fill("{child} and me; {teacher} joined us at the end", c)
                                  : Fill("{child}, {parent} ({parent_role})", c);
  if (!at_school && !c.sibling.empty() && rng.Chance(0.5)) present += ", " + c.sibling;
  if (!at_school && !c.other_parent.empty() && rng.Chance(0.3)) present += ", " + c.other_parent;
  b += "Who was there: " + present + ".\n";
  b += c.language.empty() || at_school
           ? std::string("Interpreter: not needed.\n")
           : "Interpreter: a " + c.language + " interpreter joined us by phone, because " + c.parent +
                 " prefers to talk about important things in " + c.language + ".\n";
  b += SeenLine(rng, c, at_school) + "\n\n";
  b += (BandOf(c) == Band::kBaby ? "What " + c.child + "'s behaviour told us: " : "What " + c.child + " said: ") +
       Pick(rng, ByBand(c, kBabyVoice, kChildVoice, kTeenVoice), c) + "\n\n";
  b += "What is going well: " + Pick(rng, c.in_care ? kCareStrengths : kStrengths, c) + "\n";
  if (!c.in_care || rng.Chance(0.4)) {
    const Texts& worries = BandOf(c) == Band::kBaby   ? (rng.Chance(0.6) ? kBabyWorries : kWorries)
                           : BandOf(c) == Band::kTeen ? (rng.Chance(0.6) ? kTeenWorries : kWorries)
                                                      : kWorries;
    b += "What we are worried about: " + Pick(rng, worries, c) + "\n";
  } else {
    b += "What we are worried about: nothing new since my last visit.\n";
  }
  if (!at_school) b += "What " + c.parent + " said: " + Pick(rng, kParentViews, c) + "\n";
  if (rng.Chance(0.15)) {
    b += Fill(rng.Pick(Texts{"Changes at home: {other} has moved back in with the family since my last visit.",
                             "Changes at home: {parent}'s cousin is staying for a few weeks while she looks for a "
                             "flat. I have asked for her full name so we can check she is safe to be around the "
                             "children.",
                             "Changes at home: nobody has moved in or out."}),
              c) +
         "\n";
  }
  b += "\nMy analysis: " + Pick(rng, kAnalysis, c) + "\n";
  b += "What needs to happen next: " + Pick(rng, kNextSteps, c);
  return n;
}

NoteText UnsuccessfulVisitNote(Rng& rng, const NoteContext& c) {
  NoteText n;
  n.title = "Unsuccessful home visit";
  n.body = Fill(rng.Pick(Texts{
                    "I went to the family home for a planned visit to see {child}. There was no answer at the door "
                    "and the curtains were closed. I rang {parent} twice with no reply and left a card through the "
                    "door asking {parent} to call me.\n\nWhat happens next: I will ring {school} tomorrow to check "
                    "{child} is there, and I will visit again on {next_date}.",
                    "I called at the home to see {child}, as arranged with {parent} last week. A neighbour said "
                    "the family had gone to visit relatives for the day. I sent {parent} a text message asking to "
                    "rearrange.\n\nWhat happens next: the next visit is on {next_date}. If I cannot see {child} "
                    "then, I will talk to my manager, {manager}, about what we do.",
                    "I arrived for the visit but {parent} said through the door that {child} was asleep and asked "
                    "me to come back another day. I explained that I do need to see {child} and we agreed a new "
                    "time.\n\nWhat happens next: I will visit again on {next_date}, in the afternoon, when {child} "
                    "will be awake."}),
                c);
  return n;
}

NoteText PhoneCallNote(Rng& rng, const NoteContext& c) {
  NoteText n;
  switch (rng.Int(0, 3)) {
    case 0:
      n.title = "Phone call with " + c.parent + " (" + c.parent_role + ")";
      n.body = Fill("I rang {parent} to see how the week had gone. " + Pick(rng, kParentViews, c) +
                        "\n\nWhat we agreed: " + Pick(rng, kNextSteps, c),
                    c);
      break;
    case 1:
      if (!c.school.empty()) {
        n.title = "Phone call with " + c.teacher + ", " + c.school;
        n.body = Fill("{teacher} rang me from {school}. " + Pick(rng, kStrengths, c) +
                          " {teacher} also told me: " + Pick(rng, kWorries, c) +
                          "\n\nAction: I will share this with {parent} when I visit on {next_date}, and "
                          "{teacher} will let me know at once if {child} is absent without a reason.",
                      c);
        break;
      }
      [[fallthrough]];
    case 2:
      n.title = "Phone call with the health visitor";
      n.body = Fill("I spoke with the family's health visitor, who saw {child} at the clinic this week. {child} "
                    "is growing well and is up to date with {their} vaccinations. The health visitor has no new "
                    "worries and will see the family again in a month.\n\nAction: none needed from me; I will "
                    "update {parent} at the next visit.",
                    c);
      break;
    default:
      n.title = "Phone call from " + c.parent;
      n.body = Fill(rng.Pick(Texts{"{parent} rang to let me know the family has been offered a two-bedroom flat "
                                   "closer to {school}. {p_They} sounded relieved and said: \"It's the first good "
                                   "news in ages.\"\n\nAction: I will help {parent} fill in the forms for a moving "
                                   "grant by {by_date}.",
                                   "{parent} rang because {child} had not come home after school. I stayed on the "
                                   "phone while {parent} rang friends; {child} was found at a friend's house "
                                   "twenty minutes later and is safe.\n\nAction: I will talk with {child} and "
                                   "{parent} about a plan for after school on {next_date}.",
                                   "{parent} rang to cancel tomorrow's visit because {p_they} has a hospital "
                                   "appointment. We agreed to move it to {next_date}."}),
                    c);
      break;
  }
  return n;
}

NoteText MeetingNote(Rng& rng, const NoteContext& c) {
  NoteText n;
  const bool review = rng.Chance(0.7);
  n.title = review ? (c.in_care ? "Child in care review meeting" : "Child in need review meeting")
                   : "Meeting with " + c.parent + " and the family support worker";
  std::string& b = n.body;
  b = "Who was there: " + c.parent + " (" + c.parent_role + ")";
  if (!c.school.empty()) b += ", " + c.teacher + " (" + c.school + ")";
  if (review) b += ", the health visitor or school nurse";
  b += ", " + c.worker + " (social worker).";
  if (BandOf(c) == Band::kTeen) b += " " + c.child + " joined for the first half.";
  b += "\n\nWhat " + c.child + " wants: ";
  b += BandOf(c) == Band::kBaby ? Fill("{child} is too young to tell us, so we talked about what {their} day "
                                       "is like and what {they} needs.",
                                       c)
                                : Pick(rng, ByBand(c, kBabyVoice, kChildVoice, kTeenVoice), c);
  b += "\nWhat " + c.parent + " thinks: " + Pick(rng, kParentViews, c);
  b += "\n\nWhat has gone well since the last meeting: " + Pick(rng, c.in_care ? kCareStrengths : kStrengths, c);
  b += "\nWhat we are still worried about: " + Pick(rng, kWorries, c);
  b += Fill("\n\nGoals and next steps:\n"
            "1. {child} goes to school every day. {parent} will walk {them} there; {teacher} will ring "
            "{parent} by 10 o'clock on any day {child} is absent. Review by {by_date}.\n"
            "2. {parent} gets help with money and housing. {worker_first} will refer to the welfare rights "
            "adviser by {by_date}.\n"
            "3. {child} has someone to talk to. {worker_first} will see {child} on {their} own at every visit; "
            "the next is on {next_date}.",
            c);
  if (c.school.empty()) {
    // Babies at home: no school goal.
    const auto pos = b.find("1. ");
    const auto end = b.find("\n2. ");
    if (pos != std::string::npos && end != std::string::npos) {
      b.replace(pos, end - pos + 1,
                Fill("1. {child} is weighed every two weeks at the clinic; {parent} will take {them}, and the "
                     "health visitor will share the results. Review by {by_date}.\n",
                     c));
    }
  }
  return n;
}

NoteText DecisionNote(Rng& rng, const NoteContext& c, bool* significant) {
  struct Decision {
    std::string_view what, why;
    bool significant;
  };
  static const std::vector<Decision> kDecisions = {
      {"Continue with the child in need plan for a further three months.",
       "{child} is safer than when we became involved, but the routine at home is still new and {parent} has "
       "asked for support to continue. Stopping now would risk losing the progress made.",
       false},
      {"Increase visits to once a week, with at least one visit a month unannounced.",
       "The worries about arguments at home have grown this month, and we need to see {child} more often to "
       "understand what life is like for {them}.",
       false},
      {"Hold a strategy discussion with the police and health colleagues about {child}'s safety.",
       "What {child} told {their} teacher this week suggests {they} may be at risk of significant harm. We need "
       "to share information quickly and decide together whether to start child protection enquiries.",
       true},
      {"Step down to early help support from the family centre.",
       "The goals of the plan have been met for three months in a row. {parent} and {child} agree, and the "
       "family centre can continue the parenting support {parent} values.",
       false},
      {"Offer the family a family group conference.",
       "{parent} has said the wider family want to help. A family group conference lets the family make their "
       "own plan for {child}, with our support.",
       false},
      {"Agree funding for a bed and bedding for {child}.",
       "{child} has been sharing a mattress with {their} brother or sister. Having {their} own bed will help "
       "{them} sleep, and {parent} asked for this help.",
       false},
  };
  const Decision& d = rng.Pick(kDecisions);
  NoteText n;
  n.title = "Manager's decision";
  n.body = Fill(std::string("Decision: ") + std::string(d.what) + "\nReason: " + std::string(d.why) +
                    "\nViews taken into account: {worker_first} (social worker) recommended this; {parent} was told "
                    "of the decision and " +
                    (rng.Chance(0.8) ? "agrees with it." : "does not agree, and asked that this be recorded.") +
                    (BandOf(c) != Band::kBaby ? " {child}'s wishes, as {they} told {worker_first}, were part of the "
                                                "decision."
                                              : "") +
                    "\nDecided by: {manager}, Team Manager.",
                c);
  *significant = d.significant;
  return n;
}

NoteText AllocationNote(const NoteContext& c, std::string_view referral_reason) {
  NoteText n;
  n.title = "Manager's decision: allocation";
  n.body = Fill("Decision: allocate {child} to {worker} for a Child and Family Assessment, with a first visit "
                "within five working days.\nReason: the referral said: " +
                    std::string(referral_reason) +
                    " We need to understand what life is like for {child} and what help the family "
                    "needs.\nDecided by: {manager}, Team Manager.",
                c);
  return n;
}

NoteText LetterNote(Rng& rng, const NoteContext& c) {
  NoteText n;
  if (BandOf(c) == Band::kTeen && rng.Chance(0.4)) {
    n.title = "Letter to " + c.child;
    n.body = Fill("I wrote to {child} to say thank you for coming to the meeting and to explain, in plain words, "
                  "what everyone agreed. I included my phone number and said {they} can ring or text me any "
                  "time in office hours. A copy is on the record.",
                  c);
    return n;
  }
  n.title = "Letter to " + c.parent;
  n.body = Fill(rng.Pick(Texts{"I wrote to {parent} to confirm the plan agreed at the review meeting and the "
                               "date of my next visit, {next_date}. The letter explains what a child in need plan "
                               "is and that {parent} can ask to see what we record about the family at any time.",
                               "I wrote to {parent} after two missed visits, explaining kindly why we need to see "
                               "{child} and asking {parent} to ring me to arrange a time that suits the family. "
                               "Next visit offered: {next_date}.",
                               "Letter of support sent to the housing office for {parent}, with {p_their} "
                               "agreement, explaining how the family's housing affects {child}."}),
                c);
  return n;
}

NoteText EmailNote(Rng& rng, const NoteContext& c) {
  NoteText n;
  if (!c.school.empty() && rng.Chance(0.6)) {
    n.title = "Email from " + c.teacher + ", " + c.school;
    n.body = Fill(rng.Pick(Texts{"{teacher} emailed to say {child} has had a good week: full attendance and a "
                                 "certificate in assembly for kindness. {teacher} has shared this with {parent}.",
                                 "{teacher} emailed because {child} was quiet and tearful on Tuesday and said "
                                 "{they} had not slept. {teacher} gave {them} time with the learning mentor. I "
                                 "replied to thank {teacher} and will talk with {child} on {next_date}.",
                                 "{teacher} sent the attendance figures for this half term: 88 out of 100 "
                                 "sessions. Most absences were on Mondays. I will discuss this with {parent}."}),
                  c);
    return n;
  }
  n.title = "Email to " + c.parent;
  n.body = Fill("I emailed {parent}, as {p_they} prefers, with the details of the parenting group (Wednesdays, "
                "10 o'clock, at the family centre) and the date of my next visit, {next_date}.",
                c);
  return n;
}

NoteText DirectWorkNote(Rng& rng, const NoteContext& c) {
  NoteText n;
  if (BandOf(c) == Band::kBaby) {
    n.title = "Time with " + c.child + " and " + c.parent;
    n.body = Fill("I spent an hour with {child} and {parent}, playing on the mat. " + Pick(rng, kBabyVoice, c) +
                      "\n\nWhat this tells us: {child} has a secure bond with {parent} and is meeting {their} "
                      "milestones. I shared this with {parent}, who was pleased.",
                  c);
    return n;
  }
  n.title = BandOf(c) == Band::kTeen ? "Direct work: life story timeline" : "Direct work: three houses";
  n.body = BandOf(c) == Band::kTeen
               ? Fill("{child} and I drew a timeline of {their} life so far, with the good times above the line and "
                      "the hard times below. {child} chose what went on it. " +
                          Pick(rng, kTeenVoice, c) +
                          "\n\nWhat this tells us: {child} remembers the moves between homes as the hardest time. "
                          "{They} wants a say in any decision about where {they} lives. {child} kept the timeline; "
                          "with {their} agreement I have taken a photograph of it for the record.",
                      c)
               : Fill("{child} and I did the three houses: the house of worries, the house of good things and the "
                      "house of dreams. " +
                          Pick(rng, kChildVoice, c) +
                          "\n\nIn the house of good things {child} drew {parent} and {their} bike. In the house of "
                          "worries {they} drew shouting. In the house of dreams {they} drew a big garden with a "
                          "dog.\n\nWhat this tells us: {child} feels loved, and the arguments at home worry "
                          "{them}. With {child}'s agreement I have taken a photograph of the drawings for the "
                          "record and shared them with {parent}.",
                      c);
  return n;
}

NoteText AssessmentNote(Rng& rng, const NoteContext& c) {
  NoteText n;
  n.title = "Child and Family Assessment completed";
  n.body = Fill("The Child and Family Assessment for {child} is complete. It draws on six visits, conversations "
                "with {parent}" +
                    std::string(c.school.empty() ? "" : ", {teacher} at {school}") +
                    " and the health visitor, and time with {child}.\n\nSummary: " + Pick(rng, kAnalysis, c) +
                    "\n\nRecommendation: " +
                    (c.in_care ? "{child} stays with {their} foster carer while the plan for {their} future is made."
                               : "{child} is a child in need and the family is offered a plan of support for six "
                                 "months.") +
                    "\n\n{parent} has read the assessment and " +
                    (rng.Chance(0.75) ? "agrees with it." : "has written {p_their} own comments, which are attached.") +
                    " The full assessment is on the record.",
                c);
  return n;
}

NoteText OutOfHoursNote(Rng& rng, const NoteContext& c, std::string_view edt_worker) {
  NoteText n;
  n.title = "Out of hours call";
  n.body = Fill(rng.Pick(Texts{"The police rang the Emergency Duty Team at 11 at night after a neighbour reported "
                               "shouting at the family's home. Officers attended; {child} was asleep and safe, and "
                               "{parent} was calm. I read the case note summary and safety plan and spoke with "
                               "{parent} by phone, who agreed {other} would stay elsewhere tonight.\n\nAction: "
                               "the allocated social worker will follow this up in the morning.",
                               "{parent} rang the Emergency Duty Team on Saturday evening, worried because {child} "
                               "had not come home. {child} came home at 10 o'clock while we were talking and was "
                               "safe.\n\nAction: the allocated social worker will talk with {child} about where "
                               "{they} had been."}),
                c);
  n.body += "\nRecorded by " + std::string(edt_worker) + ", Emergency Duty Team.";
  return n;
}

std::string LateReason(Rng& rng) {
  return std::string(rng.Pick(Texts{
      "\n\nThis note was written up late because I was off sick for two days after the visit.",
      "\n\nThis note was written up late because I was covering the duty rota and could not get to it sooner.",
      "\n\nThis note was written up late: I was on annual leave straight after the visit.",
      "\n\nThis note was written up late because of a court hearing the next day. My manager knows."}));
}

ReferralText Referral(Rng& rng, const NoteContext& c) {
  struct Source {
    std::string_view source, reason;
    int band;  // -1 any, otherwise the only Band it suits
  };
  static const std::vector<Source> kSources = {
      {"School", "{child}'s class teacher is worried that {child} has been arriving hungry and tired, and said "
                 "\"there's no food at home\" when offered breakfast.", 1},
      {"School", "{child} told a teacher that {they} is scared to go home because of arguments between the "
                 "adults.", -1},
      {"Health visitor", "{child} has not been brought to two health checks, and the health visitor is worried "
                         "about {their} weight and about {parent}'s low mood.", 0},
      {"Police", "Officers attended the home after a report of shouting. {child} was present. {parent} said "
                 "{p_they} would welcome some support.", -1},
      {"Family doctor", "{parent} told the family doctor {p_they} is struggling to cope and is worried about "
                        "caring for {child}.", -1},
      {"Self-referral", "{parent} rang asking for help: {p_they} is finding {child}'s behaviour hard to manage "
                        "and the family are about to lose their home.", -1},
      {"Neighbour", "A neighbour is worried that {child} is often left alone in the evenings and has heard "
                    "crying.", -1},
      {"Hospital emergency department", "{child} was brought to the emergency department with a broken wrist. "
                                        "The explanation given was a fall; staff asked us to check on the "
                                        "family.", -1},
      {"Midwife", "The midwife is worried about the home conditions and about support for {parent} after "
                  "{child}'s birth.", 0},
      {"Youth worker", "{child} told the youth worker {they} has been staying out late with older young people "
                       "and does not want to go home.", 2},
      {"Housing officer", "The housing officer visited and found the family living in one damp room; {child} "
                          "sleeps on a sofa.", -1},
  };
  for (;;) {
    const Source& s = rng.Pick(kSources);
    if (s.band >= 0 && s.band != static_cast<int>(BandOf(c))) continue;
    return ReferralText{std::string(s.source), Fill(s.reason, c)};
  }
}

}  // namespace childrecord::demo
