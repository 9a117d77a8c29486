#!/usr/bin/env bash
# The whole test suite: unit, projection and aggregate tests, and the integration tests
# against a real PostgreSQL (started, or installed, if needed), and the browser tests of the pages in a
# headless Chromium (installed from the distribution's packages if needed), with ClamAV's clamd for the
# document uploads' malware scan (installed and started on a test signature if needed).
set -euo pipefail
cd "$(dirname "$0")/.."
ops/dev/ensure-postgres.sh
ops/dev/ensure-chromium.sh
ops/dev/ensure-clamav.sh
exec ./mvnw -B -ntp verify "$@"
