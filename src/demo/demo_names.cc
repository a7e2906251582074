#include "demo/demo_names.h"

#include <utility>

namespace childrecord::demo {

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

}  // namespace childrecord::demo
