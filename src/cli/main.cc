// The `childrecord` command: one binary, subcommands (SPEC §6).
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "cli/commands.h"

int main(int argc, char** argv) {
  // Logs go to stderr so that stdout carries only what a command prints for people and scripts.
  auto logger = spdlog::stderr_color_mt("childrecord");
  spdlog::set_default_logger(logger);
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %^%l%$ %v");

  CLI::App app{"childrecord: the electronic child's record for Children's Social Care"};
  app.set_version_flag("--version", std::string(CHILDRECORD_VERSION));
  app.require_subcommand(1);
  childrecord::cli::Runner run;
  childrecord::cli::AddInitCommand(app, run);
  childrecord::cli::AddServeCommand(app, run);
  childrecord::cli::AddDemoCommand(app, run);
  childrecord::cli::AddUserCommand(app, run);
  childrecord::cli::AddCheckpointCommand(app, run);
  childrecord::cli::AddVerifyCommand(app, run);
  CLI11_PARSE(app, argc, argv);
  return run ? run() : 1;
}
