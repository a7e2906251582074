#!/usr/bin/env bash
# Installs what childrecord needs (Debian packages, npm packages) and builds it into build/.
# Usage: scripts/build.sh [--test|--bench]   (--test also installs what the tests need to run
#                                     and builds every target; --bench installs the same and
#                                     builds what bench/run runs; with neither, the server and
#                                     its web assets only)
# Both README commands configure build/ the same way (the same flags, warnings as errors, tests
# and benchmarks configured), so whichever runs second reuses every object the first compiled.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-}"

deps_mode="${mode}"
[[ "${mode}" == "--bench" ]] && deps_mode="--test"
bash scripts/install-deps.sh ${deps_mode}

# Front-end packages (GOV.UK Frontend, MOJ Frontend; playwright-core and axe-core for tests),
# exactly as package-lock.json pins them.
if [[ ! -d node_modules ]] || ! npm ls --depth=0 >/dev/null 2>&1; then
  npm ci --no-audit --no-fund --loglevel=error
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHILDRECORD_WERROR=ON >/dev/null
if [[ "${mode}" == "--test" ]]; then
  cmake --build build --parallel "$(nproc)"
elif [[ "${mode}" == "--bench" ]]; then
  cmake --build build --parallel "$(nproc)" --target childrecord raw_sqlite_bench
else
  cmake --build build --parallel "$(nproc)" --target childrecord web_assets
fi
