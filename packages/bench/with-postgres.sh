#!/usr/bin/env bash
# Runs the benchmark against BENCH_DATABASE_URL, or a throwaway PostgreSQL 15 started here.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
if [ -z "$BENCH_DATABASE_URL" ]; then
  REQUIRE_POSTGRES=0 . "$here/../../scripts/postgres-throwaway.sh"
  export BENCH_DATABASE_URL="${TEST_DATABASE_URL:-}"
fi
"$@"
