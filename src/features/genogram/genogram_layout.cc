// The only file that includes Graphviz (R20): the family model → DOT → SVG or PDF.
#include "features/genogram/genogram_layout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <set>

namespace childrecord {
namespace {

// Graphviz keeps global state (its context, the cgraph string pool): one layout at a time.
std::mutex& GraphvizMutex() {
  static std::mutex mutex;
  return mutex;
}

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string NodeId(const std::string& id) { return Quote("p_" + id); }

const char* Shape(GenogramSex sex) {
  switch (sex) {
    case GenogramSex::kMale:
      return "box";
    case GenogramSex::kFemale:
      return "ellipse";
    case GenogramSex::kOther:
    case GenogramSex::kUnknown:
      break;
  }
  return "diamond";
}

// Text for a Graphviz HTML-like label.
std::string Html(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '"') {
      out += "&quot;";
    } else {
      out += c;
    }
  }
  return out;
}

// The year of a recorded "YYYY-MM-DD" (a genogram shows years; the text alternative the full date).
std::string Year(const std::string& iso) { return iso.size() >= 4 ? iso.substr(0, 4) : iso; }

// A couple's mark on their point: one slash separated, two divorced.
const char* Slashes(GenogramCoupleStyle style) {
  if (style == GenogramCoupleStyle::kSeparated) return "/";
  if (style == GenogramCoupleStyle::kDivorced) return "//";
  return "";
}

const char* LineStyle(GenogramLine line) {
  switch (line) {
    case GenogramLine::kBirth:
      return "solid";
    case GenogramLine::kAdopted:
      return "dashed";
    case GenogramLine::kFostered:
      break;
  }
  return "dotted";
}

// The label: the name, parental responsibility, the year of birth and the death. Someone who has
// died is drawn with a large cross (✕) over their name and a grey fill (R20: a cross for deceased),
// in an HTML-like label so that the cross is text every renderer (SVG, cairo's PDF) draws.
std::string Label(const GenogramNode& p) {
  std::string label = "<";
  if (p.died) label += "<FONT POINT-SIZE=\"22\">✕</FONT><BR/>";
  label += Html(p.full_name);
  if (p.parental_responsibility) label += "<BR/>(parental responsibility)";
  if (!p.born_on.empty()) label += "<BR/>Born " + Year(p.born_on);
  if (p.died) label += p.died_on.empty() ? "<BR/>Died" : "<BR/>Died " + Year(p.died_on);
  return label + ">";
}

std::string NodeLine(const GenogramNode& p) {
  std::string line = "  " + NodeId(p.id) + " [label=" + Label(p) + ", shape=" + Shape(p.sex) +
                     ", id=" + Quote("person-" + p.id) + ", class=" + Quote(p.died ? "person deceased" : "person");
  if (p.died) line += ", fillcolor=\"#e8e8e8\"";
  if (p.is_child) line += ", peripheries=2, penwidth=2";
  if (p.parental_responsibility) line += ", color=\"#4c2c92\"";
  return line + "];\n";
}

// A couple's point (its slashes instead, for separated or divorced) and the point each multiple birth
// of theirs hangs from, below it. Declared once, inside the household's dotted line or outside it,
// wherever the couple is drawn.
std::string CouplePoints(const GenogramCouple& c, size_t i) {
  const std::string index = std::to_string(i);
  const std::string point = Quote("u_" + index);
  std::string dot = "  " + point;
  if (*Slashes(c.style)) {
    // The slashes stand where the couple's lines meet, interrupting them as a genogram draws it.
    dot += " [shape=none, margin=0, width=0.32, height=0.3, fixedsize=true, fontsize=16, label=" +
           Quote(Slashes(c.style)) +
           ", class=" + Quote(c.style == GenogramCoupleStyle::kDivorced ? "couple divorced" : "couple separated") +
           "];\n";
  } else {
    dot += " [shape=point, width=0.08, label=\"\"];\n";
  }
  int groups = 0;
  for (const auto& child : c.children) groups = std::max(groups, child.multiple_birth);
  for (int g = 1; g <= groups; ++g) {
    // Below the couple's point, on the line (rank) between it and the children.
    const std::string twin = Quote("t_" + index + "_" + std::to_string(g));
    dot += "  " + twin + " [shape=point, width=0.06, label=\"\", class=\"multiple-birth\"];\n";
  }
  return dot;
}

// An invisible edge from the couple's child k-1 to child k, on their line: a flat edge puts its tail
// on the left, so the children stand in birth order, oldest on the left.
std::string OrderEdge(const GenogramCouple& c, size_t k) {
  return "  " + NodeId(c.children[k - 1].id) + " -> " + NodeId(c.children[k].id) + " [style=invis];\n";
}

}  // namespace

std::string GenogramDot(const GenogramModel& model) {
  std::string dot =
      "digraph genogram {\n  graph [newrank=true, remincross=false, rankdir=TB, nodesep=0.4, ranksep=0.5, "
      "fontname=\"Helvetica\"];\n"
      "  node [fontname=\"Helvetica\", fontsize=11, style=filled, fillcolor=white, width=1.2, height=0.6];\n"
      "  edge [dir=none, arrowhead=none];\n";
  // The household: a dotted line round the people who live with the child.
  dot +=
      "  subgraph cluster_household {\n    style=dotted; penwidth=2; label=\"Lives with the child\";"
      " fontsize=10; id=\"household\";\n";
  for (const auto& p : model.people) {
    if (p.household) dot += "  " + NodeLine(p);
  }
  // A couple's point goes inside the dotted line when both of them (or a lone parent) live there,
  // so that their lines stay inside it.
  std::map<std::string, bool> at_home;
  std::set<size_t> inside;  // the couples whose points are drawn inside the dotted line
  for (const auto& p : model.people) at_home[p.id] = p.household;
  for (size_t i = 0; i < model.couples.size(); ++i) {
    const auto& c = model.couples[i];
    if (at_home[c.first] && (c.second.empty() || at_home[c.second])) {
      dot += "  " + CouplePoints(c, i);
      inside.insert(i);
    }
    // Brothers and sisters who both live there are held in birth order here: dot lays out a
    // cluster from the edges declared in it, so an ordering edge declared outside is lost.
    for (size_t k = 1; k < c.children.size(); ++k) {
      if (at_home[c.children[k - 1].id] && at_home[c.children[k].id]) dot += "  " + OrderEdge(c, k);
    }
  }
  dot += "  }\n";
  for (const auto& p : model.people) {
    if (!p.household) dot += NodeLine(p);
  }
  // One rank per generation, kept apart by invisible edges where no line of descent joins them.
  std::map<int, std::vector<std::string>> generations;
  for (const auto& p : model.people) {
    generations[p.generation].push_back(p.id);
  }
  // Invisible anchors, one per generation and one below the last, up to three ranks apart: a
  // couple's point takes the rank below the parents, and twins' point the one below that (dot
  // closes the gap where there are no twins).
  for (int g = 0; g <= 4; ++g) {
    dot += "  " + Quote("g_" + std::to_string(g)) + " [shape=point, style=invis, width=0, height=0];\n";
    if (g > 0) {
      dot += "  " + Quote("g_" + std::to_string(g - 1)) + " -> " + Quote("g_" + std::to_string(g)) +
             " [style=invis, minlen=3];\n";
    }
  }
  for (const auto& [generation, ids] : generations) {
    // Each person pinned between their generation's anchor and the next: one line per generation.
    const std::string anchor = Quote("g_" + std::to_string(generation));
    const std::string below = Quote("g_" + std::to_string(generation + 1));
    for (const auto& id : ids) {
      dot += "  " + anchor + " -> " + NodeId(id) + " [style=invis, weight=0];\n";
      dot += "  " + NodeId(id) + " -> " + below + " [style=invis, weight=0];\n";
    }
    dot += "  { rank=same;";
    for (const auto& id : ids) dot += " " + NodeId(id) + ";";
    dot += " }\n";
  }
  int n = 0;
  for (const auto& c : model.couples) {
    const std::string index = std::to_string(n);
    const std::string point = Quote("u_" + index);
    if (!inside.contains(static_cast<size_t>(n))) dot += CouplePoints(c, static_cast<size_t>(n));
    ++n;
    const char* style = c.style == GenogramCoupleStyle::kLivingTogether ? "dashed" : "solid";
    dot += "  " + NodeId(c.first) + " -> " + point + " [style=" + style + ", weight=4];\n";
    if (!c.second.empty()) dot += "  " + NodeId(c.second) + " -> " + point + " [style=" + style + ", weight=4];\n";
    // Children in birth order, oldest on the left: dot's first ordering follows the order the edges
    // are given in (a rank=same chain would take household members out of their dotted line).
    // Twins (a multiple birth) hang from their own point beside the couple's: one point, two lines.
    std::set<int> joined;  // the multiple births whose point is joined to the couple's
    for (const auto& child : c.children) {
      if (child.multiple_birth == 0) {
        dot += "  " + point + " -> " + NodeId(child.id) + " [style=" + LineStyle(child.line) + "];\n";
        continue;
      }
      const std::string twin = Quote("t_" + index + "_" + std::to_string(child.multiple_birth));
      if (joined.insert(child.multiple_birth).second) dot += "  " + point + " -> " + twin + ";\n";
      dot += "  " + twin + " -> " + NodeId(child.id) + " [style=" + LineStyle(child.line) + "];\n";
    }
    // And held in that order (those who both live with the child are, inside the dotted line).
    for (size_t k = 1; k < c.children.size(); ++k) {
      if (!at_home[c.children[k - 1].id] || !at_home[c.children[k].id]) dot += OrderEdge(c, k);
    }
  }
  return dot + "}\n";
}

Result<std::string> RenderGenogram(const GenogramModel& model, const std::string& format) {
  const std::string dot = GenogramDot(model);
  std::lock_guard<std::mutex> lock(GraphvizMutex());
  static GVC_t* gvc = gvContext();  // made once, under the mutex, kept for the process
  Agraph_t* graph = agmemread(dot.c_str());
  if (graph == nullptr) return Error::Internal("the genogram could not be drawn");
  std::string out;
  if (gvLayout(gvc, graph, "dot") == 0) {
    char* data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(gvc, graph, format.c_str(), &data, &length) == 0 && data != nullptr) {
      out.assign(data, length);
    }
    gvFreeRenderData(data);
    gvFreeLayout(gvc, graph);
  }
  agclose(graph);
  if (out.empty()) return Error::Internal("the genogram could not be drawn");
  return out;
}

}  // namespace childrecord
