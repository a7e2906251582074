#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the store tests (SPEC §3: every store test runs against
# both backends).
#
#   tests/support/pg-cluster.sh start DIR   start (or reuse) a cluster in DIR; writes DIR/url
#   tests/support/pg-cluster.sh stop DIR    stop it and remove DIR
#   tests/support/pg-cluster.sh url DIR     print the connection URL
#
# The cluster runs as a non-root user (the `postgres` system user when run as root, as in CI;
# the caller otherwise), listens only on 127.0.0.1 on a free port and on a unix socket in DIR,
# trusts local connections (it is a test cluster holding nothing), and keeps fsync on so the
# durability the tests observe is the durability production has.
#
# Layout of DIR: data/ (the cluster), url (postgresql://postgres@127.0.0.1:PORT/postgres),
# port, log (the server log). When the cluster's owner cannot reach DIR (e.g. DIR is under
# /root), the cluster lives in a fresh directory under ${TMPDIR:-/tmp} instead, named in
# DIR/datadir, and is removed with DIR.
set -euo pipefail

usage() {
  echo "usage: $0 start|stop|url DIR" >&2
  exit 2
}

[[ $# -eq 2 ]] || usage
command=$1
dir=$2
[[ -n "$dir" ]] || usage
# Absolute path: the server runs in another working directory.
case "$dir" in
  /*) ;;
  *) dir="$(pwd)/$dir" ;;
esac

find_bindir() {
  # Prefer Debian's binaries; /usr/local/bin/pg_ctl may be something else.
  local candidate
  for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" && -x "$candidate/postgres" ]]; then
      echo "$candidate"
      return 0
    fi
  done
  if command -v pg_config >/dev/null 2>&1; then
    candidate="$(pg_config --bindir)"
    if [[ -x "$candidate/initdb" ]]; then
      echo "$candidate"
      return 0
    fi
  fi
  echo "pg-cluster: PostgreSQL server binaries not found; install the Debian package 'postgresql'" >&2
  return 1
}

# Runs a command as the cluster's owner: the `postgres` user when we are root, else ourselves.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u "$owner" -- "$@"
    else
      setpriv --reuid="$owner" --regid="$(id -g "$owner")" --init-groups -- "$@"
    fi
  else
    "$@"
  fi
}

port_in_use() {
  # Something answers on 127.0.0.1:$1.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pick_port() {
  local port tries
  for tries in $(seq 1 200); do
    port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
    if ! port_in_use "$port"; then
      echo "$port"
      return 0
    fi
  done
  echo "pg-cluster: no free port found" >&2
  return 1
}

# Where the cluster's files are (see the layout above).
datadir() {
  if [[ -f "$dir/datadir" ]]; then cat "$dir/datadir"; else echo "$dir/data"; fi
}

is_running() {
  local data
  data="$(datadir)"
  [[ -f "$data/postmaster.pid" ]] || return 1
  as_owner "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1 || return 1
  [[ -f "$dir/port" ]] || return 1
  "$bindir/pg_isready" -q -h 127.0.0.1 -p "$(cat "$dir/port")" -t 5 >/dev/null 2>&1
}

write_url() {
  local port=$1
  echo "$port" >"$dir/port"
  echo "postgresql://postgres@127.0.0.1:${port}/postgres" >"$dir/url.tmp"
  mv "$dir/url.tmp" "$dir/url"
}

stop_cluster() {
  local data
  data="$(datadir)"
  if [[ -f "$data/postmaster.pid" ]]; then
    as_owner "$bindir/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null 2>&1 ||
      as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
}

remove_all() {
  local data
  data="$(datadir)"
  # A cluster kept under TMPDIR: remove the directory made for it.
  if [[ "$data" != "$dir/data" && -d "$(dirname "$data")" ]]; then rm -rf "$(dirname "$data")"; fi
  rm -rf "$dir"
}

bindir="$(find_bindir)"
if [[ $(id -u) -eq 0 ]]; then
  owner=postgres
  if ! id "$owner" >/dev/null 2>&1; then
    echo "pg-cluster: running as root but there is no 'postgres' user (install the Debian package 'postgresql')" >&2
    exit 1
  fi
else
  owner="$(id -un)"
fi

case "$command" in
  start)
    if [[ -d "$dir" ]] && is_running; then
      write_url "$(cat "$dir/port")"
      echo "pg-cluster: reusing the cluster in $dir ($(cat "$dir/url"))"
      exit 0
    fi
    # Anything left from an earlier run that is not answering is thrown away: it held nothing.
    if [[ -d "$dir" ]]; then
      stop_cluster
      remove_all
    fi
    mkdir -p "$dir"
    chmod 0755 "$dir"
    if [[ $(id -u) -eq 0 ]]; then chown "$owner:" "$dir"; fi
    if as_owner test -w "$dir" -a -x "$dir"; then
      data="$dir/data"
      socket_dir="$dir"
    else
      data="$(mktemp -d "${TMPDIR:-/tmp}/childrecord-pg.XXXXXX")"
      chmod 0755 "$data"
      if [[ $(id -u) -eq 0 ]]; then chown "$owner:" "$data"; fi
      socket_dir="$data"
      data="$data/data"
      echo "$data" >"$dir/datadir"
    fi
    # Unix socket paths are limited to 107 bytes; go without the socket if the path is too long.
    if [[ ${#socket_dir} -gt 80 ]]; then socket_dir=""; fi
    logfile="$(dirname "$data")/log"

    as_owner "$bindir/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
      >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2
      echo "pg-cluster: initdb failed" >&2
      exit 1
    }
    cat >>"$data/postgresql.conf" <<EOF

# tests/support/pg-cluster.sh
listen_addresses = '127.0.0.1'
unix_socket_directories = '$socket_dir'
fsync = on
synchronous_commit = on
full_page_writes = on
max_connections = 200
shared_buffers = 64MB
log_min_messages = warning
EOF
    started=0
    for attempt in 1 2 3 4 5; do
      port="$(pick_port)"
      if as_owner "$bindir/pg_ctl" -D "$data" -l "$logfile" -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
        started=1
        break
      fi
      echo "pg-cluster: start on port $port failed (attempt $attempt); retrying" >&2
      stop_cluster
    done
    if [[ $started -ne 1 ]]; then
      tail -n 30 "$logfile" >&2 || true
      echo "pg-cluster: could not start PostgreSQL in $dir" >&2
      exit 1
    fi
    # The port is fixed in the configuration, so a restart (pg_ctl restart) keeps it.
    echo "port = $port" >>"$data/postgresql.conf"
    "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30
    write_url "$port"
    echo "pg-cluster: started PostgreSQL ($("$bindir/postgres" --version)) in $dir: $(cat "$dir/url")"
    ;;
  stop)
    if [[ -d "$dir" ]]; then
      stop_cluster
      remove_all
      echo "pg-cluster: stopped and removed $dir"
    else
      echo "pg-cluster: nothing in $dir"
    fi
    ;;
  url)
    if [[ -f "$dir/url" ]]; then
      cat "$dir/url"
    else
      echo "pg-cluster: no cluster in $dir (run: $0 start $dir)" >&2
      exit 1
    fi
    ;;
  *)
    usage
    ;;
esac
