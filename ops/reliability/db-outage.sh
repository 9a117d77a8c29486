#!/usr/bin/env bash
# The database goes away under load and comes back (docs/database-outage.md), on this machine only:
#  1. a PostgreSQL 15 cluster of its own, "outage" on 127.0.0.1:5433 (created if missing, trust on
#     loopback only), so that no other cluster is ever stopped; a fresh database in it;
#  2. the packaged app on a free port against that database, with the demo accounts;
#  3. ir.daftar.ops.reliability.DatabaseOutage: several clients start filings and verify identities,
#     look up statuses and read histories while the cluster is stopped with `-m immediate`, kept down
#     for OUTAGE_SECONDS and started again; every answer is recorded and the rules are checked
#     (503 problem+json and never 500, health DOWN then UP, nothing acknowledged lost, projections
#     caught up, retries safe);
#  4. the app's log: no request failure escaped to the servlet container; its WARN lines for 503s counted.
# Prints a summary per run and exits non-zero if a rule is broken in any run.
# Needs root (pg_createcluster, pg_ctlcluster), PostgreSQL 15 and a JDK 17.
# Usage: ops/reliability/db-outage.sh [runs]      (default 1; each run: fresh database, fresh app, about 1 minute)
# Env: OUTAGE_SECONDS (10), BEFORE_SECONDS (8), CLIENTS (4), KEEP_CLUSTER=1 to leave the cluster running,
#      DAFTAR_DB_CONNECTION_TIMEOUT (the app's, in ms), DRIVER_OPTS (more -D options of the driver, e.g.
#      -DrequestTimeoutSeconds=40), OUT (directory for the results; default a temporary one).
set -euo pipefail
cd "$(dirname "$0")/../.."

RUNS=${1:-1}
VERSION=15
CLUSTER=outage
PGPORT=5433
DB=daftar_outage
JAR=ledger-api/target/daftar-app.jar
export PGHOST=127.0.0.1 PGPORT PGUSER=postgres
STOP="pg_ctlcluster --skip-systemctl-redirect $VERSION $CLUSTER stop -m immediate"
START="pg_ctlcluster --skip-systemctl-redirect $VERSION $CLUSTER start"

[ "$(id -u)" = 0 ] || { echo "needs root: it creates, stops and starts its own PostgreSQL cluster" >&2; exit 2; }
command -v pg_createcluster >/dev/null || { echo "PostgreSQL's pg_createcluster is missing (postgresql-common)" >&2; exit 2; }

WORK=$(mktemp -d)
OUT=${OUT:-$WORK}
mkdir -p "$OUT"
APP_PID=
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [ "${KEEP_CLUSTER:-0}" != 1 ]; then $STOP >/dev/null 2>&1 || true; fi
  rm -rf "$WORK/data"
  [ "$OUT" = "$WORK" ] || rmdir "$WORK" 2>/dev/null || true
  echo "logs and results: $OUT"
}
trap cleanup EXIT

echo "== PostgreSQL cluster $VERSION/$CLUSTER on 127.0.0.1:$PGPORT (this script's own; no other cluster is touched)"
if ! pg_lsclusters -h | awk -v v=$VERSION -v c=$CLUSTER '$1 == v && $2 == c { found = 1 } END { exit !found }'; then
  if (exec 3<>/dev/tcp/127.0.0.1/$PGPORT) 2>/dev/null; then
    echo "port $PGPORT is taken by something else: not creating the cluster there" >&2; exit 2
  fi
  pg_createcluster $VERSION $CLUSTER --port $PGPORT >/dev/null
fi
[ "$(pg_lsclusters -h | awk -v v=$VERSION -v c=$CLUSTER '$1 == v && $2 == c { print $3 }')" = "$PGPORT" ] ||
  { echo "cluster $VERSION/$CLUSTER is not on port $PGPORT" >&2; exit 2; }
CONF=/etc/postgresql/$VERSION/$CLUSTER
printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' > "$CONF/pg_hba.conf"
sed -i "s/^#\?listen_addresses *=.*/listen_addresses = '127.0.0.1'/" "$CONF/postgresql.conf"
$STOP >/dev/null 2>&1 || true
$START

if [ ! -f "$JAR" ] || [ ! -d ops/target/lib ] || [ ! -d ops/target/classes/ir/daftar/ops/reliability ]; then
  echo "== Building the app and the load driver"
  ./mvnw -B -ntp -q -DskipTests -pl ops -am package
fi

free_port() {
  local p
  for p in $(shuf -i 20000-40000 -n 50); do
    (exec 3<>/dev/tcp/127.0.0.1/"$p") 2>/dev/null || { echo "$p"; return; }
  done
  echo "no free port found" >&2; exit 2
}

FAILED=0
for run in $(seq 1 "$RUNS"); do
  echo "== Run $run of $RUNS: a fresh database $DB"
  psql -d postgres -qc "DROP DATABASE IF EXISTS $DB" && psql -d postgres -qc "CREATE DATABASE $DB"
  PORT=$(free_port)
  LOG="$OUT/app-$run.log"
  rm -rf "$WORK/data"
  DAFTAR_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/$DB" DAFTAR_DB_USER=postgres DAFTAR_DEMO=true PORT=$PORT \
  DAFTAR_DATA_DIR="$WORK/data" \
    java -Daxoniq.update-checker.disabled=true -Xmx512m -jar "$JAR" \
      --server.address=127.0.0.1 --daftar.status.rate-limit.trusted-proxies=127.0.0.1 >"$LOG" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$LOG"; echo "the app did not start" >&2; exit 1; }
    sleep 1
  done
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { echo "the app is not healthy after 120 s" >&2; exit 1; }
  echo "  app pid $APP_PID on port $PORT"

  RC=0
  timeout 300 java -Daxoniq.update-checker.disabled=true -DoutageSeconds="${OUTAGE_SECONDS:-10}" \
      -DbeforeSeconds="${BEFORE_SECONDS:-8}" -Dclients="${CLIENTS:-4}" ${DRIVER_OPTS:-} \
      -cp "ops/target/classes:ops/target/lib/*" ir.daftar.ops.reliability.DatabaseOutage \
      "http://127.0.0.1:$PORT" "jdbc:postgresql://127.0.0.1:$PGPORT/$DB" "$STOP" "$START" "$OUT/run-$run.json" \
      | tee "$OUT/run-$run.txt" || RC=$?

  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=

  ESCAPED=$(grep -c 'Servlet.service() for servlet' "$LOG" || true)
  WARNED=$(grep -c 'database unavailable: .* answered 503' "$LOG" || true)
  ANSWERED=$(grep -o '"count" : [0-9]*' "$OUT/run-$run.json" 2>/dev/null | head -1 | grep -o '[0-9]*$' || echo 0)
  echo "  app log: $WARNED WARN lines for $ANSWERED answers 503; request failures escaped to the container: $ESCAPED"
  [ "$ESCAPED" = 0 ] || { echo "  FAILED: a request failure reached the servlet container (500 outside the advice)"; RC=1; }
  [ "$RC" = 0 ] && echo "== Run $run: OK" || { echo "== Run $run: FAILED"; FAILED=1; }
done
exit $FAILED
