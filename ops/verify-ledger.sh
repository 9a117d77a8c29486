#!/usr/bin/env bash
# Verifies the whole ledger (hash chain + signed checkpoints) and names the first altered,
# deleted, inserted or reordered event. Exit 0 intact, 2 tampered, 3 not yet sealed, 1 error.
# Usage: ops/verify-ledger.sh --url jdbc:postgresql://127.0.0.1:5432/daftar --user postgres \
#          --public-key-file data/ledger-signing-key.properties   (or --public-key BASE64)
#        [--documents [--documents-dir data/documents] [--allow-missing-documents]]: also every document an event
#          names is in the document store and matches its hash (issue 16)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -d "$ROOT/ops/target/lib" ] || [ ! -f "$ROOT/ops/target/ops-"*.jar ]; then
  (cd "$ROOT" && ./mvnw -B -ntp -q -pl ops -am package -DskipTests) >&2
fi
exec java -cp "$(ls "$ROOT"/ops/target/ops-*.jar | head -1):$ROOT/ops/target/lib/*" ir.daftar.ops.verify.VerifyLedger "$@"
