#!/usr/bin/env bash
# Installs what childrecord needs (Debian packages, npm packages) and builds it into build/.
# Usage: scripts/build.sh [--test]   (--test also installs what the tests need and turns
#                                     warnings into errors, as CI does)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-}"

bash scripts/install-deps.sh ${mode}

# Front-end packages (GOV.UK Frontend, MOJ Frontend; playwright-core and axe-core for tests),
# exactly as package-lock.json pins them.
if [[ ! -d node_modules ]] || ! npm ls --depth=0 >/dev/null 2>&1; then
  npm ci --no-audit --no-fund --loglevel=error
fi

werror=OFF
[[ "${mode}" == "--test" || -n "${CI:-}" ]] && werror=ON
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHILDRECORD_WERROR=${werror} >/dev/null
cmake --build build --parallel "$(nproc)"
