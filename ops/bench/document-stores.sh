#!/usr/bin/env bash
# The document stores side by side (issue 16, ADR 0700): PostgreSQL's chunked tables, the same tables in an H2
# file, and a directory of files; put (durable) and read back whole with the hash checked, MB/s and ms per document.
# Usage: ops/bench/document-stores.sh   options in BENCH_OPTS, e.g. BENCH_OPTS="-Dsizes=1,20,100 -Dcount=5"
# S3: BENCH_OPTS="-Dstores=postgres,file,h2,s3 -Ds3.endpoint=http://127.0.0.1:9090" with an S3-compatible server there
# (S3Mock: java -jar ledger-api/target/s3mock/s3mock.jar --com.adobe.testing.s3mock.httpPort=9090, after ./mvnw verify)
# PostgreSQL: DAFTAR_BENCH_DB_URL (default jdbc:postgresql://127.0.0.1:5432/postgres), _USER, _PASSWORD; a schema of
# its own, dropped afterwards.
set -euo pipefail
cd "$(dirname "$0")/../.."
ops/dev/ensure-postgres.sh >/dev/null
./mvnw -B -q -ntp -DskipTests -pl ops -am package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
exec java -Xmx512m ${BENCH_OPTS:-} \
  -cp "ops/target/classes:$(cat ops/target/classpath.txt)" ir.daftar.ops.bench.DocumentStoreBench "$@"
