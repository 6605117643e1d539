#!/bin/sh
# Installs what the format tests need from Debian's packages: LibreOffice's Writer (headless) for
# SeedConversionsIT, Tesseract with its simplified-Chinese data for ScannedPdfIT (and 'rebuild --ocr'), and
# CJK fonts to render a scan with. Safe to run again; does nothing when present. CI (.ci/run) runs it before
# 'mvn -B verify'; without them those tests are skipped, not failed.
set -e
need=""
command -v soffice >/dev/null 2>&1 || need="$need libreoffice-writer-nogui"
command -v tesseract >/dev/null 2>&1 || need="$need tesseract-ocr"
[ -f /usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata ] || [ -f /usr/share/tesseract-ocr/4.00/tessdata/chi_sim.traineddata ] \
  || need="$need tesseract-ocr-chi-sim"
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need="$need fonts-noto-cjk"
[ -z "$need" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-converters.sh: run as root to install$need" >&2; exit 1; }
  SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
