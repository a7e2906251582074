#!/usr/bin/env bash
# The second README command (and what CI runs): set everything up, build with warnings as
# errors, and run every test: unit, store (SQLite and a throwaway PostgreSQL), integration
# (the real server on a free port) and browser (headless Chromium). Ends with ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh --test
cd build
exec ctest --output-on-failure --parallel "$(nproc)" --timeout 600
