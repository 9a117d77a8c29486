#!/usr/bin/env bash
# Makes sure a headless Chromium and its ChromeDriver are installed for the browser tests:
# installs the distribution's chromium and chromium-driver packages if either is missing (needs root).
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
echo "Chromium or ChromeDriver is not installed: installing them from the distribution's packages"
if [ "$(id -u)" -ne 0 ]; then echo "installing Chromium needs root" >&2; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver fonts-noto-core >/dev/null
chromium --version
chromedriver --version
