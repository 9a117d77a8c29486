#!/usr/bin/env bash
# Refreshes the Vazirmatn font the pages serve (ledger-api/src/main/resources/static/assets/fonts) from
# the npm registry's package, checking the package's published integrity before copying anything.
# The pages never load a font (or anything else) from a CDN: the application serves its own copy.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=${1:-33.0.3}
INTEGRITY=${2:-sha512-fbjNc0CMjazZpIegWzz9OHGzI1APFboT+x7ZecXlUCtDe/nkyx7gtCTZnWS/+eeXG7fbfXymCPKJI8EsnM3iqw==}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
curl -fsSL -o "$work/vazirmatn.tgz" "https://registry.npmjs.org/vazirmatn/-/vazirmatn-${VERSION}.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$work/vazirmatn.tgz" | base64 -w0)"
if [ "$actual" != "$INTEGRITY" ]; then
  echo "integrity mismatch: expected $INTEGRITY, got $actual" >&2
  exit 1
fi
tar -xzf "$work/vazirmatn.tgz" -C "$work"
dest=ledger-api/src/main/resources/static/assets/fonts
for f in Vazirmatn-Regular.woff2 Vazirmatn-Bold.woff2; do cp "$work/package/fonts/webfonts/$f" "$dest/"; done
cp "$work/package/OFL.txt" "$dest/OFL.txt"
echo "Vazirmatn $VERSION copied to $dest"
