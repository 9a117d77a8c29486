#!/usr/bin/env bash
# Daftar's load benchmark, with a raw JDBC baseline measured in the same run on the same store.
# Usage: ops/bench/run.sh [quick|full] [--store=postgres|embedded]
#   (quick: about two minutes; full: at least 1,000,000 events)
# Options as JVM properties in BENCH_OPTS, e.g. BENCH_OPTS="-Dclients=16 -Dlifecycles=2000"
# --store=postgres (the default): DAFTAR_BENCH_DB_URL (default jdbc:postgresql://127.0.0.1:5432/daftar_test), _USER,
#   _PASSWORD. The benchmark works in a schema of its own and drops it afterwards (-Dkeep=true keeps it).
# --store=embedded: the embedded default (an H2 file database with the application's default URL) in a fresh
#   temporary directory, deleted afterwards (-Dkeep=true keeps it); the H2 file's size is reported.
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZE=quick
STORE=postgres
for arg in "$@"; do
  case "$arg" in
    --store=*) STORE=${arg#--store=} ;;
    quick|full) SIZE=$arg ;;
    *) echo "usage: ops/bench/run.sh [quick|full] [--store=postgres|embedded]" >&2; exit 2 ;;
  esac
done
if [ "$STORE" = postgres ]; then
  ops/dev/ensure-postgres.sh >/dev/null
fi
./mvnw -B -q -ntp -DskipTests -pl ops -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Xmx512m -Daxoniq.update-checker.disabled=true -Dstore="$STORE" ${BENCH_OPTS:-} \
  -cp "ops/target/classes:$(cat ops/target/classpath.txt)" ir.daftar.ops.bench.Benchmark "$SIZE"
