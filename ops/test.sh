#!/usr/bin/env bash
# The whole test suite: unit, projection and aggregate tests, and the integration tests
# against a real PostgreSQL (started, or installed, if needed).
set -euo pipefail
cd "$(dirname "$0")/.."
ops/dev/ensure-postgres.sh
exec ./mvnw -B -ntp verify "$@"
