#!/usr/bin/env bash
# Checks a signed receipt (issue 21) offline with the published keys: no server needed.
# Exit 0 valid (and, with --db, its events sealed in the ledger), 2 not valid or not in the ledger as stated,
# 3 valid but its events not yet sealed, 1 error.
# Usage: ops/verify-receipt.sh (RECEIPT_TEXT | FILE | -) --keys daftar-keys.json
#          [--db jdbc:postgresql://127.0.0.1:5432/daftar --user postgres]
#        keys: curl -s https://<daftar>/.well-known/daftar-keys.json > daftar-keys.json
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -d "$ROOT/ops/target/lib" ] || [ ! -f "$ROOT/ops/target/ops-"*.jar ]; then
  (cd "$ROOT" && ./mvnw -B -ntp -q -pl ops -am package -DskipTests) >&2
fi
exec java -cp "$(ls "$ROOT"/ops/target/ops-*.jar | head -1):$ROOT/ops/target/lib/*" ir.daftar.ops.verify.VerifyReceipt "$@"
