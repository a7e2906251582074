#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace childrecord {

// R20: the chronology in the family court's layout, as a real PDF (cairo + pango): a title with
// the child's name, date of birth and the date it was produced; a table of serial number, date,
// event and the reference to the document or entry it comes from, its heading repeated on every
// page; page numbers; and, on the last page, the number of events and the journal head (sequence
// number and hash) it was built from, so a court can check later that the record it came from is
// unaltered (SPEC §2 principle 2).
//
// Rows are drawn as they are given and each finished page is written out at once, so a chronology
// of thousands is never held whole: only the PDF's bytes grow. Not thread safe: one per download.
class ChronologyPdf {
 public:
  struct Title {
    std::string child_name = {};
    std::string date_of_birth = {};  // as people read it: "14 March 2015", or "Not known"
    std::string produced_on = {};    // "4 December 2026"
  };
  explicit ChronologyPdf(const Title& title);
  ~ChronologyPdf();
  ChronologyPdf(const ChronologyPdf&) = delete;
  ChronologyPdf& operator=(const ChronologyPdf&) = delete;

  // One row of the table (`event` may hold a line break before the impact on the child).
  void AddRow(int64_t serial, const std::string& date, const std::string& event, const std::string& reference);
  // Ends the table with the count and the journal head on the last page; returns the PDF.
  std::string Finish(int64_t events, int64_t journal_seq, const std::string& journal_hash);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace childrecord
