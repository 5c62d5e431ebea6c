#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for the tests and prints its URL on the last line.
# Uses Debian's postgresql binaries; initdb refuses to run as root, so it runs as `postgres`.
set -euo pipefail
PORT="${PGTEST_PORT:-55432}"
DATA_DIR="${PGTEST_DIR:-/tmp/omcheck-pg-$PORT}"
BIN_DIR="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$BIN_DIR" ]; then
  echo "PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2
  exit 1
fi
as_postgres() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if ! as_postgres "$BIN_DIR/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1; then
  if [ ! -f "$DATA_DIR/PG_VERSION" ]; then
    mkdir -p "$DATA_DIR"
    [ "$(id -u)" = "0" ] && chown postgres:postgres "$DATA_DIR"
    as_postgres "$BIN_DIR/initdb" -D "$DATA_DIR" -U omcheck --auth=trust -E UTF8 >/dev/null
  fi
  as_postgres "$BIN_DIR/pg_ctl" -D "$DATA_DIR" -l "$DATA_DIR/server.log" -w \
    -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
fi
echo "postgres://omcheck@127.0.0.1:$PORT/postgres"
