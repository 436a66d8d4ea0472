#!/usr/bin/env bash
# Idempotently create the PostgreSQL databases the distributed services (and their tests) use.
#
#   bash infra/postgres/setup.sh
#
# Connects with psql to $PGHOST:$PGPORT as $PGUSER (defaults 127.0.0.1, 5432, postgres; trust
# auth here, PGPASSWORD is honoured if set). If the server does not answer and it is a local
# Debian cluster, it is started with pg_ctlcluster. Extra databases: PG_EXTRA_DATABASES="a b".
set -euo pipefail

export PGHOST=${PGHOST:-127.0.0.1}
export PGPORT=${PGPORT:-5432}
export PGUSER=${PGUSER:-postgres}
PG_WAIT_SECONDS=${PG_WAIT_SECONDS:-30}
PG_CLUSTER=${PG_CLUSTER:-main}   # Debian cluster name started when the server is down

DATABASES=(
  send_assessment
  send_ehcp
  send_placement
  send_mediation
  send_funding
  send_gateway
  send_test
)
# shellcheck disable=SC2206
DATABASES+=(${PG_EXTRA_DATABASES:-})

say() { echo "[postgres] $*"; }
die() { echo "[postgres] ERROR: $*" >&2; exit 1; }

command -v psql >/dev/null || die "psql not found (apt-get install postgresql-client)"

psql_q() { psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@"; }

server_up() {
  PGCONNECT_TIMEOUT=3 psql_q -Atc 'select 1' >/dev/null 2>&1
}

wait_server() {
  local deadline=$((SECONDS + PG_WAIT_SECONDS))
  until server_up; do
    ((SECONDS >= deadline)) && return 1
    sleep 0.5
  done
}

if ! server_up; then
  case "$PGHOST" in
    127.0.0.1 | localhost | ::1 | /*)
      if command -v pg_ctlcluster >/dev/null && [[ -d /etc/postgresql ]]; then
        version=$(ls /etc/postgresql | sort -V | tail -n 1)
        [[ -n "$version" ]] || die "no cluster under /etc/postgresql"
        say "server not answering on $PGHOST:$PGPORT; starting cluster $version/$PG_CLUSTER"
        timeout 60 pg_ctlcluster --skip-systemctl-redirect "$version" "$PG_CLUSTER" start \
          || say "pg_ctlcluster start returned non-zero (it may already be starting)"
      fi
      ;;
  esac
  wait_server || die "PostgreSQL not reachable on $PGHOST:$PGPORT as $PGUSER after ${PG_WAIT_SECONDS}s"
fi
say "server reachable on $PGHOST:$PGPORT as $PGUSER"

db_exists() {
  [[ "$(psql_q -Atc "select 1 from pg_database where datname = '$1'")" == 1 ]]
}

for db in "${DATABASES[@]}"; do
  [[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || die "refusing odd database name '$db'"
  if db_exists "$db"; then
    say "database $db exists"
    continue
  fi
  # a concurrent run may create it between the check and here: re-check before failing
  if psql_q -c "create database \"$db\"" 2>/dev/null || db_exists "$db"; then
    say "database $db created"
  else
    psql_q -c "create database \"$db\"" || true   # repeat to show the error
    die "could not create database $db"
  fi
done
say "done (${#DATABASES[@]} databases)"
