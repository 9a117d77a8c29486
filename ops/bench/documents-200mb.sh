#!/usr/bin/env bash
# Issue 16: a 200 MB document uploaded and downloaded through an application started with -Xmx256m, to show that
# neither way holds a document in memory (ADR 0700). Starts the application on PostgreSQL (a database of its own,
# created and dropped here) with the malware scan on when clamd answers; writes a 200 MB PDF (LargePdf), uploads
# it with curl -F, downloads it whole and one range, compares the hashes, and prints the times, the JVM's peak
# resident memory (VmHWM) and its peak heap after GC (from the GC log).
# Usage: ops/bench/documents-200mb.sh [megabytes]   (default 200)
# DAFTAR_CHECK_XMX: the heap limit (default 256m)
# DAFTAR_CHECK_DB_ADMIN_URL: where to create the database (default postgresql://postgres@127.0.0.1:5432/postgres)
set -euo pipefail
cd "$(dirname "$0")/../.."
MB=${1:-200}
PORT=${DAFTAR_CHECK_PORT:-18089}
XMX=${DAFTAR_CHECK_XMX:-256m}
DB=daftar_documents_check_$$
ADMIN=${DAFTAR_CHECK_DB_ADMIN_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
WORK=$(mktemp -d)
APP_PID=
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  psql "$ADMIN" -qc "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

ops/dev/ensure-postgres.sh >/dev/null
SCAN=false
if ops/dev/ensure-clamav.sh >/dev/null 2>&1; then SCAN=true; fi
if [ ! -f ledger-api/target/daftar-app.jar ] || [ ! -f ops/target/classes/ir/daftar/ops/bench/LargePdf.class ]; then
  ./mvnw -B -q -ntp -DskipTests -pl ops -am package >&2
fi
psql "$ADMIN" -qc "CREATE DATABASE $DB"

PDF="$WORK/large.pdf"
java -cp "ops/target/classes" ir.daftar.ops.bench.LargePdf "$PDF" "$MB" 30 >/dev/null
SHA=$(sha256sum "$PDF" | cut -d' ' -f1)
SIZE=$(stat -c %s "$PDF")

DAFTAR_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DAFTAR_DEMO=true DAFTAR_SCAN_ENABLED=$SCAN PORT=$PORT \
  DAFTAR_DATA_DIR="$WORK/data" \
  java -Xmx"$XMX" -Xlog:gc:file="$WORK/gc.log" -Daxoniq.update-checker.disabled=true \
  -jar ledger-api/target/daftar-app.jar --spring.profiles.active=postgres >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
BASE="http://127.0.0.1:$PORT/api/v1/filings"
AUTH="clerk1001:daftar-demo"
FILING=$(curl -fs -u "$AUTH" -H 'Content-Type: application/json' -d '{"route":"OFFICE","kind":"PETITION",
  "claimNature":"FINANCIAL","claimValueRials":"300000000","applicant":{"type":"NATURAL","identifier":"0089123451",
  "name":"زهرا احمدی"},"defendants":[{"type":"NATURAL","name":"بهرام کاظمی"}],"competentAuthorityId":"TEH-CIV-12",
  "subject":"مطالبه وجه چک"}' "$BASE" | sed 's/.*"filingId":"\([^"]*\)".*/\1/')
curl -fs -u "$AUTH" -H 'Content-Type: application/json' -d '{"method":"NATIONAL_SMART_CARD"}' \
  "$BASE/$FILING/identity-verification" >/dev/null

# the heap the application needs before any document, to compare with the peak while documents go through it
sleep 2
GC_BEFORE=$(wc -l < "$WORK/gc.log")
START=$(date +%s.%N)
UP=$(curl -fsS -u "$AUTH" -F "file=@$PDF;type=application/pdf" -F "title=دادخواست" -F "pageCount=30" \
  "$BASE/$FILING/documents")
UP_S=$(echo "$(date +%s.%N) - $START" | bc)
DOC=$(echo "$UP" | sed 's/.*"documentId":"\([^"]*\)".*/\1/')

START=$(date +%s.%N)
curl -fsS -u "$AUTH" -o "$WORK/back.pdf" "$BASE/$FILING/documents/$DOC/content"
DOWN_S=$(echo "$(date +%s.%N) - $START" | bc)
BACK=$(sha256sum "$WORK/back.pdf" | cut -d' ' -f1)
RANGE=$(curl -fsS -u "$AUTH" -H 'Range: bytes=1000-1999' -o /dev/null -w '%{http_code} %{size_download}' \
  "$BASE/$FILING/documents/$DOC/content")

HWM=$(grep VmHWM "/proc/$APP_PID/status" | awk '{print $2}')
# the largest heap in use after a collection ("... 123M->45M(256M)" -> 45), before the documents and during them
peak_after_gc() { grep -o '[0-9]*M->[0-9]*M' | sed 's/.*->\([0-9]*\)M/\1/' | sort -n | tail -1; }
HEAP_BEFORE=$(head -n "$GC_BEFORE" "$WORK/gc.log" | peak_after_gc)
HEAP=$(tail -n +"$((GC_BEFORE + 1))" "$WORK/gc.log" | peak_after_gc)
GCS=$(tail -n +"$((GC_BEFORE + 1))" "$WORK/gc.log" | grep -c 'Pause' || true)

echo "document: $SIZE bytes, 30 pages, sha256 $SHA (scan: $SCAN)"
echo "upload:   $(printf '%.1f' "$UP_S") s ($(echo "$SIZE / 1048576 / $UP_S" | bc) MB/s)"
echo "download: $(printf '%.1f' "$DOWN_S") s ($(echo "$SIZE / 1048576 / $DOWN_S" | bc) MB/s), hash $( [ "$BACK" = "$SHA" ] && echo identical || echo DIFFERENT)"
echo "range:    $RANGE (status, bytes)"
echo "JVM -Xmx$XMX: peak resident ${HWM} kB; peak heap after GC ${HEAP_BEFORE:-?} MB before the documents, \
${HEAP:-?} MB while they went through ($GCS GC pauses)"
[ "$BACK" = "$SHA" ] && [ "$RANGE" = "206 1000" ]
