#!/usr/bin/env bash
# Install the browser the end-to-end web tests drive: Debian's chromium at /usr/bin/chromium.
# Idempotent: does nothing when it is already there. Playwright's own browser downloads are
# never used (tests launch this executable through executable_path).
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  echo "chromium already installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "setup-browser: need root (or sudo) to install Debian's chromium" >&2; exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "installing Debian chromium ..."
# wait up to 5 minutes for another apt/dpkg run (unattended upgrades, a parallel set-up)
APT=(apt-get -o DPkg::Lock::Timeout=300)
$SUDO "${APT[@]}" update -q
$SUDO "${APT[@]}" install -y -q --no-install-recommends chromium fonts-liberation
"$CHROMIUM" --version
