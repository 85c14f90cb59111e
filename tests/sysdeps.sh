#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing: poppler-utils
# (pdftoppm, pdftotext for looking at packs) and a PostgreSQL server (store tests run on
# SQLite and on a real PostgreSQL the test run starts). Needs root or sudo when it installs.
set -euo pipefail
need=()
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)  # installer tests
command -v makensis >/dev/null 2>&1 || need+=(nsis)  # Windows installer script check
# The system libraries PySide6's Qt loads (offscreen platform included) and a font for Qt
# to draw with: present on a desktop, often missing on a slim server or CI image.
for pair in libEGL.so.1:libegl1 libGL.so.1:libgl1 libX11.so.6:libx11-6 libxcb.so.1:libxcb1 \
    libxkbcommon.so.0:libxkbcommon0 libfontconfig.so.1:libfontconfig1 \
    libfreetype.so.6:libfreetype6 libglib-2.0.so.0:libglib2.0-0 libdbus-1.so.3:libdbus-1-3; do
  ldconfig -p | grep -q "${pair%%:*} " || need+=("${pair##*:}")
done
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
[ ${#need[@]} -eq 0 ] && exit 0
echo "installing Debian packages: ${need[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
