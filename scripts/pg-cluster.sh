#!/usr/bin/env bash
# Throwaway PostgreSQL cluster on loopback for tests.
#   scripts/pg-cluster.sh start   -> prints the DATABASE_URL to use
#   scripts/pg-cluster.sh stop
# postgres refuses to run as root, so as root the cluster runs as an unprivileged user.
set -euo pipefail
PGPORT="${TABIJI_PG_PORT:-55432}"
PGDIR="${TABIJI_PG_DIR:-/tmp/tabiji-pg}"
PGUSER_OS="${TABIJI_PG_OS_USER:-tabijipg}"

find_bin() {
  local name="$1"
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$found" ] && { echo "$found"; return; }
  echo "pg-cluster: $name not found (apt-get install postgresql)" >&2; exit 1
}

as_pg() {
  if [ "$(id -u)" = "0" ]; then
    id -u "$PGUSER_OS" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PGUSER_OS"
    runuser -u "$PGUSER_OS" -- "$@"
  else
    "$@"
  fi
}

case "${1:-}" in
  start)
    INITDB=$(find_bin initdb); PGCTL=$(find_bin pg_ctl)
    if [ -f "$PGDIR/data/postmaster.pid" ]; then as_pg "$PGCTL" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$PGDIR"; mkdir -p "$PGDIR"
    [ "$(id -u)" = "0" ] && { id -u "$PGUSER_OS" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PGUSER_OS"; chown "$PGUSER_OS" "$PGDIR"; }
    as_pg "$INITDB" -D "$PGDIR/data" -U tabiji --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$PGDIR/initdb.log" 2>&1 \
      || as_pg "$INITDB" -D "$PGDIR/data" -U tabiji --auth=trust --encoding=UTF8 --no-locale >"$PGDIR/initdb.log" 2>&1
    as_pg "$PGCTL" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDIR -c max_connections=200 -c fsync=off" start >/dev/null
    echo "postgresql://tabiji@127.0.0.1:$PGPORT/postgres"
    ;;
  stop)
    PGCTL=$(find_bin pg_ctl)
    [ -d "$PGDIR/data" ] && as_pg "$PGCTL" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PGDIR"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
