#!/usr/bin/env bash
# Reads the output of `pnpm test` on stdin and prints one closing line over every vitest run:
# "tests: N passed, N failed, N skipped" (todo counts as skipped). With `--postgres absent` it
# also warns, on stderr and last, that the API suite did not run on PostgreSQL.
set -euo pipefail
postgres=ran
while [ $# -gt 0 ]; do
  case "$1" in
    --postgres) postgres="$2"; shift 2 ;;
    *) echo "usage: test-summary.sh [--postgres ran|absent] <log" >&2; exit 2 ;;
  esac
done
sed 's/\x1b\[[0-9;]*m//g' | awk '
  /(^|[ :])Tests +[0-9]/ {
    for (i = 1; i <= NF; i++) {
      if ($(i+1) ~ /^passed/) passed += $i
      if ($(i+1) ~ /^failed/) failed += $i
      if ($(i+1) ~ /^(skipped|todo)/) skipped += $i
    }
  }
  END { printf "tests: %d passed, %d failed, %d skipped\n", passed, failed, skipped }'
if [ "$postgres" = absent ]; then
  {
    echo
    echo '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!'
    echo '!! WARNING: the PostgreSQL pass did not run (no PostgreSQL 15 found here).          !!'
    echo '!! The API suite ran on PGlite only; CI (.ci/run) runs it on PostgreSQL as well.    !!'
    echo '!! Install postgresql-15 or set TEST_DATABASE_URL to run it locally.                !!'
    echo '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!'
  } >&2
fi
