#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 on a loopback port for the test suite and exports
# TEST_DATABASE_URL. Source it; the server stops when the sourcing shell exits.
# initdb refuses to run as root, so the cluster belongs to the postgres user.
pg_bin=/usr/lib/postgresql/15/bin
if [ ! -x "$pg_bin/initdb" ]; then
  if [ "${REQUIRE_POSTGRES:-0}" = 1 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null
  else
    echo "PostgreSQL 15 not found: the API suite runs on PGlite only." >&2
    return 0 2>/dev/null || exit 0
  fi
fi
# A free loopback port, so a developer's own PostgreSQL is never in the way.
pg_port="${PG_TEST_PORT:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"
pg_dir="$(mktemp -d /tmp/ventanilla-pg.XXXXXX)"
as_pg() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
as_pg "$pg_bin/initdb -D $pg_dir/data -A trust -U postgres --no-sync" >/dev/null
as_pg "$pg_bin/pg_ctl -D $pg_dir/data -l $pg_dir/log -w -o '-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off' start" >/dev/null
export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$pg_port/postgres"
stop_throwaway_postgres() {
  as_pg "$pg_bin/pg_ctl -D $pg_dir/data -m immediate stop" >/dev/null 2>&1
  rm -rf "$pg_dir"
}
trap stop_throwaway_postgres EXIT
echo "Throwaway PostgreSQL 15 at $TEST_DATABASE_URL" >&2
