#!/usr/bin/env bash
# Installs what a fresh machine lacks: the npm packages from the lock file and,
# when asked (--browser), Debian's chromium and CJK fonts for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

lock_hash=$(sha1sum package-lock.json | cut -d' ' -f1)
if [ ! -f node_modules/.lock-hash ] || [ "$(cat node_modules/.lock-hash)" != "$lock_hash" ]; then
  echo "ensure-deps: installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.lock-hash
fi

if [ "${1:-}" = "--browser" ]; then
  chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
  packages=()
  if [ ! -x "$chromium_path" ]; then
    echo "ensure-deps: $chromium_path not found; installing Debian's chromium"
    packages+=(chromium)
  fi
  # The Chinese pages' glyphs: without a CJK font, screenshots and visual checks would show empty boxes.
  if ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
    echo "ensure-deps: installing Debian's fonts-noto-cjk for the Chinese pages"
    packages+=(fonts-noto-cjk)
  fi
  if [ "${#packages[@]}" -gt 0 ]; then
    sudo_cmd=""
    if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${packages[@]}" >/dev/null
  fi
  "$chromium_path" --version
fi
