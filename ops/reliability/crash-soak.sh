#!/usr/bin/env bash
# The crash drill, longer than the suite runs it: the packaged application under concurrent writes,
# killed with SIGKILL at a random moment COUNT times and restarted on the same data; then SIGTERM and
# a full ledger verification. One report line per kill ("acked N, found N, duplicates 0").
# Usage: ops/reliability/crash-soak.sh [COUNT=20] [embedded|postgres|both]   (exit 0: nothing lost or doubled)
# PostgreSQL: DAFTAR_TEST_DB_URL (default jdbc:postgresql://127.0.0.1:5432/daftar_test), a schema of its own, dropped after.
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-20}
STORES=${2:-both}
[ "$STORES" = both ] && STORES="embedded postgres"
./mvnw -B -q -ntp -DskipTests -pl ops -am package
status=0
for store in $STORES; do
  [ "$store" = postgres ] && ops/dev/ensure-postgres.sh >/dev/null
  echo "== $store: $COUNT kills"
  java -cp "ops/target/classes:ops/target/lib/*" ir.daftar.ops.reliability.CrashDrill \
    --store "$store" --kills "$COUNT" --jar ledger-api/target/daftar-app.jar \
    --postgres-url "${DAFTAR_TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/daftar_test}" || status=1
done
exit $status
