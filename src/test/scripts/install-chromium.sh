#!/bin/sh
# Installs what ReportInChromiumIT needs from Debian's packages: Chromium, and CJK fonts so that the
# report's Chinese text is drawn (not boxes) in screenshots. Safe to run again; does nothing when present.
# CI (.ci/run) runs it before 'mvn -B test'; without Chromium the test is skipped, not failed.
set -e
need=""
[ -x /usr/bin/chromium ] || need="$need chromium"
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need="$need fonts-noto-cjk"
[ -z "$need" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-chromium.sh: run as root to install$need" >&2; exit 1; }
  SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
