#!/usr/bin/env bash
# start-postgres.sh — install (if missing) and start a local PostgreSQL for the
# store conformance suite, create the marsad role and the marsad_test database,
# and print the DSN as the last line of stdout. Idempotent: safe to run again
# while the server is up. Debian bookworm (PostgreSQL 15); needs root.
#
#   export MARSAD_TEST_POSTGRES_DSN=$(bash scripts/start-postgres.sh | tail -n 1)
set -euo pipefail

PGUSER_NAME=${MARSAD_PG_USER:-marsad}
PGPASS=${MARSAD_PG_PASSWORD:-marsad}
PGDB=${MARSAD_PG_DB:-marsad_test}
PGPORT=${MARSAD_PG_PORT:-5432}

log() { echo "start-postgres: $*" >&2; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y postgresql >&2; then
    apt-get update >&2
    apt-get install -y postgresql >&2
  fi
fi

ver=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk -v v="$ver" '$1==v && $2=="main"' | grep -q .; then
  log "creating cluster $ver/main"
  pg_createcluster "$ver" main --port "$PGPORT" >&2
fi

# /var/run is a tmpfs on many machines: the socket directory may be gone.
install -d -o postgres -g postgres -m 2775 /var/run/postgresql

status=$(pg_lsclusters -h | awk -v v="$ver" '$1==v && $2=="main" {print $4}')
if [ "$status" != "online" ]; then
  log "starting cluster $ver/main"
  # Listen on loopback only; tests never reach beyond this machine.
  pg_ctlcluster "$ver" main start -o "-c listen_addresses=127.0.0.1 -c port=$PGPORT -c fsync=off -c synchronous_commit=off" >&2
fi

# Wait until it accepts connections.
for _ in $(seq 1 60); do
  if su postgres -c "psql -p $PGPORT -h /var/run/postgresql -tAc 'select 1'" >/dev/null 2>&1; then
    break
  fi
  sleep 0.5
done

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -p $PGPORT -h /var/run/postgresql -tA $*"; }

if [ "$(psql_admin "-c \"select 1 from pg_roles where rolname='$PGUSER_NAME'\"")" != "1" ]; then
  log "creating role $PGUSER_NAME"
  psql_admin "-c \"create role $PGUSER_NAME login password '$PGPASS' createdb\"" >&2
else
  psql_admin "-c \"alter role $PGUSER_NAME login password '$PGPASS' createdb\"" >&2
fi
if [ "$(psql_admin "-c \"select 1 from pg_database where datname='$PGDB'\"")" != "1" ]; then
  log "creating database $PGDB"
  psql_admin "-c \"create database $PGDB owner $PGUSER_NAME\"" >&2
fi

echo "postgres://$PGUSER_NAME:$PGPASS@127.0.0.1:$PGPORT/$PGDB?sslmode=disable"
