#!/usr/bin/env bash
# Durable commits per second (ADR 0010): 4 writers insert 600-byte rows, one row per transaction, for N seconds
# (default 20) on the embedded store as H2 opens it by default (no sync), the same with CHECKPOINT SYNC after each
# commit (DurableCommits, as Daftar opens it), H2 with WRITE_DELAY=0, and PostgreSQL; each in a fresh JVM and a fresh
# database. Prints commits/s, latency and the H2 file's size at the end (open, closed, and after SHUTDOWN COMPACT); writes
# ops/bench/results/durable-commits-<date>.json (-Dout=... elsewhere).
# Usage: ops/bench/durable-commits.sh [seconds]
# Options as JVM properties in BENCH_OPTS, e.g.
#   BENCH_OPTS="-Drounds=2"                  every configuration twice, one after the other (to see the noise)
#   BENCH_OPTS="-Dconfigs=h2-checkpoint-sync -DidleSeconds=90"   the H2 file every 5 s, and 90 s idle after the load
#   BENCH_OPTS="-Dkills=5 -DkillWithinMs=3000"   then, per configuration, 5 writer JVMs killed with SIGKILL at a
#                                            random moment: acknowledged commits vs commits found after reopening
#   BENCH_OPTS="-Dconfigs=h2-default,h2-checkpoint-sync -Dthreads=8 -DrowBytes=265"
# Database for the postgres configuration: -Ddb.url/-Ddb.user/-Ddb.password, or DAFTAR_BENCH_DB_URL (default
# jdbc:postgresql://127.0.0.1:5432/daftar_test), _USER, _PASSWORD; a schema of its own per run, dropped afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ "${BENCH_OPTS:-}" != *-Dconfigs=* || "${BENCH_OPTS:-}" == *-Dconfigs=*postgres* ]]; then
  ops/dev/ensure-postgres.sh >/dev/null
fi
./mvnw -B -q -ntp -DskipTests -pl ops -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Xmx512m ${BENCH_OPTS:-} \
  -cp "ops/target/classes:$(cat ops/target/classpath.txt)" ir.daftar.ops.bench.DurableCommitRate "$@"
