#!/usr/bin/env bash
# A private PostgreSQL server on loopback for picketline's store tests. Idempotent: installs
# Debian's postgresql when it is missing, creates a cluster under $PICKETLINE_PG_DIR
# (default /tmp/picketline-pg-N, N a checksum of this checkout's path, so that two checkouts
# never share a server) on a free port, starts it if it is not running, creates the
# picketline_test role and database, and prints on stdout (all else goes to stderr):
#
#   export PICKETLINE_TEST_PG_URL=postgresql+psycopg://picketline_test:...@127.0.0.1:PORT/picketline_test
#
# so that `eval "$(bash scripts/setup-postgres.sh)"` sets it; the line is also written to
# $PICKETLINE_PG_DIR/url.env.
#   scripts/setup-postgres.sh stop      stop the server (scripts/test.sh does at its end)
#   scripts/setup-postgres.sh status    exit 0 when the server is running, else 1
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${PICKETLINE_PG_DIR:-/tmp/picketline-pg-$(printf %s "$ROOT" | cksum | cut -d' ' -f1)}
DATA=$DIR/data
SOCK=$DIR/sock
NAME=picketline_test
PASS=picketline_test
log() { echo "setup-postgres: $*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else log "need root to run: $*"; exit 1; fi
}

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

BIN=$(pg_bin)
# Run the server as an unprivileged user: `postgres` when we are root, else ourselves.
if [ "$(id -u)" = 0 ]; then
  OWNER=postgres
  run() { runuser -u postgres -- "$@"; }
else
  OWNER=$(id -un)
  run() { "$@"; }
fi

if [ "${1:-}" = stop ]; then
  [ -n "$BIN" ] && [ -f "$DATA/PG_VERSION" ] && run "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2 || true
  exit 0
fi
if [ "${1:-}" = status ]; then
  [ -n "$BIN" ] && [ -f "$DATA/PG_VERSION" ] && run "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
  exit
fi

if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  log "installing Debian postgresql"
  # wait up to 5 minutes for another apt/dpkg run (unattended upgrades, a parallel set-up)
  as_root apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get -o DPkg::Lock::Timeout=300 \
      install -y -qq postgresql >&2
  BIN=$(pg_bin)
fi

mkdir -p "$DIR" "$SOCK"
chown "$OWNER" "$DIR" "$SOCK"
chmod 700 "$DIR"

if [ ! -f "$DATA/PG_VERSION" ]; then
  log "creating a cluster in $DATA"
  pwfile=$(mktemp)
  echo "$PASS" > "$pwfile"
  chown "$OWNER" "$pwfile"
  run "$BIN/initdb" -D "$DATA" -U postgres -E UTF8 --no-locale \
      --auth-local=trust --auth-host=scram-sha-256 --pwfile="$pwfile" >&2
  rm -f "$pwfile"
fi

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

port_free() {
  python3 -c 'import socket,sys; s=socket.socket(); s.bind(("127.0.0.1", int(sys.argv[1])))' "$1" 2>/dev/null
}

if run "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  PORT=$(cat "$DIR/port")
  log "already running on 127.0.0.1:$PORT"
else
  PORT=$(cat "$DIR/port" 2>/dev/null || true)
  if [ -z "$PORT" ] || ! port_free "$PORT"; then PORT=$(free_port); fi
  echo "$PORT" > "$DIR/port"
  log "starting on 127.0.0.1:$PORT"
  run "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 \
      -o "-p $PORT -k $SOCK -c listen_addresses=127.0.0.1" start >&2
fi

psql_() { run "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCK" -p "$PORT" -U postgres "$@"; }
if [ "$(psql_ -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$NAME'")" != 1 ]; then
  psql_ -c "CREATE ROLE $NAME LOGIN PASSWORD '$PASS'" >&2
fi
if [ "$(psql_ -tAc "SELECT 1 FROM pg_database WHERE datname = '$NAME'")" != 1 ]; then
  psql_ -c "CREATE DATABASE $NAME OWNER $NAME" >&2
fi

LINE="export PICKETLINE_TEST_PG_URL=postgresql+psycopg://$NAME:$PASS@127.0.0.1:$PORT/$NAME"
echo "$LINE" > "$DIR/url.env"
echo "$LINE"
