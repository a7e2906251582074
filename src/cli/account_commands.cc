// `childrecord init` and `childrecord user add|disable|enable|set-role|set-team|reset-password|
// unlock|end-sessions|record-training`.
#include <iostream>

#include "core/source_root.h"
#include "features/accounts/account_admin.h"
#include "features/accounts/user_accounts.h"
#include "data/password_data.h"
#include "cli/cli_support.h"
#include "cli/commands.h"

namespace childrecord::cli {

void AddInitCommand(CLI::App& app, Runner& run) {
  struct Options {
    std::string db, tenant, admin, name = "Administrator";
    std::string data_dir = std::string(SourceRoot()) + "/data";
  };
  auto options = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("init", "Create a tenant (a local authority) and its first administrator. "
                                         "The administrator's password is read from standard input.");
  cmd->add_option("--db", options->db, "Database URL: sqlite:///path.db or postgresql://...")->required();
  cmd->add_option("--tenant", options->tenant, "The local authority's name")->required();
  cmd->add_option("--admin", options->admin, "The administrator's username")->required();
  cmd->add_option("--name", options->name, "The administrator's full name");
  cmd->add_option("--data-dir", options->data_dir, "Folder holding passwords/common.txt")->capture_default_str();
  cmd->callback([options, &run] {
    run = [options] {
      Status list = LoadCommonPasswords(options->data_dir);
      if (!list.ok()) return Fail(list.error());
      auto store = OpenStore(options->db);
      if (!store.ok()) return Fail(store.error());
      const std::string password = ReadSecretLine();
      if (password.empty()) {
        return Fail(Error::Validation("password", "Give the administrator's password on standard input"));
      }
      const NewUser admin{options->admin, options->name, "admin", ""};
      // Check everything before writing anything: a refused init leaves the database as it was.
      Status valid = ValidateNewUser(admin, password, options->tenant);
      if (!valid.ok()) return Fail(valid.error());
      auto tenant = (*store)->CreateTenant(options->tenant);
      if (!tenant.ok()) return Fail(tenant.error());
      auto user = AddUser(**store, tenant->id, "system", admin, password);
      if (!user.ok()) return Fail(user.error());
      std::cout << "Created tenant '" << tenant->name << "' with administrator '" << user->username << "'\n";
      return 0;
    };
  });
}

namespace {

struct UserOptions {
  std::string db, tenant, username, name, role, team, date;
  std::string data_dir = std::string(SourceRoot()) + "/data";
  bool needs_password_list = false;
  bool must_change = true;
};

// The common options of every `user` subcommand.
void AddCommonOptions(CLI::App* cmd, UserOptions& options, bool needs_username = true) {
  cmd->add_option("--db", options.db, "Database URL")->required();
  cmd->add_option("--tenant", options.tenant, "Tenant name (needed only when the database holds several)");
  if (needs_username) cmd->add_option("--username", options.username, "The account's login name")->required();
}

// Opens the store, finds the tenant and the user, then runs `body`; prints its message.
using UserAction = std::function<Result<std::string>(const UserOptions&, AccountAdmin&, const UserAccount&)>;

void AddUserAction(CLI::App* user, Runner& run, const std::string& name, const std::string& help,
                   const std::function<void(CLI::App*, UserOptions&)>& extra, UserAction action) {
  auto options = std::make_shared<UserOptions>();
  auto* cmd = user->add_subcommand(name, help);
  AddCommonOptions(cmd, *options);
  if (extra) extra(cmd, *options);
  cmd->callback([options, &run, action] {
    run = [options, action] {
      auto store = OpenStore(options->db);
      if (!store.ok()) return Fail(store.error());
      auto tenant = ChooseTenant(**store, options->tenant);
      if (!tenant.ok()) return Fail(tenant.error());
      AccountAdmin admin(**store, tenant->id);
      auto account = admin.FindByUsername(options->username);
      if (!account.ok()) return Fail(account.error());
      if (options->needs_password_list) {
        Status list = LoadCommonPasswords(options->data_dir);
        if (!list.ok()) return Fail(list.error());
      }
      auto said = action(*options, admin, *account);
      if (!said.ok()) return Fail(said.error());
      std::cout << *said << "\n";
      return 0;
    };
  });
}

}  // namespace

void AddUserCommand(CLI::App& app, Runner& run) {
  struct Options {
    std::string db, tenant, username, name, role, team;
    std::string data_dir = std::string(SourceRoot()) + "/data";
  };
  auto options = std::make_shared<Options>();
  auto* user = app.add_subcommand("user", "Manage accounts");
  user->require_subcommand(1);
  auto* add = user->add_subcommand("add", "Add an account. The password is read from standard input.");
  add->add_option("--data-dir", options->data_dir, "Folder holding passwords/common.txt")->capture_default_str();
  add->add_option("--db", options->db, "Database URL")->required();
  add->add_option("--tenant", options->tenant, "Tenant name (needed only when the database holds several)");
  add->add_option("--username", options->username, "Login name, e.g. sam.jones")->required();
  add->add_option("--name", options->name, "Full name")->required();
  add->add_option("--role", options->role, "practitioner, first_contact, team_manager, senior_manager, edt, "
                                           "records_officer, data_protection, auditor or admin")
      ->required();
  add->add_option("--team", options->team, "Team name (created if it does not exist)");
  add->callback([options, &run] {
    run = [options] {
      Status list = LoadCommonPasswords(options->data_dir);
      if (!list.ok()) return Fail(list.error());
      auto store = OpenStore(options->db);
      if (!store.ok()) return Fail(store.error());
      auto tenant = ChooseTenant(**store, options->tenant);
      if (!tenant.ok()) return Fail(tenant.error());
      const std::string password = ReadSecretLine();
      auto added = AddUser(**store, tenant->id, "system",
                           {options->username, options->name, options->role, options->team}, password);
      if (!added.ok()) return Fail(added.error());
      std::cout << "Added " << added->role << " '" << added->username << "' (" << added->full_name << ")\n";
      return 0;
    };
  });
  // Account changes are journaled with the actor "system" (the command line has no signed-in person).
  AddUserAction(user, run, "disable", "Disable an account; its sessions and API tokens end at once", nullptr,
                [](const UserOptions&, AccountAdmin& admin, const UserAccount& u) -> Result<std::string> {
                  CR_RETURN_IF_ERROR(admin.Disable("system", u.id));
                  return "Disabled '" + u.username + "' and ended every session and token";
                });
  AddUserAction(user, run, "enable", "Re-enable a disabled account", nullptr,
                [](const UserOptions&, AccountAdmin& admin, const UserAccount& u) -> Result<std::string> {
                  CR_RETURN_IF_ERROR(admin.Enable("system", u.id));
                  return "Re-enabled '" + u.username + "'";
                });
  AddUserAction(
      user, run, "set-role", "Change an account's role",
      [](CLI::App* cmd, UserOptions& o) { cmd->add_option("--role", o.role, "The new role")->required(); },
      [](const UserOptions& o, AccountAdmin& admin, const UserAccount& u) -> Result<std::string> {
        CR_RETURN_IF_ERROR(admin.SetRole("system", u.id, o.role));
        return "'" + u.username + "' is now " + o.role;
      });
  AddUserAction(
      user, run, "set-team", "Change an account's team (created if new; --team \"\" for none)",
      [](CLI::App* cmd, UserOptions& o) { cmd->add_option("--team", o.team, "The team's name")->required(); },
      [](const UserOptions& o, AccountAdmin& admin, const UserAccount& u) -> Result<std::string> {
        CR_RETURN_IF_ERROR(admin.SetTeam("system", u.id, o.team));
        return "'" + u.username + "' is now in " + (o.team.empty() ? std::string("no team") : "'" + o.team + "'");
      });
  AddUserAction(
      user, run, "record-training", "Record the date data-protection training was completed (R53)",
      [](CLI::App* cmd, UserOptions& o) {
        cmd->add_option("--date", o.date, "YYYY-MM-DD")->required();
      },
      [](const UserOptions& o, AccountAdmin& admin, const UserAccount& u) -> Result<std::string> {
        CR_RETURN_IF_ERROR(admin.RecordTraining("system", u.id, o.date));
        return "Recorded training on " + o.date + " for '" + u.username + "'";
      });
  AddUserAction(
      user, run, "reset-password",
      "Set a new password read from standard input; sessions and tokens end and, unless --no-must-change, the person "
      "chooses another at next sign-in",
      [](CLI::App* cmd, UserOptions& o) {
        o.needs_password_list = true;
        cmd->add_option("--data-dir", o.data_dir, "Folder holding passwords/common.txt")->capture_default_str();
        cmd->add_flag("--no-must-change{false},--must-change{true}", o.must_change,
                      "Whether the person must choose a new password at next sign-in (default: must)");
      },
      [](const UserOptions& o, AccountAdmin& admin, const UserAccount& u) -> Result<std::string> {
        const std::string password = ReadSecretLine();
        CR_RETURN_IF_ERROR(admin.ResetPassword(u.id, password, o.must_change));
        return "Reset the password of '" + u.username + "'";
      });
  AddUserAction(user, run, "unlock", "Clear the sign-in lock after too many failed attempts", nullptr,
                [](const UserOptions&, AccountAdmin& admin, const UserAccount& u) -> Result<std::string> {
                  CR_RETURN_IF_ERROR(admin.Unlock(u.username));
                  return "Unlocked sign-in for '" + u.username + "'";
                });
  AddUserAction(user, run, "end-sessions", "End every session and API token of an account (R54: a lost laptop)",
                nullptr, [](const UserOptions&, AccountAdmin& admin, const UserAccount& u) -> Result<std::string> {
                  CR_ASSIGN_OR_RETURN(int64_t ended, admin.EndSessions(u.id));
                  return "Ended " + std::to_string(ended) + " sessions and tokens of '" + u.username + "'";
                });
}

}  // namespace childrecord::cli
