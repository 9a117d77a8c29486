#!/usr/bin/env bash
# A filing's life over HTTP, both routes (A5 portal, A6 office), against a running Daftar
# with its demo accounts (the embedded default). Ends with the applicant's status lookups.
# Usage: ops/demo/walkthrough.sh [base-url]      (default http://localhost:8080)
set -euo pipefail
BASE=${1:-http://localhost:8080}
PW=daftar-demo
APPLICANT_CODE=0089123451
HASH_OF_SIGNED_FORM=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08

field() { sed -n "s/.*\"$1\":\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p"; }
call() { # user method path [json] -> prints body; fails loudly on 4xx/5xx
  local user=$1 method=$2 path=$3 body=${4:-}
  local out status
  out=$(curl -sS -u "$user:$PW" -X "$method" -H 'Content-Type: application/json' -H 'Accept-Language: en' \
        ${body:+--data "$body"} -w '\n%{http_code}' "$BASE$path")
  status=${out##*$'\n'}; out=${out%$'\n'*}
  echo "  $user $method $path -> $status" >&2
  if [ "$status" -ge 400 ]; then echo "$out" >&2; exit 1; fi
  printf '%s' "$out"
}

echo "== Office route (A6): the applicant walks into office OFF-1001"
FILING=$(call clerk1001 POST /api/v1/filings '{
  "route":"OFFICE","kind":"PETITION","claimNature":"FINANCIAL","claimValueRials":"۳۰۰٬۰۰۰٬۰۰۰",
  "applicant":{"type":"NATURAL","identifier":"۰۰۸۹۱۲۳۴۵۱","name":"زهرا احمدي"},
  "defendants":[{"type":"NATURAL","name":"بهرام كاظمي"}],
  "competentAuthorityId":"TEH-CIV-12","subject":"مطالبه وجه چک"}' | field filingId)
echo "  filing $FILING"
call clerk1001 POST /api/v1/filings/$FILING/identity-verification '{"method":"NATIONAL_SMART_CARD"}' >/dev/null
DOC=$(call clerk1001 POST /api/v1/filings/$FILING/documents \
  "{\"title\":\"دادخواست\",\"pageCount\":2,\"contentBase64\":\"$(printf 'scanned petition' | base64)\"}" | field documentId)
call clerk1001 POST /api/v1/filings/$FILING/applicant-confirmation >/dev/null
AMOUNT=$(call clerk1001 POST /api/v1/filings/$FILING/court-fee/assessment | field amountRials)
echo "  court fee: $AMOUNT rials"
call clerk1001 POST /api/v1/filings/$FILING/court-fee/payment \
  "{\"paymentReference\":\"PAY-$RANDOM$RANDOM\",\"amountRials\":$AMOUNT,\"receiptNumber\":\"RCPT-$RANDOM\"}" >/dev/null
call legal1001 POST /api/v1/filings/$FILING/documents/$DOC/conformity '{"verdict":"VERIFIED"}' >/dev/null
call clerk1001 POST /api/v1/filings/$FILING/contact-details '{"mobile":"+98 912 123 4567","electronicAddress":"sana:1234567890"}' >/dev/null
call clerk1001 POST /api/v1/filings/$FILING/notification-undertaking "{\"signedFormSha256\":\"$HASH_OF_SIGNED_FORM\"}" >/dev/null
CODE=$(call clerk1001 POST /api/v1/filings/$FILING/tracking-code | field trackingCode)
echo "  tracking code $CODE"
call legal1001 POST /api/v1/filings/$FILING/submission >/dev/null

echo "== Portal route (A5): the applicant files online, then brings the originals to OFF-1001"
PFILING=$(call applicant POST /api/v1/filings '{
  "route":"PORTAL","kind":"COMPLAINT",
  "applicant":{"type":"NATURAL","identifier":"0089123451","name":"زهرا احمدی"},
  "competentAuthorityId":"TEH-PROS-1","subject":"شکایت کیفری خیانت در امانت"}' | field filingId)
echo "  filing $PFILING"
PDOC=$(call applicant POST /api/v1/filings/$PFILING/documents \
  "{\"title\":\"شکواییه\",\"pageCount\":1,\"contentBase64\":\"$(printf 'complaint text' | base64)\"}" | field documentId)
PAMOUNT=$(call applicant POST /api/v1/filings/$PFILING/court-fee/assessment | field amountRials)
call applicant POST /api/v1/filings/$PFILING/court-fee/payment \
  "{\"paymentReference\":\"PAY-$RANDOM$RANDOM\",\"amountRials\":$PAMOUNT,\"receiptNumber\":\"RCPT-$RANDOM\"}" >/dev/null
call applicant POST /api/v1/filings/$PFILING/contact-details '{"mobile":"09121234567","electronicAddress":"sana:1234567890"}' >/dev/null
call applicant POST /api/v1/filings/$PFILING/notification-undertaking "{\"signedFormSha256\":\"$HASH_OF_SIGNED_FORM\"}" >/dev/null
PCODE=$(call applicant POST /api/v1/filings/$PFILING/tracking-code | field trackingCode)
echo "  tracking code $PCODE"
call clerk1001 POST /api/v1/filings/$PFILING/originals-received >/dev/null
call legal1001 POST /api/v1/filings/$PFILING/documents/$PDOC/conformity '{"verdict":"VERIFIED"}' >/dev/null
call legal1001 POST /api/v1/filings/$PFILING/submission >/dev/null

echo "== Status lookups by tracking code and national code (no login)"
for c in $CODE $PCODE; do
  for _ in $(seq 1 50); do
    STATUS=$(curl -sS "$BASE/api/v1/status/$c?nationalCode=$APPLICANT_CODE" | field status)
    [ "$STATUS" = "SUBMITTED" ] && break
    sleep 0.2
  done
  echo "  $c: $STATUS"
  [ "$STATUS" = "SUBMITTED" ] || { echo "expected SUBMITTED" >&2; exit 1; }
done
echo "OK: both filings submitted"
