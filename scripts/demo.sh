#!/usr/bin/env bash
# The first README command: set everything up and run childrecord on its embedded default
# (SQLite) with a fresh demo authority. Prints the address and the demo logins.
# Usage: scripts/demo.sh [--children N] [--listen ADDRESS:PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
children=300
listen=127.0.0.1:8080
while [[ $# -gt 0 ]]; do
  case "$1" in
    --children) children="$2"; shift 2 ;;
    --listen) listen="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

bash scripts/build.sh
mkdir -p var
db="$(pwd)/var/demo.db"
rm -rf "$db" "$db"-* "$(pwd)/var/demo.blobs"  # with -wal, -shm and the access log's -access-log files
./build/src/cli/childrecord demo --db "sqlite://$db" --children "$children"
echo
echo "Open http://${listen}/ and sign in with one of the logins above. Stop with Ctrl+C."
exec ./build/src/cli/childrecord serve --db "sqlite://$db" --listen "$listen" --web-root "$(pwd)/web"
