#include "features/search/search_pages.h"

#include <algorithm>

#include "http/url.h"
#include "record/commands.h"
#include "web/page_support.h"

namespace childrecord {
namespace {

// Name hits first, then one group per child in the order their first entry hit came.
Json Grouped(const SearchResults& results) {
  Json names = Json::array();
  Json groups = Json::array();
  for (const SearchResult& r : results.items) {
    const SearchHit& h = r.hit;
    const std::string child_href = "/children/" + h.child_id;
    if (h.entry_id.empty()) {
      names.push_back({{"href", child_href}, {"name", TextPartsJson(r.name)}, {"reason_required", r.reason_required}});
      continue;
    }
    Json entry{{"href", "/entries/" + h.entry_id},
               {"title", TextPartsJson(r.title)},
               {"snippet", TextPartsJson(r.snippet)},
               {"has_snippet", !r.snippet.empty()},
               {"kind_label", EntryKindLabel(h.kind)},
               {"occurred", UkDateTimeOf(h.occurred_at)},
               {"late", h.late},
               {"significant", h.significant}};
    auto group = std::find_if(groups.begin(), groups.end(), [&](const Json& g) { return g["child_id"] == h.child_id; });
    if (group == groups.end()) {
      groups.push_back({{"child_id", h.child_id}, {"href", child_href}, {"full_name", h.child_name},
                        {"entries", Json::array()}});
      group = groups.end() - 1;
    }
    (*group)["entries"].push_back(std::move(entry));
  }
  return Json{{"names", names},   {"has_names", !names.empty()}, {"groups", groups},
              {"has_groups", !groups.empty()}};
}

Response SearchPage(AppContext& context, SearchService& search, Request& request) {
  const std::string query = request.Query("q");
  Json data{{"query", query}};
  if (request.query.count("q") == 0) {
    // The page as first opened: just the form.
    return RenderPage(context, request, "search", "Search records", data, 200, "search");
  }
  auto results = search.Search(*request.principal, query, 20, request.Query("cursor"), AccessContextOf(request));
  if (!results.ok()) {
    if (results.error().code != ErrorCode::kValidation) return ErrorPage(context, request, results.error());
    MarkFieldErrors(data, ErrorSummary(results.error(), "q"));
    return RenderPage(context, request, "search", "Error: Search records", data, 400, "search");
  }
  data.update(Grouped(*results));
  data["searched"] = true;
  data["no_results"] = results->items.empty();
  if (!results->next.empty()) {
    data["next_href"] = "/search?q=" + PercentEncode(query) + "&cursor=" + results->next;
  }
  return RenderPage(context, request, "search", "Search records: " + query, data, 200, "search");
}

}  // namespace

std::vector<FeatureEndpoint> SearchPageEndpoints(AppContext& context, SearchService& search) {
  std::vector<FeatureEndpoint> out;
  out.push_back({"GET", "/search", AccessAction::kSearchChildren,
                 SignedIn(context, [&context, &search](Request& request) { return SearchPage(context, search, request); })});
  return out;
}

}  // namespace childrecord
