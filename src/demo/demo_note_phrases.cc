#include "demo/demo_note_phrases.h"

#include <utility>

namespace childrecord::demo::phrases {
namespace {

void ReplaceAll(std::string& text, std::string_view from, std::string_view to) {
  size_t pos = 0;
  while ((pos = text.find(from, pos)) != std::string::npos) {
    text.replace(pos, from.size(), to);
    pos += to.size();
  }
}

// A template whose placeholders the context can fill (no school for a baby at home, no
// sibling for an only child).
bool Fits(std::string_view t, const NoteContext& c) {
  if (c.sibling.empty() && t.find("{sibling}") != std::string_view::npos) return false;
  if (c.school.empty() && (t.find("{school}") != std::string_view::npos ||
                           t.find("{teacher}") != std::string_view::npos)) {
    return false;
  }
  if (c.other_parent.empty() && t.find("{other}") != std::string_view::npos) return false;
  return true;
}

}  // namespace

Band BandOf(const NoteContext& c) { return c.age < 4 ? Band::kBaby : (c.age < 12 ? Band::kChild : Band::kTeen); }

// Fills a template's {placeholders} from the context.
std::string Fill(std::string_view tmpl, const NoteContext& c) {
  std::string s(tmpl);
  const bool g = c.girl;
  const std::pair<std::string_view, std::string_view> pairs[] = {
      {"{child}", c.child},
      {"{they}", g ? "she" : "he"},
      {"{They}", g ? "She" : "He"},
      {"{them}", g ? "her" : "him"},
      {"{their}", g ? "her" : "his"},
      {"{Their}", g ? "Her" : "His"},
      {"{theirs}", g ? "hers" : "his"},
      {"{p_they}", c.parent_woman ? "she" : "he"},
      {"{p_They}", c.parent_woman ? "She" : "He"},
      {"{p_their}", c.parent_woman ? "her" : "his"},
      {"{p_them}", c.parent_woman ? "her" : "him"},
      {"{parent_role}", c.parent_role},
      {"{parent}", c.parent},
      {"{other}", c.other_parent},
      {"{sibling}", c.sibling},
      {"{school}", c.school},
      {"{teacher}", c.teacher},
      {"{worker_first}", c.worker_first},
      {"{worker}", c.worker},
      {"{manager}", c.manager},
      {"{language}", c.language},
      {"{next_date}", c.next_date},
      {"{by_date}", c.by_date},
  };
  for (const auto& [from, to] : pairs) ReplaceAll(s, from, to);
  return s;
}

std::string Pick(Rng& rng, const Texts& texts, const NoteContext& c) {
  for (int attempt = 0; attempt < 40; ++attempt) {
    std::string_view t = rng.Pick(texts);
    if (Fits(t, c)) return Fill(t, c);
  }
  for (std::string_view t : texts) {
    if (Fits(t, c)) return Fill(t, c);
  }
  return {};
}

const Texts& ByBand(const NoteContext& c, const Texts& baby, const Texts& child, const Texts& teen) {
  switch (BandOf(c)) {
    case Band::kBaby: return baby;
    case Band::kChild: return child;
    case Band::kTeen: return teen;
  }
  return child;
}

// --- What the child said, or what their behaviour told us ------------------------------------
const Texts kBabyVoice = {
    "{child} babbled and reached for {parent} when I came in, and settled quickly in {p_their} arms.",
    "{child} crawled around the living room and brought me {their} toys to look at, looking back at {parent} "
    "often to check {p_they} was still there.",
    "{child} was asleep for most of the visit. When {they} woke {they} was calm, fed well and smiled at "
    "{parent}.",
    "{child} laughed when {parent} sang to {them} and copied the clapping.",
    "{child} cried for some time at the start of the visit. {parent} rocked {them} and talked softly, and "
    "{they} settled after about ten minutes.",
    "{child} pointed at the window and said \"car!\" many times, laughing each time {parent} answered.",
    "{child} held on tightly to {parent}'s leg and hid {their} face when I arrived, then slowly came over to "
    "play with the bricks. This is what we would expect of a child of {their} age with a stranger.",
    "{child} was clean, dressed for the weather and alert. {They} followed {parent} around the room and "
    "went to {parent} for comfort when {they} bumped {their} head.",
};
const Texts kChildVoice = {
    "\"I like it when Mum walks me to school. We count the red cars.\"",
    "\"I don't like it when they shout. I go in my room and put my headphones on.\"",
    "\"My favourite thing is swimming on Saturdays. I can do a width now.\"",
    "\"Sometimes I'm hungry at school but Miss gives me toast at breakfast club.\"",
    "\"I miss my dad. I want to see him more, like at the weekends.\"",
    "\"I got a star for my reading this week!\"",
    "\"I feel safe at Nan's house. She lets me help with the cooking.\"",
    "\"I get worried when Mum is sad and stays in bed. I make my own cereal.\"",
    "\"I want to stay here. It's nice here and I've got my own room.\"",
    "\"The new bedtime is OK. We have a story now and I'm not tired at school.\"",
    "\"I like it when {sibling} plays with me. Sometimes we build dens.\"",
    "\"I don't want to talk about home today. Can we do drawing?\"",
    "\"My best friend is Maya. We sit together at lunch.\"",
    "\"When I'm cross I squeeze my squishy like we practised.\"",
};
const Texts kTeenVoice = {
    "\"I'm fine. I just don't want to talk about it today.\" I said that was alright and we agreed to talk "
    "next time.",
    "\"School's alright. I'm doing better in maths, Mr Ahmed says I could move up a set.\"",
    "\"I don't want Mum to get in trouble. She's trying, she really is.\"",
    "\"I go to youth club on Tuesdays, it's the best bit of my week.\"",
    "\"When it kicks off at home I go to my mate's house. His mum doesn't mind.\"",
    "\"I want to go to college and do mechanics. I need to get my English first.\"",
    "\"Nobody listened to me at home before, but it's better since we had that meeting.\"",
    "\"I'd rather see you at school than at home. It's less awkward.\"",
    "\"I don't want to move again. I like it here.\"",
    "\"I feel more settled. My carers are alright, they don't make a big deal of things.\"",
    "\"I'm sleeping better. I put my phone downstairs now.\"",
    "\"Can you tell Dad I want to see him but not at his flat?\"",
};

// --- What is going well -----------------------------------------------------------------------
const Texts kStrengths = {
    "{parent} has set up a morning routine and {child} has been on time every day this week.",
    "The home was warm and tidy, with food in the cupboards and the fridge.",
    "{child} has a close, loving relationship with {their} grandmother, who picks {them} up twice a week.",
    "{parent} spoke openly about what has been hard and asked for help with the housing application.",
    "{child}'s attendance at {school} has gone up to nine days out of ten this half term.",
    "{parent} is going to the parenting group on Wednesdays and says it is helping.",
    "{child} went to {parent} for comfort during the visit and was comforted quickly.",
    "{child} has made friends at the after-school football club.",
    "{parent} has kept every health appointment this month.",
    "{teacher} says {child} is more settled in class and has been joining in at playtime.",
    "{parent} and {other} have agreed how to share the school runs, and both kept to it.",
    "{child} and {sibling} were playing happily together for much of the visit.",
};
const Texts kCareStrengths = {
    "{child} has settled well with {parent} and has {their} own room, which {they} has decorated.",
    "{parent} knows {child} well and has noticed what helps {them} at bedtime.",
    "{child}'s school say {they} is more settled since the move and is making friends.",
    "Family time with {their} mum went well this week; {child} came back happy and slept well.",
    "{parent} has been to every health appointment with {child} and keeps a diary of how {they} is.",
};

// --- What we are worried about ---------------------------------------------------------------
const Texts kWorries = {
    "{parent} looked very tired and said {p_they} has not been sleeping; there was little food in the "
    "kitchen until the food bank delivery tomorrow.",
    "{child} has missed six days at {school} this half term, mostly Mondays.",
    "{parent} told me there was an argument last weekend and a neighbour called the police. {child} was at "
    "home at the time and heard the shouting.",
    "The family are behind with the rent and have been given notice; they may have to move away from "
    "{child}'s school and friends.",
    "{teacher} has noticed {child} arriving hungry and in the same clothes on several days.",
    "There was a smell of cannabis in the flat. {parent} said it was a visitor and has since asked them not "
    "to smoke inside.",
    "{parent} said money is very tight and the electricity meter ran out twice this month.",
    "{other} has been coming back to the house late at night; {parent} said this is upsetting for the "
    "children.",
};
const Texts kBabyWorries = {
    "{child}'s weight has stayed the same for a month; the health visitor wants to weigh {them} again next "
    "week.",
    "The nappy bin was overflowing and there were dirty bottles in the sink. {parent} said {p_they} has been "
    "struggling since {child} started teething.",
    "{child} sleeps in the pram in the living room; the cot is still in its box. We talked about safe "
    "sleeping and I have asked the health visitor to help.",
};
const Texts kTeenWorries = {
    "{child} was out until the early hours on Friday and {parent} did not know where {they} was until the "
    "morning.",
    "{child} says {they} stays up late gaming and is falling asleep in lessons.",
    "{child} has been spending time with older young people {they} met online; {they} would not say who they "
    "are.",
    "{child} has been excluded from {school} for two days after an argument with a teacher.",
    "{child} told me {they} sometimes feels low and does not see the point of things. We talked about who "
    "{they} can talk to, and {they} agreed I could ask the school nurse to see {them}.",
};

// --- What the parent or carer said ----------------------------------------------------------
const Texts kParentViews = {
    "{parent} said: \"I know things have been hard. I want to get it right for the kids.\"",
    "{parent} said the family support worker has made a real difference and asked for the sessions to carry "
    "on.",
    "{parent} was upset at the start of the visit and said {p_they} feels judged. We talked about why we are "
    "involved and what we are hoping will change, and {p_they} was calmer by the end.",
    "{parent} does not agree that school attendance is a problem and says {child} has been unwell. I have "
    "asked, with {parent}'s agreement, to see the doctor's letters.",
    "{parent} said: \"We're getting there. The new routine is working, most days.\"",
    "{parent} was warm and welcoming and showed me the chart {child} uses to earn time at the park.",
    "{parent} said {p_they} would like help to get {child} a place at the holiday club.",
};

// --- What needs to happen next ----------------------------------------------------------------
const Texts kNextSteps = {
    "I will visit again on {next_date} and see {child} on {their} own.",
    "{parent} will ring the housing office by {by_date}; I will write a letter of support this week.",
    "I will speak with {teacher} at {school} about attendance by {by_date}.",
    "I will ask the family support worker to spend two mornings a week helping with the school routine, "
    "starting before {by_date}.",
    "{parent} will go to the doctor about {p_their} sleep by {by_date}; I will check how it went when I "
    "visit on {next_date}.",
    "I will refer {parent} to the food bank and the welfare rights adviser today.",
    "I will bring the worries about {child}'s safety to my manager, {manager}, this week.",
};

const Texts kAnalysis = {
    "My view is that {child} is well cared for on most days, and the worries are about the days when "
    "{parent} is struggling. What helps most is the routine and {parent}'s honesty about how things are.",
    "I am worried that the progress we saw last month has slipped. {child} needs the adults around {them} to "
    "keep to the plan, and I will talk this through with {manager}.",
    "Things are better than when we first became involved. The plan is working, and {child}'s own words "
    "show {they} is feeling safer.",
    "I am not yet sure what life is like for {child} day to day. I need to see {them} more often, at "
    "different times, and speak with {school}.",
    "The main worry remains the arguments at home and their effect on {child}. The strengths are "
    "{parent}'s love for {child} and {p_their} wish to change.",
};

const Texts kVisitPurposes = {
    "to see how the new morning routine is going",
    "as part of the child in need plan, to see {child} and talk about the past two weeks",
    "because {school} let us know {child} seemed upset on Monday",
    "to talk about the outcome of the review meeting with {parent}",
    "to see how {child} is getting on since the family moved",
    "to spend time with {child} and hear how {they} feels things are going",
};

const Texts kPlaces = {"at home", "at home", "at home", "at {school}", "at the family centre"};

std::string SeenLine(Rng& rng, const NoteContext& c, bool at_school) {
  if (BandOf(c) == Band::kBaby) {
    return Fill(rng.Chance(0.8) ? "{child} was seen, awake and with {parent} throughout, as you would expect at "
                                  "{their} age."
                                : "{child} was seen; {they} was asleep when I arrived and woke during the visit.",
                c);
  }
  if (at_school || rng.Chance(0.75)) {
    return Fill(rng.Pick(Texts{"{child} was seen, and seen on {their} own in {their} bedroom for about twenty "
                               "minutes.",
                               "{child} was seen, and seen on {their} own while {parent} made a drink.",
                               "{child} was seen, and seen alone; we sat in the garden."}),
                c);
  }
  return Fill(rng.Pick(Texts{"{child} was seen but not on {their} own: {they} did not want {parent} to leave the "
                             "room, and I did not push this. I will try to see {them} alone at school.",
                             "{child} was seen but not alone, because {sibling} was unwell and everyone was in the "
                             "living room. I will see {child} alone at the next visit."}),
              c);
}

}  // namespace childrecord::demo::phrases
