#!/usr/bin/env bash
# The whole test suite: unit, projection and aggregate tests, and the integration tests
# against a real PostgreSQL (started, or installed, if needed), and the browser tests of the pages in a
# headless Chromium (installed from the distribution's packages if needed).
set -euo pipefail
cd "$(dirname "$0")/.."
ops/dev/ensure-postgres.sh
ops/dev/ensure-chromium.sh
exec ./mvnw -B -ntp verify "$@"
