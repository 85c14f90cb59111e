#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing: poppler-utils
# (pdftoppm, pdftotext for looking at packs) and a PostgreSQL server (store tests run on
# SQLite and on a real PostgreSQL the test run starts). Needs root or sudo when it installs.
# `sysdeps.sh app`: only what the application itself needs on a desktop (Qt's system and
# xcb libraries, a font) — what `make run` installs.
set -euo pipefail
need=()
# read once: `ldconfig -p | grep -q` fails under pipefail when grep stops early (SIGPIPE),
# which made every run reinstall packages that were there
libs=$(ldconfig -p 2>/dev/null || true)
fonts=$(fc-list 2>/dev/null || true)
if [ "${1:-}" != "app" ]; then
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)  # installer tests
command -v makensis >/dev/null 2>&1 || need+=(nsis)  # Windows installer script check
# A real X server for the on-screen tests, CUPS with a virtual PDF printer for printing, and
# wkhtmltopdf as the pack benchmark's baseline.
command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
command -v xdotool >/dev/null 2>&1 || need+=(xdotool)
command -v cupsd >/dev/null 2>&1 || need+=(cups)
command -v lp >/dev/null 2>&1 || need+=(cups-client)
[ -e /usr/lib/cups/backend/cups-pdf ] || need+=(printer-driver-cups-pdf)
command -v wkhtmltopdf >/dev/null 2>&1 || need+=(wkhtmltopdf)
fi
# The system libraries PySide6's Qt loads (offscreen platform included) and a font for Qt
# to draw with: present on a desktop, often missing on a slim server or CI image.
for pair in libEGL.so.1:libegl1 libGL.so.1:libgl1 libX11.so.6:libx11-6 libxcb.so.1:libxcb1 \
    libxkbcommon.so.0:libxkbcommon0 libfontconfig.so.1:libfontconfig1 \
    libfreetype.so.6:libfreetype6 libglib-2.0.so.0:libglib2.0-0 libdbus-1.so.3:libdbus-1-3; do
  grep -q "${pair%%:*} " <<<"$libs" || need+=("${pair##*:}")
done
# the xcb libraries Qt's X11 platform plugin loads (a fresh desktop lacks some of them);
# desktop/ui/platform_check.py names the same packages when one is missing
for pair in libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 \
    libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-image.so.0:libxcb-image0 \
    libxcb-render-util.so.0:libxcb-render-util0 libxcb-xinerama.so.0:libxcb-xinerama0 \
    libxcb-xkb.so.1:libxcb-xkb1 libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-randr.so.0:libxcb-randr0 \
    libxcb-shape.so.0:libxcb-shape0 libxcb-xfixes.so.0:libxcb-xfixes0 libxcb-sync.so.1:libxcb-sync1 \
    libxcb-shm.so.0:libxcb-shm0 libX11-xcb.so.1:libx11-xcb1; do
  grep -q "${pair%%:*} " <<<"$libs" || need+=("${pair##*:}")
done
grep -qi dejavu <<<"$fonts" || need+=(fonts-dejavu-core)
[ ${#need[@]} -eq 0 ] && exit 0
echo "installing Debian packages: ${need[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
