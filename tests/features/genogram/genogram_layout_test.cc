// R20: the genogram laid out by Graphviz (features/genogram/genogram_layout.h): a blended family and
// a family of 30 people across four generations with half-siblings and a step-parent are drawn
// readably: everyone once, each generation on one line, no symbol over another.
#include "features/genogram/genogram_layout.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

namespace childrecord {
namespace {

struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

// Each person's symbol's bounding box, by the id the drawing gives its group ("person-<id>").
std::map<std::string, std::vector<Box>> Symbols(const std::string& svg) {
  std::map<std::string, std::vector<Box>> out;
  static const std::regex group(R"re(<g id="person&#45;([^"]+)" class="node[^"]*">([\s\S]*?)</g>)re");
  static const std::regex ellipse(R"re(<ellipse[^>]*cx="([-\d.]+)" cy="([-\d.]+)" rx="([-\d.]+)" ry="([-\d.]+)")re");
  static const std::regex polygon(R"re(<polygon[^>]*points="([^"]+)")re");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), group); it != std::sregex_iterator(); ++it) {
    const std::string body = (*it)[2];
    Box box{1e9, 1e9, -1e9, -1e9};
    std::smatch m;
    if (std::regex_search(body, m, ellipse)) {
      const double cx = std::stod(m[1]), cy = std::stod(m[2]), rx = std::stod(m[3]), ry = std::stod(m[4]);
      box = {cx - rx, cy - ry, cx + rx, cy + ry};
    } else if (std::regex_search(body, m, polygon)) {
      std::istringstream points(m[1].str());
      std::string point;
      while (points >> point) {
        const auto comma = point.find(',');
        const double x = std::stod(point.substr(0, comma)), y = std::stod(point.substr(comma + 1));
        box = {std::min(box.x0, x), std::min(box.y0, y), std::max(box.x1, x), std::max(box.y1, y)};
      }
    }
    out[(*it)[1]].push_back(box);
  }
  return out;
}

GenogramNode Person(const std::string& id, GenogramSex sex, int generation) {
  return {id, "Person " + id, "other_relative", sex, generation, false, false, false};
}

void ExpectReadable(const GenogramModel& model) {
  auto svg = RenderGenogram(model, "svg");
  ASSERT_TRUE(svg.ok()) << svg.error().message;
  const auto symbols = Symbols(*svg);
  std::map<int, double> generation_y;
  std::vector<std::pair<std::string, Box>> boxes;
  for (const auto& p : model.people) {
    auto found = symbols.find(p.id);
    ASSERT_NE(found, symbols.end()) << p.id << " is drawn";
    ASSERT_EQ(found->second.size(), 1u) << p.id << " is drawn once";
    const Box& b = found->second.front();
    const double y = (b.y0 + b.y1) / 2;
    if (generation_y.contains(p.generation)) {
      EXPECT_NEAR(generation_y[p.generation], y, 1.0) << p.id << " is on generation " << p.generation << "'s line";
    } else {
      generation_y[p.generation] = y;
    }
    EXPECT_NE(svg->find(p.full_name), std::string::npos) << p.full_name;
    boxes.push_back({p.id, b});
  }
  for (size_t i = 0; i < boxes.size(); ++i) {
    for (size_t j = i + 1; j < boxes.size(); ++j) {
      const Box& a = boxes[i].second;
      const Box& b = boxes[j].second;
      const bool overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
      EXPECT_FALSE(overlap) << boxes[i].first << " and " << boxes[j].first << " overlap";
    }
  }
  // Older generations above younger ones.
  for (auto it = generation_y.begin(); std::next(it) != generation_y.end(); ++it) {
    EXPECT_LT(it->second, std::next(it)->second);
  }
}

// R20: the blended family with what the people feature records: half-siblings, a step-father
// married to the mother (who is divorced from the father), a grandfather who has died (drawn with
// the cross), a sister the parents adopted (the adoption line) and twins.
TEST(GenogramLayoutTest, R20TheBlendedFamilyIsDrawnReadably) {
  std::vector<GenogramPerson> people = {
      {"m", "Zainab Quarshie", "mother", true, true, "female", "1985-02-02"},
      {"f", "Kwame Quarshie", "father", false, true, "male", "1983-01-01"},
      {"sf", "Yaw Mensah", "step_father", true, false},
      {"hs", "Abena Quarshie", "half_sister", true, false, "female", "2005-09-09"},
      {"sb", "Kofi Mensah", "step_brother", false, false},
      {"gm", "Efua Quarshie", "grandmother", false, false},
      {"gf", "Kojo Quarshie", "grandfather", false, false, "male", "1950-01-01", 0, true, "2020-01-01"},
      {"b", "Kwesi Quarshie", "brother", true, false, "male", "2012-03-03"},
      {"ad", "Ama Quarshie", "adoptive_sister", true, false, "female", "", 1}};
  const std::vector<GenogramPartnership> partnerships = {
      {"m", "f", "married", "2008-01-01"}, {"m", "f", "divorced", "2016-05-05"}, {"m", "sf", "married", "2018-07-07"}};
  const auto model = BuildGenogram("C", "Ada Quarshie", true, people, partnerships,
                                   {.child_born_on = "2012-03-03", .child_sex = "", .as_at = "2026-01-01"});
  ExpectReadable(model);
  const std::string dot = GenogramDot(model);
  EXPECT_NE(dot.find("peripheries=2"), std::string::npos) << "the child has a double outline";
  EXPECT_NE(dot.find("cluster_household"), std::string::npos) << "a dotted line round the household";
  EXPECT_NE(dot.find("label=\"//\", class=\"couple divorced\""), std::string::npos)
      << "the divorced parents' two slashes";
  EXPECT_NE(dot.find("class=\"multiple-birth\""), std::string::npos) << "the twins' point";
  auto svg = RenderGenogram(model, "svg");
  ASSERT_TRUE(svg.ok());
  // The grandfather who died: the cross over his name, in the drawing itself.
  const auto gf = svg->find("id=\"person&#45;gf\"");
  ASSERT_NE(gf, std::string::npos);
  const std::string gf_group = svg->substr(gf, svg->find("</g>", gf) - gf);
  EXPECT_NE(gf_group.find("deceased"), std::string::npos);
  EXPECT_NE(gf_group.find("✕"), std::string::npos);
  EXPECT_NE(gf_group.find("Died 2020"), std::string::npos);
  EXPECT_NE(svg->find(">//<"), std::string::npos) << "the slashes are drawn";
  // The adopted sister hangs by the dashed line; the others by solid lines.
  bool adopted_dashed = false;
  for (const auto& c : model.couples) {
    for (const auto& child : c.children) adopted_dashed |= child.id == "ad" && child.line == GenogramLine::kAdopted;
  }
  EXPECT_TRUE(adopted_dashed);
  auto pdf = RenderGenogram(model, "pdf");
  ASSERT_TRUE(pdf.ok());
  // To look at the drawing: CHILDRECORD_GENOGRAM_DUMP=<folder> writes it there as SVG and PDF.
  if (const char* dir = std::getenv("CHILDRECORD_GENOGRAM_DUMP")) {
    std::ofstream(std::string(dir) + "/genogram-blended.svg") << *svg;
    std::ofstream(std::string(dir) + "/genogram-blended.dot") << dot;
    std::ofstream(std::string(dir) + "/genogram-blended.pdf", std::ios::binary) << *pdf;
  }
}

TEST(GenogramLayoutTest, R20AFamilyOf30AcrossFourGenerationsIsDrawnReadably) {
  using S = GenogramSex;
  GenogramModel model;
  auto add = [&](const std::string& id, S sex, int generation) { model.people.push_back(Person(id, sex, generation)); };
  auto couple = [&](const std::string& a, const std::string& b, std::vector<std::string> children,
                    GenogramCoupleStyle style = GenogramCoupleStyle::kParents) {
    GenogramCouple c{a, b, style, {}};
    for (const auto& child : children) c.children.push_back({child, GenogramLine::kBirth});
    model.couples.push_back(c);
  };
  for (auto [id, sex] : std::vector<std::pair<std::string, S>>{
           {"g0a", S::kMale}, {"g0b", S::kFemale}, {"g0c", S::kMale}, {"g0d", S::kFemale}}) {
    add(id, sex, 0);
  }
  for (auto [id, sex] : std::vector<std::pair<std::string, S>>{{"g1a", S::kMale},
                                                               {"g1b", S::kFemale},
                                                               {"g1c", S::kFemale},
                                                               {"g1d", S::kMale},
                                                               {"s1", S::kMale},
                                                               {"s2", S::kUnknown}}) {
    add(id, sex, 1);
  }
  for (auto [id, sex] : std::vector<std::pair<std::string, S>>{{"p1", S::kFemale},
                                                               {"p2", S::kMale},
                                                               {"p3", S::kFemale},
                                                               {"p4", S::kMale},
                                                               {"p5", S::kFemale},
                                                               {"p6", S::kMale},
                                                               {"q1", S::kMale},
                                                               {"q2", S::kMale},
                                                               {"q3", S::kFemale}}) {
    add(id, sex, 2);
  }
  for (int i = 1; i <= 11; ++i) add("c" + std::to_string(i), i % 2 ? S::kFemale : S::kMale, 3);
  model.people[19].is_child = true;  // c1, the child of the record
  couple("g0a", "g0b", {"g1a", "g1b"});
  couple("g0c", "g0d", {"g1c", "g1d"});
  couple("g1a", "g1c", {"p1", "p2", "p3"});
  couple("g1b", "s1", {"p4", "p5"});
  couple("g1d", "s2", {"p6"});
  couple("p1", "q1", {"c1", "c2"});
  couple("p1", "q2", {"c3", "c4"}, GenogramCoupleStyle::kLivingTogether);  // half-siblings; q2 the step-parent
  couple("p4", "q3", {"c5", "c6", "c7"});
  couple("p2", "", {"c8"});
  couple("p6", "", {"c9", "c10", "c11"});
  ASSERT_EQ(model.people.size(), 30u);
  ExpectReadable(model);
}

// R20: brothers and sisters are drawn oldest on the left, twins from their own point, whether or
// not they live in the home (the dotted line) — the order is the model's, held in the drawing.
TEST(GenogramLayoutTest, R20ChildrenAreDrawnOldestOnTheLeft) {
  const auto model = BuildGenogram("C", "Harry Rahman", true,
                                   {{"f", "Krzysztof Rahman", "father", true, true, "male", "1995-06-05"},
                                    {"m", "Funmi Rahman", "mother", true, true, "female", "1998-06-20"},
                                    {"d", "Daniel Rahman", "brother", true, false, "male", "2019-08-05"},
                                    {"b", "Bianca Rahman", "sister", true, false, "female", "2020-11-30"},
                                    {"r", "Rhys Rahman", "brother", true, false, "male", "2019-02-20"}},
                                   {}, {.child_born_on = "2019-02-20", .child_sex = "", .as_at = "2026-01-01"});
  auto svg = RenderGenogram(model, "svg");
  ASSERT_TRUE(svg.ok());
  const auto symbols = Symbols(*svg);
  auto x = [&](const std::string& id) { return symbols.at(id).front().x0; };
  EXPECT_LT(std::max(x("C"), x("r")), x("d")) << "the twins, then Daniel";
  EXPECT_LT(x("d"), x("b")) << "Daniel, then Bianca";
}

// R20: the PDF download is drawn by the same layout.
TEST(GenogramLayoutTest, R20ThePdfIsAPdf) {
  const auto model = BuildGenogram("C", "Ada Quarshie", false, {{"m", "Zainab Quarshie", "mother", false, false}});
  auto pdf = RenderGenogram(model, "pdf");
  ASSERT_TRUE(pdf.ok()) << pdf.error().message;
  EXPECT_EQ(pdf->substr(0, 5), "%PDF-");
}

}  // namespace
}  // namespace childrecord
