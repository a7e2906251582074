#include "features/chronology/chronology_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <vector>

namespace childrecord {
namespace {

// A4 portrait in points, the court bundle's paper.
constexpr double kWidth = 595.276;
constexpr double kHeight = 841.89;
constexpr double kMargin = 42;
constexpr double kFooter = 28;  // room for the page number under the table
constexpr double kPad = 4;
// The table's columns: serial number, date, event, reference.
constexpr double kColumns[] = {34, 104, 214, kWidth - 2 * kMargin - 34 - 104 - 214};

cairo_status_t Collect(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

struct ChronologyPdf::State {
  std::string bytes;
  cairo_surface_t* surface = nullptr;
  cairo_t* cr = nullptr;
  Title title;
  int page = 1;
  double y = kMargin;

  // Text of `font` in a box `width` wide at (x, y); returns its height. With `draw` false, only measures.
  double Text(const std::string& text, const char* font, double x, double at_y, double width, bool draw = true) {
    PangoLayout* layout = pango_cairo_create_layout(cr);
    // Font sizes in points on a surface measured in points (pango's default is 96 dots an inch).
    pango_cairo_context_set_resolution(pango_layout_get_context(layout), 72);
    pango_layout_context_changed(layout);
    PangoFontDescription* description = pango_font_description_from_string(font);
    pango_layout_set_font_description(layout, description);
    pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(layout, text.c_str(), -1);
    int w = 0, h = 0;
    pango_layout_get_size(layout, &w, &h);
    if (draw) {
      cairo_move_to(cr, x, at_y);
      pango_cairo_show_layout(cr, layout);
    }
    pango_font_description_free(description);
    g_object_unref(layout);
    return static_cast<double>(h) / PANGO_SCALE;
  }

  double RowHeight(const std::vector<std::string>& cells, const char* font) {
    double h = 0;
    for (size_t i = 0; i < cells.size(); ++i)
      h = std::max(h, Text(cells[i], font, 0, 0, kColumns[i] - 2 * kPad, false));
    return h + 2 * kPad;
  }

  void DrawRow(const std::vector<std::string>& cells, const char* font, double height, bool shaded) {
    double x = kMargin;
    if (shaded) {
      cairo_set_source_rgb(cr, 0.93, 0.93, 0.93);
      cairo_rectangle(cr, kMargin, y, kWidth - 2 * kMargin, height);
      cairo_fill(cr);
    }
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_set_line_width(cr, 0.5);
    for (size_t i = 0; i < cells.size(); ++i) {
      cairo_rectangle(cr, x, y, kColumns[i], height);
      cairo_stroke(cr);
      Text(cells[i], font, x + kPad, y + kPad, kColumns[i] - 2 * kPad);
      x += kColumns[i];
    }
    y += height;
  }

  void Header() {
    const std::vector<std::string> head = {"No.", "Date", "Event", "Reference"};
    DrawRow(head, "Sans Bold 10", RowHeight(head, "Sans Bold 10"), true);
  }

  void Footer() {
    cairo_set_source_rgb(cr, 0, 0, 0);
    Text("Chronology of " + title.child_name + " – page " + std::to_string(page), "Sans 9", kMargin,
         kHeight - kMargin + 8, kWidth - 2 * kMargin);
  }

  void NewPage() {
    Footer();
    cairo_show_page(cr);  // the finished page goes to the stream now
    ++page;
    y = kMargin;
    Header();
  }
};

ChronologyPdf::ChronologyPdf(const Title& title) : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.title = title;
  s.surface = cairo_pdf_surface_create_for_stream(&Collect, &s.bytes, kWidth, kHeight);
  cairo_pdf_surface_set_metadata(s.surface, CAIRO_PDF_METADATA_TITLE, ("Chronology of " + title.child_name).c_str());
  s.cr = cairo_create(s.surface);
  cairo_set_source_rgb(s.cr, 0, 0, 0);
  s.y += s.Text("Chronology of " + title.child_name, "Sans Bold 20", kMargin, s.y, kWidth - 2 * kMargin) + 6;
  s.y += s.Text("Date of birth: " + title.date_of_birth, "Sans 12", kMargin, s.y, kWidth - 2 * kMargin) + 2;
  s.y += s.Text("Produced on " + title.produced_on, "Sans 12", kMargin, s.y, kWidth - 2 * kMargin) + 2;
  s.y += s.Text("Significant events of the child’s life, oldest first, from the child’s record.", "Sans 10", kMargin,
                s.y, kWidth - 2 * kMargin) +
         10;
  s.Header();
}

ChronologyPdf::~ChronologyPdf() {
  if (state_->cr) cairo_destroy(state_->cr);
  if (state_->surface) cairo_surface_destroy(state_->surface);
}

void ChronologyPdf::AddRow(int64_t serial, const std::string& date, const std::string& event,
                           const std::string& reference) {
  State& s = *state_;
  const std::vector<std::string> cells = {std::to_string(serial), date, event, reference};
  const double h = s.RowHeight(cells, "Sans 10");
  if (s.y + h > kHeight - kMargin - kFooter) s.NewPage();
  s.DrawRow(cells, "Sans 10", h, false);
}

std::string ChronologyPdf::Finish(int64_t events, int64_t journal_seq, const std::string& journal_hash) {
  State& s = *state_;
  const std::string count = "End of the chronology: " + std::to_string(events) + (events == 1 ? " event." : " events.");
  const std::string head =
      "Built from the record’s journal at event number " + std::to_string(journal_seq) + ", whose hash is:";
  const double needed = 90;
  if (s.y + needed > kHeight - kMargin - kFooter) {
    s.Footer();
    cairo_show_page(s.cr);
    ++s.page;
    s.y = kMargin;
  }
  s.y += 12;
  s.y += s.Text(count, "Sans Bold 10", kMargin, s.y, kWidth - 2 * kMargin) + 4;
  s.y += s.Text(head, "Sans 10", kMargin, s.y, kWidth - 2 * kMargin) + 2;
  s.y += s.Text(journal_hash, "Monospace 9", kMargin, s.y, kWidth - 2 * kMargin) + 2;
  s.Footer();
  cairo_show_page(s.cr);
  cairo_destroy(s.cr);
  s.cr = nullptr;
  cairo_surface_finish(s.surface);
  cairo_surface_destroy(s.surface);
  s.surface = nullptr;
  return std::move(s.bytes);
}

}  // namespace childrecord
