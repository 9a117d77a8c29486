#!/usr/bin/env bash
# Makes sure ClamAV's scanning daemon (clamd) answers on 127.0.0.1:3310 for the document uploads'
# malware scan (docs/adr/0700-document-store.md): installs the distribution's clamav-daemon if it is
# missing (needs root), writes a signature database of its own and starts clamd on it. The public
# signature feed (freshclam) is not used: the only signature is the EICAR test file's, as an MD5
# signature, which is what the tests need. In production, run clamd with the real feed instead.
set -euo pipefail

HOST=127.0.0.1
PORT=${DAFTAR_CLAMD_PORT:-3310}
DIR=${DAFTAR_CLAMD_DIR:-/var/lib/daftar-clamav}

answers() {
  # the PING command of clamd's protocol, answered by PONG
  (
    exec 3<>"/dev/tcp/$HOST/$PORT" || exit 1
    printf 'zPING\0' >&3
    IFS= read -r -d '' -t 5 reply <&3 || true
    [ "$reply" = "PONG" ]
  ) 2>/dev/null
}

if answers; then
  echo "clamd ready on $HOST:$PORT"
  exit 0
fi

if ! command -v clamd >/dev/null 2>&1; then
  echo "clamd is not installed: installing clamav-daemon from the distribution's packages"
  if [ "$(id -u)" -ne 0 ]; then echo "installing clamav-daemon needs root" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends clamav-daemon >/dev/null
  # the packaged services would start freshclam, which cannot reach the feed here: ours runs on its own
  if command -v systemctl >/dev/null 2>&1; then
    systemctl disable --now clamav-freshclam clamav-daemon >/dev/null 2>&1 || true
  fi
fi

mkdir -p "$DIR/db"
# EICAR's standard test file: 68 bytes, MD5 44d88612fea8a8f36de82e1278abb02f
echo '44d88612fea8a8f36de82e1278abb02f:68:Eicar-Test-Signature' > "$DIR/db/daftar-test.hdb"
cat > "$DIR/clamd.conf" <<CONF
DatabaseDirectory $DIR/db
TCPSocket $PORT
TCPAddr $HOST
PidFile $DIR/clamd.pid
LogFile $DIR/clamd.log
Foreground false
# uploads up to 250 MB are scanned whole (the defaults would skip or cut anything over 25-100 MB)
StreamMaxLength 300M
MaxFileSize 300M
MaxScanSize 300M
MaxThreads 4
CONF
if [ "$(id -u)" -eq 0 ]; then
  echo "User root" >> "$DIR/clamd.conf"
fi

echo "starting clamd on $HOST:$PORT (signatures: $DIR/db)"
clamd --config-file="$DIR/clamd.conf"
for _ in $(seq 1 60); do
  answers && break
  sleep 1
done
if ! answers; then
  echo "clamd did not answer on $HOST:$PORT; its log:" >&2
  tail -20 "$DIR/clamd.log" >&2 || true
  exit 1
fi
echo "clamd ready on $HOST:$PORT"
