#!/usr/bin/env bash
# Installs everything childrecord needs on a fresh Debian 12 machine, as root.
# Usage: scripts/install-deps.sh [--test]   (--test adds what the tests need)
# Idempotent: packages already present are skipped quickly by apt-get.
set -euo pipefail
want_test=0
[[ "${1:-}" == "--test" ]] && want_test=1

build_pkgs=(
  build-essential cmake ninja-build ccache mold pkg-config git ca-certificates
  libboost-dev libboost-system-dev libssl-dev libsqlite3-dev sqlite3 libpq-dev
  libsodium-dev nlohmann-json3-dev libspdlog-dev libfmt-dev libcli11-dev
  libhowardhinnant-date-dev libkainjow-mustache-dev libjemalloc-dev
  # The genogram's layout (Graphviz, R20) and the PDFs of the chronology and genogram (cairo, pango).
  libgraphviz-dev libcairo2-dev libpango1.0-dev
  # Configured by both README commands (so they share one build tree), though only the tests
  # and benchmarks use them.
  libgtest-dev libgmock-dev libbenchmark-dev
)
# Node.js may come from another source with npm bundled; only ask Debian when it is missing.
command -v node >/dev/null 2>&1 || build_pkgs+=(nodejs)
command -v npm >/dev/null 2>&1 || build_pkgs+=(npm)
test_pkgs=(
  postgresql postgresql-contrib curl procps util-linux
  chromium fonts-liberation
  # bench/run (its --quick run is one of the tests): the load generator and the read baseline.
  wrk nginx-light
  # The tests read the PDFs back.
  poppler-utils
)
pkgs=("${build_pkgs[@]}")
(( want_test )) && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if (( ${#missing[@]} )); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
