#pragma once

// The fixture of the access matrix tests (access_matrix_test.cc, access_matrix_entries_test.cc):
// a tenant with two teams, a user of every role in team B, and three children on team A's
// caseload — one outside every test user's caseload, one on it, one restricted — each with an
// entry, a document, a linked person and a transfer. Runs on both backends (BackendTest).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>

#include "app/app_support.h"
#include "app/application.h"
#include "auth/access_policy.h"
#include "core/ids.h"
#include "data/language_data.h"
#include "features/accounts/user_accounts.h"
#include "features/allocation/allocation_rules.h"
#include "features/assessment/assessment_events.h"
#include "features/children/children_events.h"
#include "features/documents/document_events.h"
#include "features/documents/document_rules.h"
#include "features/entries/entries_events.h"
#include "features/people/people_events.h"
#include "features/plan/plan_events.h"
#include "features/restriction/restriction_events.h"
#include "features/transfer/transfer_events.h"
#include "features/transfer/transfer_rules.h"
#include "record/commands.h"
#include "store/account_repository.h"
#include "store/blob_store.h"
#include "store/store_fixture.h"

namespace childrecord::testing {

inline constexpr char kPassword[] = "a long and unusual test passphrase 42";

struct Child {
  std::string id, entry_id, label;
  std::string document_id;         // a PDF on the record (R8), its file in the matrix's blob folder
  std::string link_id;             // a person linked to the record (R3, R5)
  std::string transfer_id;         // R17: a transfer of the record to an adoption agency
  std::string assessment_id = {};  // R20: a Child and Family Assessment in progress, with one version
  std::string plan_id = {};        // R24: a child protection plan with a goal and an action
  std::string goal_id = {};
  std::string person_id = {};  // the person of link_id (R3), and a second person (R20: a relationship)
  std::string partner_id = {};
};

inline constexpr char kMatrixPdf[] = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n";

class AccessMatrixTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    auto tenant = store().CreateTenant("Matrix Borough Council");
    ASSERT_TRUE(tenant.ok());
    tenant_ = *tenant;
    // Team A holds the records; every role's test user is in team B.
    auto worker =
        AddUser(store(), tenant_.id, "system", {"worker.a", "Ada Worker", "practitioner", "Team A"}, kPassword);
    ASSERT_TRUE(worker.ok()) << worker.error().message;
    worker_a_ = *worker;
    for (const std::string& role : Roles()) {
      auto user = AddUser(store(), tenant_.id, "system", {role + ".b", "Test " + role, role, "Team B"}, kPassword);
      ASSERT_TRUE(user.ok()) << role << ": " << user.error().message;
      users_[role] = *user;
    }
    std::map<std::string, std::string> teams;
    auto listed = AccountRepository(store()).ListTeams(tenant_.id);
    ASSERT_TRUE(listed.ok());
    for (const Team& t : *listed) teams[t.name] = t.id;
    team_a_ = teams["Team A"];
    team_b_ = teams["Team B"];
    outside_ = MakeChild("Olive Outside", team_a_, worker_a_.id, "outside the caseload");
    own_ = MakeChild("Bea Ownteam", team_b_, "", "on the caseload (own team)");
    restricted_ = MakeChild("Rita Restricted", team_a_, worker_a_.id, "restricted to others");
    MustAppend(tenant_.id, worker_a_.id,
               {{events::kChildAccessRestricted, Json{{"child_id", restricted_.id},
                                                      {"restricted", true},
                                                      {"named_user_ids", Json::array({worker_a_.id})},
                                                      {"reason", "A member of staff's relative"}}}});
    app_ = MakeTestApplication(store(), tenant_, blob_dir_);
    ASSERT_NE(app_, nullptr);
  }

  void TearDown() override {
    std::filesystem::remove_all(blob_dir_);
    BackendTest::TearDown();
  }

  Child MakeChild(const std::string& name, const std::string& team, const std::string& worker,
                  const std::string& label) {
    Child c{NewId(), NewId(), label, NewId(), "", ""};
    BlobStore blobs(blob_dir_);
    EXPECT_TRUE(blobs.Put(kMatrixPdf).ok());
    auto document = BuildDocumentAdded(Json{{"kind", "court_order"}, {"title", "Care order"}, {"dated", "2026-11-20"}},
                                       DocumentFile{"order.pdf", kMatrixPdf}, c.id, c.document_id, clock().Now());
    EXPECT_TRUE(document.ok());
    MustAppend(tenant_.id, "system",
               {{events::kChildRecordOpened, payloads::ChildRecordOpened(c.id, name, team, worker)}});
    MustAppend(tenant_.id, "system",
               {{events::kEntryRecorded, payloads::EntryRecorded(c.entry_id, c.id, worker.empty() ? "system" : worker,
                                                                 clock().Now() - std::chrono::hours(2), "A visit",
                                                                 "We talked about school.")}});
    MustAppend(tenant_.id, "system", {{events::kDocumentAdded, *document}});
    // A person on every record, for the link-change endpoints (R3), and a second, for the
    // relationships between adults (R20).
    const std::string person_id = NewId();
    c.person_id = person_id;
    c.partner_id = NewId();
    c.link_id = NewId();
    MustAppend(
        tenant_.id, "system",
        {{events::kPersonAdded, payloads::PersonAdded(person_id, "Pat " + name)},
         {events::kChildPersonLinked, payloads::ChildPersonLinked(c.link_id, c.id, person_id, "mother", true, true)},
         {events::kPersonAdded, payloads::PersonAdded(c.partner_id, "Sam " + name)},
         {events::kChildPersonLinked,
          payloads::ChildPersonLinked(NewId(), c.id, c.partner_id, "father", false, true)}});
    // R17: a transfer on every record, for the copy endpoint.
    c.transfer_id = NewId();
    auto transfer = BuildRecordTransferred(Json{{"agency", "Northern Adoption Agency"},
                                                {"sent_on", "2026-11-20"},
                                                {"method", "courier"},
                                                {"parts", {"identity", "entries"}},
                                                {"reason", "Adoption is the plan"}},
                                           c.id, c.transfer_id, clock().Now());
    EXPECT_TRUE(transfer.ok());
    MustAppend(tenant_.id, "system", {{events::kChildRecordTransferred, *transfer}});
    // R20: an assessment in progress on every record, for the assessment endpoints.
    c.assessment_id = NewId();
    MustAppend(tenant_.id, "system",
               {{events::kAssessmentStarted, Json{{"assessment_id", c.assessment_id},
                                                  {"child_id", c.id},
                                                  {"started_on", "2026-11-24"},
                                                  {"referral_received_on", "2026-11-23"},
                                                  {"working_days", 45},
                                                  {"due_on", "2027-01-28"}}},
                {events::kAssessmentSaved, Json{{"assessment_id", c.assessment_id},
                                                {"child_id", c.id},
                                                {"version", 1},
                                                {"content", {{"analysis", "Started."}}}}}});
    // R24: a plan in force on every record, with a goal and an action, for the plan endpoints.
    c.plan_id = NewId();
    c.goal_id = NewId();
    MustAppend(
        tenant_.id, "system",
        {{events::kPlanStarted,
          Json{{"plan_id", c.plan_id}, {"child_id", c.id}, {"kind", "child_protection"}, {"started_on", "2026-10-01"}}},
         {events::kPlanGoalAdded, Json{{"goal_id", c.goal_id},
                                       {"plan_id", c.plan_id},
                                       {"child_id", c.id},
                                       {"title", "Safe at home"},
                                       {"description", nullptr}}},
         {events::kPlanActionAdded, Json{{"action_id", NewId()},
                                         {"plan_id", c.plan_id},
                                         {"goal_id", c.goal_id},
                                         {"child_id", c.id},
                                         {"description", "Meet the school"},
                                         {"owner_kind", "named"},
                                         {"owner_person_id", nullptr},
                                         {"owner_user_id", nullptr},
                                         {"owner_name", "Pat Lee"},
                                         {"owner_role", "school nurse"},
                                         {"due_on", "2026-11-01"},
                                         {"status", "open"},
                                         {"done_on", nullptr},
                                         {"version", 1},
                                         {"review_id", nullptr}}}});
    return c;
  }

  Response Send(Request request) { return app_->Handle(request); }

  Request Api(const std::string& method, const std::string& path, const std::string& token, const std::string& body,
              const std::string& reason) {
    Request r;
    r.method = method;
    r.path = path;
    r.target = path;
    r.remote_address = "192.0.2.7";
    r.headers["authorization"] = "Bearer " + token;
    if (!body.empty()) {
      r.headers["content-type"] =
          body.starts_with("--matrix") ? "multipart/form-data; boundary=matrix" : "application/json";
      r.body = body;
    }
    if (!reason.empty()) r.headers["x-access-reason"] = reason;
    return r;
  }

  // The request body an endpoint needs to succeed when allowed.
  std::string BodyFor(const Endpoint& e) {
    if (e.method == "GET") return "";
    if (e.pattern == "/api/v1/children") {
      return Json{{"full_name", "Nia New"},
                  {"date_of_birth", "2019-02-03"},
                  {"team_id", team_b_},
                  {"referral", {{"received_on", "2026-11-20"}, {"source", "School"}, {"reason", "Worried."}}}}
          .dump();
    }
    if (e.pattern == "/api/v1/children/{id}/entries") {
      return Json{{"kind", "case_note"},
                  {"occurred_at", "2026-11-24T08:00:00Z"},
                  {"title", "Home visit"},
                  {"body", "We played a game and talked about school."}}
          .dump();
    }
    if (e.pattern == "/api/v1/entries/{id}/versions") {
      // No expected_version: each role's amendment builds on the one before.
      return Json{{"reason", "Correcting the spelling of the school's name"},
                  {"body", "We played a game and talked about school. (" + e.method + " " + RandomHex(4) + ")"}}
          .dump();
    }
    if (e.pattern == "/api/v1/children/{id}/restriction") {
      return Json{{"restricted", false}, {"reason", "Checking the matrix"}}.dump();
    }
    if (e.pattern == "/api/v1/children/{id}/words-we-use") return R"({"items":[]})";
    if (e.pattern == "/api/v1/children/{id}/chronology") {  // R20: an item added by hand
      return Json{{"date", {{"precision", "month"}, {"value", "2019-03"}}},
                  {"what_happened", "Mum and the children moved to Durham"},
                  {"source", "Mum, at the first home visit"}}
          .dump();
    }
    if (e.pattern == "/api/v1/children/{id}/reopening") {
      return Json{{"referral", {{"received_on", "2026-11-24"}, {"source", "School"}, {"reason", "New worries."}}}}
          .dump();
    }
    if (e.pattern == "/api/v1/children/{id}/transfers" && e.method == "POST") {
      return Json{{"agency", "Northern Adoption Agency"},
                  {"sent_on", "2026-11-24"},
                  {"method", "secure_email"},
                  {"parts", {"identity"}},
                  {"reason", "Adoption is the plan (R17)"}}
          .dump();
    }
    // R40: a practitioner of team B, where the own-team record is (refused on team A's records).
    if (e.pattern == "/api/v1/children/{id}/allocation" && e.method == "POST") {
      return Json{{"worker_id", users_["practitioner"].id}, {"reason", "Checking the matrix"}}.dump();
    }
    if (e.pattern == "/api/v1/children/{id}/closure") {
      return Json{{"closed_on", "2026-11-24"}, {"reason", "Checking the matrix"}, {"closing_summary", "All well."}}
          .dump();
    }
    if (e.pattern == "/api/v1/children/{id}/documents") {
      std::string body;
      for (const auto& [name, value] : std::vector<std::pair<std::string, std::string>>{
               {"kind", "court_report"}, {"title", "Court report"}, {"dated", "2026-11-20"}}) {
        body += "--matrix\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
      }
      return body + "--matrix\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.pdf\"\r\n\r\n" +
             kMatrixPdf + "\r\n--matrix--\r\n";
    }
    // The people around the child (R3, R5, R7, R13).
    if (e.pattern == "/api/v1/children/{id}/people") {
      return Json{{"full_name", "Sam Neighbour"}, {"relationship", "neighbour"}, {"important_to", "child"}}.dump();
    }
    if (e.pattern == "/api/v1/children/{id}/people/{link_id}") {
      // Each change must change something: a new phone number every time.
      return Json{{"contact", {{"phone", "01234 " + std::to_string(100000 + ++changes_)}}}}.dump();
    }
    // R20: a person's details (a new version each time), and a relationship between the record's two people.
    if (e.pattern == "/api/v1/children/{id}/people/{link_id}/details") {
      return Json{{"sex", "female"}, {"born_on", "1990-01-02"}}.dump();
    }
    if (e.pattern == "/api/v1/children/{id}/partnerships" && e.method == "POST") return "@plan";
    if (e.pattern == "/api/v1/children/{id}/family-time") {
      return Json{{"with", Json::array({{{"name", "Grandad"}}})},
                  {"how_often", "Every Sunday afternoon"},
                  {"support", "unsupervised"},
                  {"starts_on", "2020-01-05"}}
          .dump();
    }
    if (e.pattern == "/api/v1/children/{id}/private-providers") {
      return Json{{"provider_name", "Brightside Fostering"},
                  {"kind", "independent_fostering_agency"},
                  {"arrangement", "Foster carers for the child"},
                  {"starts_on", "2020-01-05"}}
          .dump();
    }
    if (e.pattern == "/api/v1/children/{id}/identity") {
      return R"({"effective_from":"2020-01-01","changes":{"other_names":{"value":["Matrix"]}}})";
    }
    // R25: a new version of the Case Note Summary (key people are the record's own, so none here).
    if (e.pattern == "/api/v1/children/{id}/summary" && e.method == "PUT") {
      return Json{{"pen_picture", "Checking the matrix"},
                  {"worries", "None"},
                  {"what_helps", "Nan"},
                  {"safety_plan", "Call Nan"},
                  {"key_people", Json::array()}}
          .dump();
    }
    if (e.pattern == "/api/v1/children/{id}/living-arrangements") {
      return R"({"effective_from":"2020-01-01","place_kind":"home","legal_status":"no_order"})";
    }
    // R24: the plan's writes (the plan is the child's; {id} is the plan for /api/v1/plans/).
    if (e.pattern == "/api/v1/children/{id}/plan") return R"({"kind":"care_plan","started_on":"2026-11-20"})";
    if (e.pattern == "/api/v1/plans/{id}/goals") return R"({"title":"Goes to school every day"})";
    if (e.pattern == "/api/v1/plans/{id}/ending") return R"({"ended_on":"2026-11-24","reason":"Checking the matrix"})";
    if (e.pattern == "/api/v1/plans/{id}/actions" || e.pattern == "/api/v1/plans/{id}/reviews") {
      return "@plan";  // needs the record's goal: PlanBodyFor
    }
    return "{}";
  }

  // A body that needs the record's own ids: R24 an action or review for `c`'s plan (its goal's id);
  // R20 a relationship between `c`'s two people.
  std::string PlanBodyFor(const Endpoint& e, const Child& c) {
    if (e.pattern == "/api/v1/children/{id}/partnerships") {
      return Json{{"first_person_id", c.person_id},
                  {"second_person_id", c.partner_id},
                  {"kind", "married"},
                  {"starts_on", "2010-01-02"}}
          .dump();
    }
    if (e.pattern == "/api/v1/plans/{id}/actions") {
      return Json{{"goal_id", c.goal_id},
                  {"description", "Meet the school"},
                  {"owner", {{"kind", "named"}, {"name", "Pat Lee"}, {"role", "school nurse"}}},
                  {"due_on", "2026-12-20"}}
          .dump();
    }
    return Json{{"held_on", "2026-11-20"},
                {"attendees", {{{"name", "Jo Smith"}, {"role", "mum"}}}},
                {"views", {{{"whose", "child"}, {"words", "I like school"}}}},
                {"progress", {{{"goal_id", c.goal_id}, {"progress", "Better"}}}},
                {"decisions", "The plan continues"}}
        .dump();
  }

  std::string PathFor(const Endpoint& e, const Child& c) {
    std::string path = std::regex_replace(e.pattern, std::regex(R"(\{id\})"),
                                          e.pattern.starts_with("/api/v1/entries/")       ? c.entry_id
                                          : e.pattern.starts_with("/api/v1/documents/")   ? c.document_id
                                          : e.pattern.starts_with("/api/v1/transfers/")   ? c.transfer_id
                                          : e.pattern.starts_with("/api/v1/assessments/") ? c.assessment_id
                                          : e.pattern.starts_with("/api/v1/plans/")       ? c.plan_id
                                                                                          : c.id);
    return std::regex_replace(path, std::regex(R"(\{link_id\})"), c.link_id);
  }

  // The status the table says an API request should get.
  static int Expected(AccessDecision d) {
    switch (d) {
      case AccessDecision::kAllowed:
        return 200;
      case AccessDecision::kReasonRequired:
        return 403;
      case AccessDecision::kForbidden:
        return 403;
      case AccessDecision::kHidden:
        return 404;
    }
    return 0;
  }

  ChildAccessFacts Facts(const Child& c) { return *store().GetChildAccess(tenant_.id, c.id); }

  Tenant tenant_;
  UserAccount worker_a_;
  std::map<std::string, UserAccount> users_;
  std::string team_a_, team_b_;
  Child outside_, own_, restricted_;
  std::unique_ptr<Application> app_;
  std::string blob_dir_ = (std::filesystem::temp_directory_path() / ("matrix-blobs-" + RandomHex(8))).string();
  int changes_ = 0;
};

}  // namespace childrecord::testing
