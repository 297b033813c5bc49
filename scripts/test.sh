#!/usr/bin/env bash
# The README's test command runs this after `npm install`: static checks, unit tests, a production
# build, and the end-to-end tests in Debian's Chromium (installed here when it is missing).
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "Installing Debian's Chromium for the end-to-end tests..."
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
export CHROMIUM_PATH

echo "== lint and types"
npx eslint .
npx prettier --check . >/dev/null
npx tsc --noEmit

echo "== unit tests"
npx vitest run

echo "== production build"
npx next build

echo "== end-to-end tests (Chromium)"
npx playwright test
