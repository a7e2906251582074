// `childrecord init` and `childrecord user add`.
#include <iostream>

#include "auth/accounts.h"
#include "cli/cli_support.h"
#include "cli/commands.h"

namespace childrecord::cli {

void AddInitCommand(CLI::App& app, Runner& run) {
  struct Options {
    std::string db, tenant, admin, name = "Administrator";
  };
  auto options = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("init", "Create a tenant (a local authority) and its first administrator. "
                                         "The administrator's password is read from standard input.");
  cmd->add_option("--db", options->db, "Database URL: sqlite:///path.db or postgresql://...")->required();
  cmd->add_option("--tenant", options->tenant, "The local authority's name")->required();
  cmd->add_option("--admin", options->admin, "The administrator's username")->required();
  cmd->add_option("--name", options->name, "The administrator's full name");
  cmd->callback([options, &run] {
    run = [options] {
      auto store = OpenStore(options->db);
      if (!store.ok()) return Fail(store.error());
      const std::string password = ReadSecretLine();
      if (password.empty()) {
        return Fail(Error::Validation("password", "Give the administrator's password on standard input"));
      }
      const NewUser admin{options->admin, options->name, "admin", ""};
      // Check everything before writing anything: a refused init leaves the database as it was.
      Status valid = ValidateNewUser(admin, password);
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

void AddUserCommand(CLI::App& app, Runner& run) {
  struct Options {
    std::string db, tenant, username, name, role, team;
  };
  auto options = std::make_shared<Options>();
  auto* user = app.add_subcommand("user", "Manage accounts");
  user->require_subcommand(1);
  auto* add = user->add_subcommand("add", "Add an account. The password is read from standard input.");
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
}

}  // namespace childrecord::cli
