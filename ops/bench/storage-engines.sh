#!/usr/bin/env bash
# Axon's JDBC and JPA event storage engines measured in one run on one PostgreSQL (ADR 0007): appends one event
# per transaction, aggregate loads, and the whole store streamed from the start, at the same concurrency and with
# the server's default durability. About a minute with the defaults. Prints a table; writes
# ops/bench/results/storage-engines-<date>.json (-Dout=... elsewhere).
# Options as JVM properties in BENCH_OPTS, e.g. BENCH_OPTS="-Dthreads=16 -Daggregates=1500 -Dloads=16000 -DstreamPasses=3"
# Database: -Ddb.url/-Ddb.user/-Ddb.password, or DAFTAR_BENCH_DB_URL (default
# jdbc:postgresql://127.0.0.1:5432/daftar_test), _USER, _PASSWORD. Each engine works in a schema of its own,
# dropped at the end (-Dkeep=true keeps them).
set -euo pipefail
cd "$(dirname "$0")/../.."
ops/dev/ensure-postgres.sh >/dev/null
./mvnw -B -q -ntp -DskipTests -pl ops/storage-engines -am package
exec java -Xmx512m -Daxoniq.update-checker.disabled=true ${BENCH_OPTS:-} \
  -cp "ops/storage-engines/target/classes:ops/storage-engines/target/lib/*" ir.daftar.ops.engines.StorageEngineBenchmark
