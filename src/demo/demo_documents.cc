#include "demo/demo_documents.h"

#include "core/ids.h"
#include "core/time_format.h"
#include "demo/demo_pdf.h"
#include "features/documents/document_events.h"
#include "features/documents/document_rules.h"

namespace childrecord::demo {
namespace {

using std::chrono::days;
using std::chrono::minutes;

constexpr char kFictional[] = "A fictional document made by the childrecord demo. No real person is named in it.";

}  // namespace

std::vector<PlannedDocument> PlanChildDocuments(Rng& rng, const std::string& child_id, const NoteContext& ctx,
                                                const std::string& worker_id, TimePoint opened, TimePoint end) {
  std::vector<PlannedDocument> out;
  const auto opened_day = std::chrono::floor<days>(opened);
  const auto last_day = std::chrono::floor<days>(end) - days(1);
  auto add = [&](int after_days, const std::string& kind, const std::string& title, const std::string& filename,
                 const std::string& description, bool asked, std::vector<std::string> lines) {
    const auto dated = opened_day + days(after_days);
    // Added a few days after the date on it, in office hours.
    const TimePoint at = std::chrono::sys_days(dated + days(rng.Int(1, 4))) + minutes(rng.Int(9 * 60, 16 * 60));
    if (dated > last_day || at >= end) return;
    lines.push_back("");
    lines.push_back(kFictional);
    std::string pdf = MinimalPdf(title, lines);
    Json input{{"kind", kind},
               {"title", title},
               {"dated", FormatIsoDate(Date(dated))},
               {"description", description},
               {"child_asked_to_keep", asked}};
    auto payload = BuildDocumentAdded(input, DocumentFile{filename, pdf}, child_id, NewId(), at);
    if (!payload.ok()) return;  // a demo that breaks its own rules adds nothing rather than bad data
    out.push_back({at, worker_id, NewEvent{events::kDocumentAdded, std::move(payload).value()}, std::move(pdf)});
  };
  const std::string& child = ctx.child;
  if (ctx.in_care) {
    add(rng.Int(20, 40), "court_order", "Care order", "care-order.pdf",
        "The final care order: " + child + " is in the care of Demo County Council.", false,
        {"IN THE FAMILY COURT (fictional)", "Care order under section 31 of the Children Act 1989", "",
         "The child: " + child, "The court orders that the child is placed in the care of", "Demo County Council.", "",
         "Made by a District Judge."});
    if (rng.Chance(0.6)) {
      add(rng.Int(10, 18), "court_report", "Social work evidence statement", "swet.pdf",
          "The social worker's statement for the care proceedings.", false,
          {"Social work evidence statement", "About: " + child, "Written by: " + ctx.worker, "",
           "1. The child's journey so far", "2. What " + child + " has told us", "3. The plan for " + child});
    }
    if (!ctx.school.empty()) {
      add(rng.Int(45, 70), "personal_education_plan", "Personal Education Plan", "pep.pdf",
          "Agreed with " + child + "'s designated teacher at " + ctx.school + ".", false,
          {"Personal Education Plan", "Child: " + child, "School: " + ctx.school, "",
           "What is going well: reading, and making friends in class.",
           "What we will do next: extra help with maths twice a week."});
    }
  }
  if (ctx.age >= 7 && rng.Chance(0.25)) {
    add(rng.Int(14, 120), "childs_letter", "A letter from " + child, "letter.pdf",
        child + " wrote this and asked for it to be kept on the record.", true,
        {"Dear whoever reads this,", "", "I want you to know that I like drawing and football.",
         "I want my file to say that I am kind and I try hard.", "", "From " + child});
  }
  return out;
}

}  // namespace childrecord::demo
