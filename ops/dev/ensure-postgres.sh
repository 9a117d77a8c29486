#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432 and that the integration-test
# database exists: installs PostgreSQL from the distribution's packages if it is missing
# (needs root), starts the cluster if it is stopped, creates the database if needed.
set -euo pipefail

HOST=127.0.0.1
PORT=5432
DB=${DAFTAR_TEST_DB_NAME:-daftar_test}
export PGPASSWORD=${DAFTAR_TEST_DB_PASSWORD:-postgres}

as_postgres() {
  if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -c "$*"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1 && ! command -v pg_ctl >/dev/null 2>&1; then
  echo "PostgreSQL is not installed: installing it from the distribution's packages"
  if [ "$(id -u)" -ne 0 ]; then echo "installing PostgreSQL needs root" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql postgresql-client >/dev/null
  FRESH_INSTALL=1
fi

if ! pg_isready -q -h "$HOST" -p "$PORT"; then
  echo "PostgreSQL is not answering on $HOST:$PORT: starting it"
  version=$(ls /etc/postgresql | sort -V | tail -1)
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 60); do
    pg_isready -q -h "$HOST" -p "$PORT" && break
    sleep 1
  done
fi
pg_isready -h "$HOST" -p "$PORT"

# A fresh install asks for a password over TCP: give the postgres role the one the tests use.
if ! psql -h "$HOST" -p "$PORT" -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    as_postgres psql -q -c "ALTER USER postgres PASSWORD '${PGPASSWORD}'"
  fi
fi
psql -h "$HOST" -p "$PORT" -U postgres -d postgres -tAc 'select 1' >/dev/null

if [ "$(psql -h "$HOST" -p "$PORT" -U postgres -d postgres -tAc "select 1 from pg_database where datname = '$DB'")" != "1" ]; then
  psql -h "$HOST" -p "$PORT" -U postgres -d postgres -qc "CREATE DATABASE $DB"
fi
echo "PostgreSQL ready: database $DB on $HOST:$PORT"
