#include "demo/demo_text.h"

#include <utility>

namespace childrecord::demo {
namespace {

using Texts = std::vector<std::string_view>;

enum class Band { kBaby, kChild, kTeen };
Band BandOf(const NoteContext& c) { return c.age < 4 ? Band::kBaby : (c.age < 12 ? Band::kChild : Band::kTeen); }

void ReplaceAll(std::string& text, std::string_view from, std::string_view to) {
  size_t pos = 0;
  while ((pos = text.find(from, pos)) != std::string::npos) {
    text.replace(pos, from.size(), to);
    pos += to.size();
  }
}

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

}  // namespace

const std::vector<std::string_view>& GirlNames() {
  static const auto* names = new std::vector<std::string_view>{
      "Amelia", "Olivia",  "Isla",    "Ava",    "Mia",     "Ivy",     "Lily",  "Freya",  "Grace",   "Sophia",
      "Amira",  "Aaliyah", "Maryam",  "Zara",   "Hafsa",   "Priya",   "Anaya", "Leah",   "Ruby",    "Ella",
      "Chloe",  "Poppy",   "Evie",    "Jessica", "Zoë",    "Siobhán", "Róisín", "Niamh", "Aoife",   "Łucja",
      "Zofia",  "Maja",    "Ayşe",    "Chloë",  "Renée",   "Kemi",    "Adaeze", "Esther", "Precious", "Tia",
      "Jade",   "Skye",    "Megan",   "Caitlin", "Erin",   "Layla",   "Nadia", "Ioana",  "Bianca",  "Mei"};
  return *names;
}
const std::vector<std::string_view>& BoyNames() {
  static const auto* names = new std::vector<std::string_view>{
      "Noah",    "Oliver", "George",  "Arthur", "Leo",    "Harry",  "Oscar",   "Jack",    "Charlie", "Theo",
      "Muhammad", "Yusuf", "Ibrahim", "Ayaan",  "Arjun",  "Rohan",  "Kai",     "Tyler",   "Kyle",    "Jayden",
      "Riley",   "Mason",  "Logan",   "Alfie",  "Freddie", "Seán",  "Oisín",   "Cian",    "Jakub",   "Szymon",
      "Mateusz", "Andrei", "Luca",    "Emre",   "Chidi",  "Tobi",   "Kwame",   "Daniel",  "Samuel",  "Elijah",
      "Dylan",   "Callum", "Rhys",    "Owen",   "Finlay", "Jamie",  "Reece",   "Bartłomiej", "Hamza", "Zain"};
  return *names;
}
const std::vector<std::string_view>& WomenNames() {
  static const auto* names = new std::vector<std::string_view>{
      "Sarah",  "Emma",    "Rebecca", "Claire", "Laura",  "Gemma",  "Kelly",   "Stacey",   "Danielle", "Amy",
      "Nicola", "Joanne",  "Michelle", "Lisa",  "Karen",  "Tracey", "Fatima",  "Ayesha",   "Nasreen",  "Shabana",
      "Sunita", "Deepa",   "Grace",   "Blessing", "Funmi", "Chiamaka", "Abena", "Małgorzata", "Agnieszka",
      "Katarzyna", "Ewa",  "Elena",   "Mihaela", "Siobhán", "Bríd",  "Aisling", "Mairéad", "Hannah",  "Rachel",
      "Charlotte", "Louise", "Jennifer", "Samantha", "Hayley", "Leanne", "Chantelle", "Mariam", "Yasmin"};
  return *names;
}
const std::vector<std::string_view>& MenNames() {
  static const auto* names = new std::vector<std::string_view>{
      "David",   "James",  "Mark",    "Paul",    "Andrew",  "Lee",     "Craig",  "Darren",  "Wayne",  "Gary",
      "Stuart",  "Neil",   "Imran",   "Tariq",   "Asif",    "Rajesh",  "Vikram", "Emeka",   "Kofi",   "Oluwaseun",
      "Tomasz",  "Piotr",  "Krzysztof", "Marek", "Ionuț",   "Mihai",   "Ciarán", "Pádraig", "Declan", "Connor",
      "Matthew", "Daniel", "Ryan",    "Adam",    "Jason",   "Scott",   "Ahmed",  "Omar",    "Hassan", "Kevin"};
  return *names;
}
const std::vector<std::string_view>& Surnames() {
  static const auto* names = new std::vector<std::string_view>{
      "Smith",    "Jones",   "Williams", "Taylor",    "Brown",    "Davies",   "Evans",   "Wilson",   "Thomas",
      "Johnson",  "Roberts", "Robinson", "Thompson",  "Wright",   "Walker",   "White",   "Edwards",  "Hughes",
      "Green",    "Hall",    "Lewis",    "Harris",    "Clarke",   "Patel",    "Jackson", "Wood",     "Turner",
      "Martin",   "Cooper",  "Hill",     "Ward",      "Morris",   "Moore",    "Clark",   "Lee",      "King",
      "Baker",    "Harrison", "Morgan",  "Allen",     "James",    "Scott",    "Phillips", "Watson",  "Davis",
      "Parker",   "Price",   "Bennett",  "Young",     "Griffiths", "Mitchell", "Kelly",  "Cook",     "Carter",
      "Richardson", "Bailey", "Collins", "Bell",      "Shaw",     "Murphy",   "Miller",  "Cox",      "Richards",
      "Khan",     "Ahmed",   "Hussain",  "Ali",       "Begum",    "Rahman",   "Akhtar",  "Shah",     "Iqbal",
      "Singh",    "Kaur",    "Sharma",   "Mistry",    "Okafor",   "Adeyemi",  "Mensah",  "Okonkwo",  "Boateng",
      "Osei",     "Campbell", "MacDonald", "Stewart",  "O'Brien",  "O'Neill",  "Byrne",   "Doyle",    "Ó Súilleabháin",
      "Nowak",    "Kowalski", "Król", "Lewandowski", "Wójcik", "Popescu", "Ionescu", "Dimitrov", "Silva",
      "Fernandes", "Nguyen", "Chen",     "Wong",      "Yılmaz",   "Demir",    "Gallagher", "McLaughlin", "Reid"};
  return *names;
}
const std::vector<std::string_view>& Streets() {
  static const auto* names = new std::vector<std::string_view>{
      "Alder Road",  "Beech Grove",   "Canal Street",   "Dale View",     "Elm Close",    "Foundry Lane",
      "Gorse Avenue", "Hawthorn Way", "Ivy Terrace",    "Juniper Court", "Kestrel Drive", "Linden Walk",
      "Mill Street", "Nettle Row",    "Orchard Crescent", "Peel Street", "Quarry Hill",  "Rowan Gardens",
      "Station Road", "Tanner's Yard", "Union Street",  "Victoria Road", "Willow Bank",  "Yew Tree Lane"};
  return *names;
}
const std::vector<std::string_view>& PrimarySchools() {
  static const auto* names = new std::vector<std::string_view>{
      "Kingsmere Primary School", "St Anne's Church of England Primary School", "Oakfield Primary School",
      "Brookside Primary Academy", "Holy Family Catholic Primary School", "Westgate Infant and Junior School",
      "Millbrook Primary School"};
  return *names;
}
const std::vector<std::string_view>& SecondarySchools() {
  static const auto* names = new std::vector<std::string_view>{
      "Riverside High School", "Kingsmere Academy", "St Bede's Catholic High School", "Northfield School",
      "Castle Hill College"};
  return *names;
}
const std::vector<std::string_view>& Nurseries() {
  static const auto* names = new std::vector<std::string_view>{
      "Little Acorns Nursery", "Kingsmere Family Centre Nursery", "Rainbow Day Nursery"};
  return *names;
}

std::string UsernameFor(std::string_view first, std::string_view last) {
  // Transliterates the accented letters the name lists use; drops anything else not a letter.
  static const std::pair<std::string_view, char> kFolds[] = {
      {"á", 'a'}, {"à", 'a'}, {"ä", 'a'}, {"ą", 'a'}, {"ç", 'c'}, {"ć", 'c'}, {"é", 'e'}, {"è", 'e'},
      {"ë", 'e'}, {"ę", 'e'}, {"í", 'i'}, {"ı", 'i'}, {"ł", 'l'}, {"Ł", 'l'}, {"ń", 'n'}, {"ó", 'o'},
      {"Ó", 'o'}, {"ö", 'o'}, {"ś", 's'}, {"ş", 's'}, {"ș", 's'}, {"ț", 't'}, {"ú", 'u'}, {"ü", 'u'},
      {"ź", 'z'}, {"ż", 'z'}, {"ğ", 'g'}, {"Ș", 's'}};
  auto fold = [&](std::string_view in) {
    std::string out;
    for (size_t i = 0; i < in.size();) {
      unsigned char ch = static_cast<unsigned char>(in[i]);
      if (ch < 0x80) {
        if (ch >= 'A' && ch <= 'Z') out += static_cast<char>(ch - 'A' + 'a');
        else if (ch >= 'a' && ch <= 'z') out += static_cast<char>(ch);
        ++i;
        continue;
      }
      bool matched = false;
      for (const auto& [from, to] : kFolds) {
        if (in.substr(i, from.size()) == from) {
          out += to;
          i += from.size();
          matched = true;
          break;
        }
      }
      if (!matched) ++i;
    }
    return out;
  };
  return fold(first) + "." + fold(last);
}

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
