#!/usr/bin/env bash
# Daftar's load benchmark against PostgreSQL, with a raw JDBC baseline measured in the same run.
# Usage: ops/bench/run.sh [quick|full]   (quick: about two minutes; full: at least 1,000,000 events)
# Options as JVM properties in BENCH_OPTS, e.g. BENCH_OPTS="-Dclients=16 -Dlifecycles=2000"
# Database: DAFTAR_BENCH_DB_URL (default jdbc:postgresql://127.0.0.1:5432/daftar_test), _USER, _PASSWORD.
# The benchmark works in a schema of its own and drops it afterwards (-Dkeep=true keeps it).
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZE=${1:-quick}
ops/dev/ensure-postgres.sh >/dev/null
./mvnw -B -q -ntp -DskipTests -pl ops -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Xmx512m -Daxoniq.update-checker.disabled=true ${BENCH_OPTS:-} \
  -cp "ops/target/classes:$(cat ops/target/classpath.txt)" ir.daftar.ops.bench.Benchmark "$SIZE"
