#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace childrecord::cli {

// Each Add*Command registers a subcommand and sets `run` to what it does when chosen; the
// callback returns the process exit status.
using Runner = std::function<int()>;

void AddInitCommand(CLI::App& app, Runner& run);
void AddUserCommand(CLI::App& app, Runner& run);
void AddDemoCommand(CLI::App& app, Runner& run);
void AddServeCommand(CLI::App& app, Runner& run);
void AddVerifyCommand(CLI::App& app, Runner& run);
void AddCheckpointCommand(CLI::App& app, Runner& run);

}  // namespace childrecord::cli
