#!/usr/bin/env bash
# Two Daftar instances on one PostgreSQL (docs/scale-out.md), on this machine only:
#  1. starts instance-a (port 8081) and instance-b (port 8082) against a fresh database,
#  2. shows the event processors' segments split between them (token_entry owners),
#  3. runs the demo walkthrough against instance-a,
#  4. kills instance-b with kill -9 and shows instance-a claiming its segments once the claims time out,
#  5. runs the walkthrough again and checks that every filing event is in the case history exactly once.
# Needs the app jar (./mvnw -B -ntp -DskipTests package) and PostgreSQL on 127.0.0.1:5432 (ops/dev/ensure-postgres.sh).
# Usage: ops/scale/two-instances.sh      (env: DAFTAR_DB_USER, DAFTAR_DB_PASSWORD, KEEP_DB=1 to keep the database)
set -euo pipefail
cd "$(dirname "$0")/../.."

JAR=ledger-api/target/daftar-app.jar
DB=daftar_scale_demo
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=${DAFTAR_DB_USER:-postgres} PGPASSWORD=${DAFTAR_DB_PASSWORD:-postgres}
CLAIM_TIMEOUT=5s
[ -f "$JAR" ] || { echo "no $JAR: build it first with ./mvnw -B -ntp -DskipTests package" >&2; exit 1; }

WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ "${KEEP_DB:-0}" = 1 ] || psql -d postgres -qc "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
  echo "logs: $WORK/instance-a.log, $WORK/instance-b.log"
}
trap cleanup EXIT

sql() { psql -d "$DB" -At -F ' ' -c "$1"; }
owners() {
  echo "  token_entry (processor, segment, owner):"
  sql "SELECT processor_name, segment, coalesce(owner, '-') FROM token_entry ORDER BY processor_name, segment" | sed 's/^/    /'
}
await() { # seconds description condition-command...
  local limit=$1 what=$2; shift 2
  for _ in $(seq 1 "$limit"); do "$@" && return 0; sleep 1; done
  echo "timed out after ${limit}s: $what" >&2; exit 1
}
start() { # name port
  DAFTAR_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DAFTAR_DB_USER=$PGUSER DAFTAR_DB_PASSWORD=$PGPASSWORD \
  DAFTAR_NODE_ID=$1 PORT=$2 DAFTAR_DEMO=true DAFTAR_DATA_DIR="$WORK/data" \
    java -Daxoniq.update-checker.disabled=true -Xmx512m -jar "$JAR" \
      --axon.eventhandling.tokenstore.claim-timeout=$CLAIM_TIMEOUT --daftar.scale.balance-interval=PT2S \
      >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
  echo "  $1: pid $! on port $2"
}
healthy() { curl -sf "http://127.0.0.1:$1/actuator/health" >/dev/null; }
split() { # every two-segment processor has two different owners
  [ "$(sql "SELECT count(*) FROM (SELECT processor_name FROM token_entry GROUP BY processor_name
          HAVING count(*) = 2 AND count(DISTINCT owner) < 2) x")" = 0 ] &&
  [ "$(sql "SELECT count(DISTINCT owner) FROM token_entry")" = 2 ]
}
walk() { ops/demo/walkthrough.sh http://127.0.0.1:8081 >"$WORK/walkthrough.log" 2>&1 || { cat "$WORK/walkthrough.log"; exit 1; }; }
only_a() { [ "$(sql "SELECT count(*) FROM token_entry WHERE owner IS DISTINCT FROM 'instance-a'")" = 0 ]; }

echo "== A fresh database $DB on $PGHOST:$PGPORT"
psql -d postgres -qc "DROP DATABASE IF EXISTS $DB" && psql -d postgres -qc "CREATE DATABASE $DB"

echo "== Starting instance-a, then instance-b (same database, different ports and node ids)"
start instance-a 8081
await 120 "instance-a healthy" healthy 8081
start instance-b 8082
await 120 "instance-b healthy" healthy 8082
await 30 "segments split between the instances" split
owners

echo "== The demo walkthrough against instance-a (commands in a; events processed by both)"
walk
echo "  events in the store: $(sql 'SELECT count(*) FROM domain_event_entry')"

B=${PIDS[1]}
echo "== kill -9 instance-b (pid $B): its claims stay behind until they time out ($CLAIM_TIMEOUT)"
kill -9 "$B"
wait "$B" 2>/dev/null || true
owners
KILLED=$(date +%s)
await 60 "instance-a owns every segment" only_a
echo "== instance-a took over after $(( $(date +%s) - KILLED ))s"
owners

echo "== The walkthrough again, instance-a alone"
walk
check() {
  [ "$(sql "SELECT count(*) FROM domain_event_entry e JOIN case_status s ON s.filing_id = e.aggregate_identifier")" = \
    "$(sql "SELECT count(*) FROM case_history h JOIN case_status s ON s.filing_id = h.filing_id")" ]
}
await 30 "the case history has every filing event" check
EVENTS=$(sql "SELECT count(*) FROM domain_event_entry e JOIN case_status s ON s.filing_id = e.aggregate_identifier")
ROWS=$(sql "SELECT count(*) FROM case_history h JOIN case_status s ON s.filing_id = h.filing_id")
DOUBLE=$(sql "SELECT count(*) FROM (SELECT event_id FROM case_history GROUP BY event_id HAVING count(*) > 1) x")
CODES=$(sql "SELECT count(*) FROM case_status WHERE status = 'SUBMITTED'")
echo "  filing events: $EVENTS; case_history rows: $ROWS; events applied twice: $DOUBLE; submitted filings: $CODES"
[ "$DOUBLE" = 0 ] && [ "$CODES" = 4 ] || { echo "FAILED" >&2; exit 1; }
echo "OK: split, kill -9, takeover; nothing lost, nothing applied twice"
